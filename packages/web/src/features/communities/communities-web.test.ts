import { DEFAULT_BUNDLED_SCHEME, type Proposal, type ProposedMember, type SchoolResult } from '@junheng/core';
import { describe, expect, it } from 'vitest';
import type { AssignmentRow } from '../rotation/types';
import { comparisonChartOption, hasMap, pairingMapOption, resultsChartOption } from './chart-options';
import { communityEn, communityZh } from './messages';
import { draftCommunities, draftOf, draftPairs, draftUnchanged, moveMember, overCap } from './proposal-edit';
import { effectiveWeights, unbalancedParents, withWeight } from './scheme-edit';
import {
  compareWithLead,
  currentSchoolIds,
  membershipState,
  parseTermId,
  recentTermIds,
  rotationsOf,
  sortByUrgency,
  todayIso,
  worstLight,
} from './select';
import type { ComplianceItem } from './types';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('community messages', () => {
  it('zh-CN and en-US have the same keys and placeholders, none empty', () => {
    expect(Object.keys(communityEn).sort()).toEqual(Object.keys(communityZh).sort());
    for (const [id, zh] of Object.entries(communityZh)) {
      const en = communityEn[id as keyof typeof communityZh];
      expect(zh.trim(), id).not.toBe('');
      expect(en.trim(), id).not.toBe('');
      expect(placeholders(en), id).toEqual(placeholders(zh));
    }
  });
});

describe('terms', () => {
  it('parses term ids and lists the terms before one, newest first, across school years', () => {
    expect(parseTermId('2026-2027-1')).toEqual({ schoolYear: '2026-2027', index: 1 });
    expect(parseTermId('2026-2028-1')).toBeNull();
    expect(parseTermId('2026-2027-3')).toBeNull();
    expect(recentTermIds('2026-2027-1', 4)).toEqual([
      '2026-2027-1',
      '2025-2026-2',
      '2025-2026-1',
      '2024-2025-2',
    ]);
    expect(recentTermIds('2025-2026-2', 2)).toEqual(['2025-2026-2', '2025-2026-1']);
    expect(recentTermIds('nonsense', 3)).toEqual([]);
  });

  it('takes today in Beijing time, whatever the browser zone', () => {
    expect(todayIso(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
    expect(todayIso(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11-30');
  });
});

const row = (p: Partial<ComplianceItem>): ComplianceItem =>
  ({
    ruleId: 'r',
    subjectId: 's',
    subjectName: 'S',
    status: 'green',
    behindBy: 0,
    missing: 0,
    ...p,
  }) as ComplianceItem;

describe('traffic lights', () => {
  it('puts red first, then amber, then green; the most behind first within a light', () => {
    const rows = [
      row({ status: 'green', subjectName: 'A' }),
      row({ status: 'red', behindBy: 1, subjectName: 'B' }),
      row({ status: 'amber', missing: 3, subjectName: 'C' }),
      row({ status: 'red', behindBy: 4, subjectName: 'D' }),
    ];
    expect(sortByUrgency(rows).map((r) => r.subjectName)).toEqual(['D', 'B', 'C', 'A']);
    expect(worstLight(rows)).toBe('red');
    expect(worstLight([row({ status: 'green' })])).toBe('green');
    expect(worstLight([])).toBeNull();
  });
});

describe('memberships', () => {
  it('lists the current schools lead first and tells upcoming, current and past stays apart', () => {
    const school = (id: string) => ({ id, code: id, name: id });
    const c = {
      leadSchool: school('L'),
      members: [
        { id: '1', school: school('M1'), joinedOn: '2024-09-01', leftOn: null, current: true },
        { id: '2', school: school('L'), joinedOn: '2024-09-01', leftOn: null, current: true },
        { id: '3', school: school('M2'), joinedOn: '2024-09-01', leftOn: '2025-01-31', current: false },
      ],
    };
    expect(currentSchoolIds(c)).toEqual(['L', 'M1']);
    expect(membershipState({ joinedOn: '2026-12-01', leftOn: null }, '2026-11-30')).toBe('upcoming');
    expect(membershipState({ joinedOn: '2024-09-01', leftOn: '2026-11-30' }, '2026-11-30')).toBe('current');
    expect(membershipState({ joinedOn: '2024-09-01', leftOn: '2026-11-29' }, '2026-11-30')).toBe('past');
  });
});

describe('rotation in and out', () => {
  const a = (id: string, from: string, to: string) =>
    ({ id, fromSchool: { id: from }, toSchool: { id: to } }) as unknown as AssignmentRow;
  it('keeps moves that touch the community and names their direction', () => {
    const rows = rotationsOf(
      [{ name: 'C', rows: [a('1', 'X', 'L'), a('2', 'L', 'M'), a('3', 'M', 'Y'), a('4', 'X', 'Y')] }],
      ['L', 'M'],
    );
    expect(rows.map((r) => [r.id, r.direction, r.campaignName])).toEqual([
      ['1', 'in', 'C'],
      ['2', 'within', 'C'],
      ['3', 'out', 'C'],
    ]);
  });
});

describe('members against the lead', () => {
  const section = (code: string, stage: 'primary' | 'junior', students: number, v: number): SchoolResult => ({
    schoolCode: code,
    schoolName: code,
    stage,
    students,
    values: { a: v, b: 0 },
    meets: {},
    metCount: 0,
    pass: null,
  });
  it("compares each member's section of the lead's main stage, as a % of the lead's value", () => {
    const c = compareWithLead(
      [
        section('L', 'primary', 900, 8),
        section('L', 'junior', 100, 1),
        section('M1', 'primary', 100, 6),
        section('M2', 'junior', 300, 9),
        section('M2', 'primary', 200, 10),
      ],
      'L',
      ['L', 'M1', 'M2', 'M3'],
      ['a', 'b'],
    );
    expect(c?.stage).toBe('primary');
    expect(c?.lead.values).toEqual({ a: 8, b: 0 });
    expect(c?.members.map((m) => [m.schoolCode, m.percentOfLead])).toEqual([
      ['M1', { a: 75, b: null }],
      ['M2', { a: 125, b: null }],
    ]);
    expect(compareWithLead([], 'L', [], ['a'])).toBeNull();
  });

  it('draws one bar series per member with the lead as the 100% line', () => {
    const option = comparisonChartOption(
      {
        stage: 'primary',
        lead: { schoolCode: 'L', schoolName: 'Lead', values: {} },
        members: [
          { schoolCode: 'M', schoolName: 'Mem', values: {}, percentOfLead: { a: 75, b: null } },
          { schoolCode: 'N', schoolName: 'Nem', values: {}, percentOfLead: { a: 50, b: 90 } },
        ],
      },
      ['a', 'b'],
      { indicator: (k) => k.toUpperCase(), ofLead: '%' },
    );
    expect(option.xAxis.data).toEqual(['A', 'B']);
    expect(option.series.map((s) => s.data)).toEqual([
      [75, null],
      [50, 90],
    ]);
    expect(option.series[0]).toHaveProperty('markLine.data', [{ yAxis: 100 }]);
    expect(option.series[1]).not.toHaveProperty('markLine');
  });
});

describe('the pairing map', () => {
  const labels = { lead: 'L', member: 'M', other: 'O', pairing: 'P' };
  it('draws located schools by role and one line per pairing with both ends located', () => {
    const points = [
      { code: 'a', name: 'A', lng: 104.1, lat: 31.1, role: 'lead' as const },
      { code: 'b', name: 'B', lng: 104.2, lat: 31.3, role: 'member' as const },
      { code: 'c', name: 'C', lng: null, lat: null, role: 'member' as const },
      { code: 'd', name: 'D', lng: 104.5, lat: 31.0, role: 'other' as const },
    ];
    const option = pairingMapOption(
      points,
      [
        ['a', 'b'],
        ['a', 'c'],
      ],
      labels,
    );
    const [lines, other, member, lead] = option.series;
    expect(lines?.data).toEqual([
      {
        coords: [
          [104.1, 31.1],
          [104.2, 31.3],
        ],
      },
    ]);
    expect(other?.data).toEqual([{ name: 'D', value: [104.5, 31.0] }]);
    expect(member?.data).toEqual([{ name: 'B', value: [104.2, 31.3] }]);
    expect(lead?.data).toEqual([{ name: 'A', value: [104.1, 31.1] }]);
    expect(option.legend.data).toEqual(['L', 'M', 'O', 'P']);
    expect(option.xAxis.min).toBeLessThan(104.1);
    expect(option.xAxis.max).toBeGreaterThan(104.5);
    expect(hasMap(points)).toBe(true);
    expect(hasMap(points.slice(0, 1))).toBe(false);
  });

  it('leaves the "other schools" legend entry out when every school is in a pairing', () => {
    const option = pairingMapOption(
      [
        { code: 'a', name: 'A', lng: 1, lat: 1, role: 'lead' },
        { code: 'b', name: 'B', lng: 2, lat: 2, role: 'member' },
      ],
      [['a', 'b']],
      labels,
    );
    expect(option.legend.data).toEqual(['L', 'M', 'P']);
    expect(option.series).toHaveLength(3);
  });
});

const member = (code: string): ProposedMember =>
  ({ schoolCode: code, name: code, roadKm: 1, cost: 1 }) as unknown as ProposedMember;
const proposal = {
  status: 'proposed',
  kind: 'urban_rural_community',
  communities: [
    { leadSchoolCode: 'L1', leadName: 'L1', members: [member('a'), member('b')], students: 0, cost: 0 },
    { leadSchoolCode: 'L2', leadName: 'L2', members: [member('c')], students: 0, cost: 0 },
  ],
  leftOut: [],
} as unknown as Proposal;

describe('proposal edits', () => {
  it('moves a member to another lead, out and back, and knows when the draft equals the proposal', () => {
    const draft = draftOf(proposal);
    expect(draftUnchanged(draft, proposal)).toBe(true);
    expect(draftPairs(draft)).toEqual([
      ['L1', 'a'],
      ['L1', 'b'],
      ['L2', 'c'],
    ]);
    const moved = moveMember(draft, 'c', 'L1');
    expect(draftUnchanged(moved, proposal)).toBe(false);
    expect(draftCommunities(moved).map((g) => g.leadCode)).toEqual(['L1']);
    expect(overCap(moved, 3)).toEqual(['L1']);
    const out = moveMember(draft, 'a', null);
    expect(out.removed.map((m) => m.schoolCode)).toEqual(['a']);
    const back = moveMember(out, 'a', 'L1');
    expect(draftUnchanged(back, proposal)).toBe(true);
    expect(moveMember(draft, 'a', 'nobody')).toBe(draft);
    expect(moveMember(draft, 'zz', 'L2')).toBe(draft);
  });
});

describe('scheme weights', () => {
  it('replaces one weight, flags the siblings that no longer add up to 1, and multiplies down the tree', () => {
    expect(unbalancedParents(DEFAULT_BUNDLED_SCHEME)).toEqual([]);
    const w = effectiveWeights(DEFAULT_BUNDLED_SCHEME);
    expect(w.get('effort')).toBe(0.5);
    expect(w.get('activitiesHeld')).toBeCloseTo(0.075, 10);
    const edited = withWeight(DEFAULT_BUNDLED_SCHEME, 'satisfaction', 0.3);
    expect(unbalancedParents(edited)).toEqual(['improvement']);
    expect(DEFAULT_BUNDLED_SCHEME.indicators[1]?.children?.[2]?.weight).toBe(0.2);
    const fixed = withWeight(edited, 'qualityGain', 0.3);
    expect(unbalancedParents(fixed)).toEqual([]);
  });
});

describe('the results chart', () => {
  it('stacks lead and member points per community, best on top', () => {
    const option = resultsChartOption(
      [
        {
          name: 'A',
          communityScore: 80,
          contributions: [
            { role: 'lead', points: 50 },
            { role: 'member', points: 30 },
          ],
        },
        {
          name: 'B',
          communityScore: 60,
          contributions: [
            { role: 'lead', points: 20 },
            { role: 'member', points: 25 },
            { role: 'member', points: 15 },
          ],
        },
      ],
      { lead: 'lead', members: 'members' },
    );
    expect(option.yAxis.data).toEqual(['B', 'A']);
    expect(option.series[0]?.data).toEqual([20, 50]);
    expect(option.series[1]?.data).toEqual([40, 30]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Community } from '../communities/types';
import {
  directionAllows,
  directionFor,
  leadMemberCommunity,
  schoolCommunityRoles,
  type SchoolCommunities,
} from './directions';
import { due, fixture, NO_BACKBONE_RULE, R1, R2, T, U } from './plan-fixture';
import { planRotation } from './planner';
import { DIRECTIONS, type RotationPolicy } from './policy';
import { SEED_POLICY } from './presets';

// U leads a community with T and R2 as members; R1 belongs to no community.
const GROUP: SchoolCommunities = new Map([
  ['U', [{ communityId: 'g1', lead: true }]],
  ['T', [{ communityId: 'g1', lead: false }]],
  ['R2', [{ communityId: 'g1', lead: false }]],
]);

const LEAD_MEMBER_ONLY: RotationPolicy = { ...NO_BACKBONE_RULE, directions: [DIRECTIONS.leadMember] };
const SEED_WITH_COMMUNITIES: RotationPolicy = {
  ...SEED_POLICY,
  directions: [...SEED_POLICY.directions, DIRECTIONS.leadMember],
};

describe('the lead ↔ member direction', () => {
  it('allows lead → member and member → lead, never member → member or outside the community', () => {
    const d = DIRECTIONS.leadMember;
    expect(directionAllows(d, U, T, GROUP)).toBe(true);
    expect(directionAllows(d, T, U, GROUP)).toBe(true);
    expect(directionAllows(d, T, R2, GROUP)).toBe(false);
    expect(directionAllows(d, U, R1, GROUP)).toBe(false);
    expect(directionAllows(d, U, T)).toBe(false);
    expect(leadMemberCommunity('R2', 'U', GROUP)).toBe('g1');
  });

  it('keeps the other directions as they were: the first allowing direction names the move', () => {
    expect(directionFor(SEED_WITH_COMMUNITIES, U, T, GROUP)?.id).toBe('urbanToRural');
    expect(directionFor(SEED_WITH_COMMUNITIES, T, U, GROUP)?.id).toBe('leadMember');
    expect(directionFor(SEED_WITH_COMMUNITIES, T, U)).toBeUndefined();
    // No preset turns it on by itself.
    expect(directionFor(SEED_POLICY, T, U, GROUP)).toBeUndefined();
  });

  it('builds the map from communities with dated memberships (the lead counts as a member)', () => {
    const community: Community = {
      id: 'g1',
      kind: 'urban_rural_community',
      name: '城关共同体',
      leadSchoolCode: 'U',
      members: [
        { schoolCode: 'T', joinedOn: '2023-09-01', leftOn: null },
        { schoolCode: 'R1', joinedOn: '2023-09-01', leftOn: '2024-07-31' },
      ],
      startOn: '2023-09-01',
      endOn: null,
    };
    const roles = schoolCommunityRoles([community], '2025-09-01');
    expect([...roles.entries()].sort()).toEqual([
      ['T', [{ communityId: 'g1', lead: false }]],
      ['U', [{ communityId: 'g1', lead: true }]],
    ]);
    expect(schoolCommunityRoles([community], '2024-03-01').get('R1')).toEqual([
      { communityId: 'g1', lead: false },
    ]);
  });

  it('plans lead → member moves only where the community allows, with the direction as the reason', () => {
    const input = fixture(LEAD_MEMBER_ONLY, { communities: GROUP });
    const plan = planRotation(input);
    expect(plan.assignments.length).toBeGreaterThan(0);
    for (const a of plan.assignments) {
      expect(['T', 'R2']).toContain(a.toSchool);
      expect(a.reasons.map((r) => r.ruleId)).toContain('direction:leadMember');
    }
    expect(
      plan.assignments.find((a) => a.reasons.some((r) => r.ruleId === 'direction:leadMember'))?.reasons,
    ).toContainEqual(expect.objectContaining({ zh: '共同体牵头校与成员校之间（双向）' }));
  });

  it('sends member teachers to the lead school (two-way)', () => {
    // A music teacher at member T, due after 9 years; U is short of music (24 classes, none on staff).
    const roster = [due('tm', { schoolCode: 'T', subject: 'music' }), due('u0')];
    const plan = planRotation(fixture(LEAD_MEMBER_ONLY, { communities: GROUP }, roster));
    expect(plan.assignments.find((a) => a.teacherCode === 'tm')).toMatchObject({
      fromSchool: 'T',
      toSchool: 'U',
    });
  });

  it('moves nobody without memberships: the direction needs the map', () => {
    const plan = planRotation(fixture(LEAD_MEMBER_ONLY));
    expect(plan.assignments).toEqual([]);
    expect(plan.shortfalls).toEqual([]);
  });
});

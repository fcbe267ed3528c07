import { describe, expect, it } from 'vitest';
import { communityRules, DEFAULT_COMMUNITY_RULES } from './rules';
import { community, school, SCHOOLS } from './test-fixtures';
import { communityViolations } from './violations';

const D = '2024-10-01';
const codes = (v: { code: string; schoolCode: string | null; communityId: string | null }[]) =>
  v.map((x) => `${x.code}:${x.communityId ?? ''}:${x.schoolCode ?? ''}`).sort();

describe('communityViolations', () => {
  it('accepts a county where every rural school is in a group of at most 4', () => {
    const cs = [community('G1', 'U1', ['R1', 'R2', 'R3']), community('G2', 'U2', ['R4', 'R5'])];
    expect(communityViolations(SCHOOLS, cs, DEFAULT_COMMUNITY_RULES, D)).toEqual([]);
  });

  it('flags a group of 5 (seed 003: ≤ 4) and the uncovered rural school', () => {
    const cs = [community('G1', 'U1', ['R1', 'R2', 'R3', 'R4'])];
    const v = communityViolations(SCHOOLS, cs, DEFAULT_COMMUNITY_RULES, D);
    expect(codes(v)).toEqual(['schoolUncovered::R5', 'tooManySchools:G1:']);
    const big = v.find((x) => x.code === 'tooManySchools');
    expect(big?.message['zh-CN']).toBe('共同体G1 有 5 所学校，超过上限 4 所');
    expect(big?.message['en-US']).toBe('共同体G1 has 5 schools, above the limit of 4');
  });

  it('takes the group size cap as a parameter', () => {
    const cs = [community('G1', 'U1', ['R1', 'R2', 'R3', 'R4', 'R5'])];
    const rules = communityRules({ maxSchools: { education_group: 6 } });
    expect(communityViolations(SCHOOLS, cs, rules, D)).toEqual([]);
  });

  it('reports a school in two communities of the same kind once, but allows two kinds', () => {
    const cs = [
      community('G1', 'U1', ['R1', 'R2', 'R3']),
      community('G2', 'U2', ['R3', 'R4', 'R5']),
      community('A1', 'U1', ['R1'], 'research_alliance'),
    ];
    expect(codes(communityViolations(SCHOOLS, cs, DEFAULT_COMMUNITY_RULES, D))).toEqual([
      'multipleCommunitiesOfKind::R3',
    ]);
  });

  it('checks the lead: a member, not weak, urban or town for an urban–rural community', () => {
    const schools = [...SCHOOLS, school('W1', '210', { weak: true })];
    const notMember = { ...community('G1', 'U1', ['R1', 'R2']), leadSchoolCode: 'U2' };
    const weak = community('C1', 'W1', ['R3', 'R4', 'R5'], 'urban_rural_community');
    const v = communityViolations(schools, [notMember, weak], DEFAULT_COMMUNITY_RULES, D);
    expect(codes(v)).toEqual(['leadNotMember:G1:U2', 'leadUrbanRural:C1:W1', 'weakLead:C1:W1']);
    expect(v.find((x) => x.code === 'weakLead')?.severity).toBe('warning');
    expect(v.find((x) => x.code === 'leadUrbanRural')?.message['zh-CN']).toBe(
      '共同体C1 的牵头校 学校W1 应为城区/镇区学校',
    );
  });

  it('covers a teaching point through its central school unless told otherwise', () => {
    const cs = [community('G1', 'U1', ['R1', 'R2', 'R3']), community('G2', 'U2', ['R4', 'R5'])];
    const strict = communityRules({ teachingPointCoveredByParent: false });
    expect(codes(communityViolations(SCHOOLS, cs, strict, D))).toEqual(['schoolUncovered::T1']);
  });

  it('reads membership on the date: a school that left is uncovered, a later joiner not yet in', () => {
    const g1 = community('G1', 'U1', ['R1', 'R2', 'R3']);
    const g2 = community('G2', 'U2', ['R4']);
    g1.members = g1.members.map((m) => (m.schoolCode === 'R3' ? { ...m, leftOn: '2024-08-31' } : m));
    g2.members.push({ schoolCode: 'R5', joinedOn: '2024-10-02', leftOn: null });
    expect(codes(communityViolations(SCHOOLS, [g1, g2], DEFAULT_COMMUNITY_RULES, D))).toEqual([
      'schoolUncovered::R3',
      'schoolUncovered::R5',
    ]);
  });

  it('ignores ended communities and lists unknown codes', () => {
    const ended = { ...community('G0', 'U1', ['R1']), endOn: '2024-08-31' };
    const cs = [ended, community('G1', 'U1', ['R1', 'R2', 'X9']), community('G2', 'U2', ['R3', 'R4', 'R5'])];
    expect(codes(communityViolations(SCHOOLS, cs, DEFAULT_COMMUNITY_RULES, D))).toEqual([
      'unknownSchool:G1:X9',
    ]);
  });

  it('warns about a lead alone', () => {
    const cs = [
      community('G1', 'U1', ['R1', 'R2', 'R3', 'R4']),
      community('G2', 'U2', ['R5']),
      community('G3', 'U2', [], 'school_district'),
    ];
    expect(codes(communityViolations(SCHOOLS, cs, communityRules({ maxSchools: {} }), D))).toEqual([
      'tooFewSchools:G3:',
    ]);
  });
});

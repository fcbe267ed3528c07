import { describe, expect, it } from 'vitest';
import { proposalParams } from './params';
import { proposeForLeads } from './propose-for-leads';
import { schoolAt } from './test-fixtures';

// Schools on one meridian, so the great-circle km are the north offsets exactly; road factor 1.
const flat = (over: Parameters<typeof proposalParams>[0] = {}) =>
  proposalParams({ roadFactor: 1, ...over, weights: { strengthGap: 0, ...over.weights } });

describe('proposeForLeads', () => {
  it('sends each member to its nearest lead when places allow', () => {
    const schools = [
      schoolAt('A', 0, 0, 'urban'),
      schoolAt('B', 0, 20, 'urban'),
      schoolAt('m1', 0, 2, 'rural'),
      schoolAt('m2', 0, 18, 'rural'),
      schoolAt('m3', 0, 5, 'rural'),
    ];
    const p = proposeForLeads(schools, ['A', 'B'], flat());
    expect(p.status).toBe('proposed');
    const groups = Object.fromEntries(
      p.communities.map((c) => [c.leadSchoolCode, c.members.map((m) => m.schoolCode)]),
    );
    expect(groups).toEqual({ A: ['m1', 'm3'], B: ['m2'] });
    expect(p.objective).toBeCloseTo(9, 6);
    expect(p.objectiveUnits).toBe(9000);
    expect(p.communities.flatMap((c) => c.members.map((m) => m.reason))).toEqual([
      'nearest',
      'nearest',
      'nearest',
    ]);
    expect(p.totals).toMatchObject({ communities: 2, members: 3, mustCovered: 3, mustUncovered: 0 });
    expect(p.communities[0]!.students).toBe(300);
  });

  it('pairs the weak member with the strong lead (以强带弱) and says why', () => {
    const schools = [
      schoolAt('A', 0, 10, 'urban', { strength: 1 }),
      schoolAt('B', 0, 0, 'town', { strength: 0.2 }),
      schoolAt('w', 0, 1, 'rural', { strength: 0 }),
      schoolAt('s', 0, 2, 'rural', { strength: 1 }),
    ];
    const p = proposeForLeads(schools, ['A', 'B'], flat({ maxSchools: 2, weights: { strengthGap: 30 } }));
    const w = p.communities.find((c) => c.leadSchoolCode === 'A')!.members[0]!;
    const s = p.communities.find((c) => c.leadSchoolCode === 'B')!.members[0]!;
    expect(w.schoolCode).toBe('w');
    expect(w.reason).toBe('strongerLead');
    expect(w.message['en-US']).toContain('stronger');
    expect(s.schoolCode).toBe('s');
    expect(s.reason).toBe('nearest');
    // w→A 9 km + 0; s→B 2 km + 30 × (1 − 1) × 0.8 = 0.
    expect(p.objective).toBeCloseTo(11, 6);
  });

  it('charges the strength term as strengthGap × need × lack', () => {
    const schools = [
      schoolAt('L', 0, 0, 'town', { strength: 0.5 }),
      schoolAt('m', 0, 4, 'rural', { strength: 0.2 }),
    ];
    const p = proposeForLeads(schools, ['L'], flat({ weights: { strengthGap: 30 } }));
    const m = p.communities[0]!.members[0]!;
    expect(m.distanceCost).toBeCloseTo(4, 6);
    expect(m.strengthCost).toBeCloseTo(30 * 0.8 * 0.5, 6);
    expect(m.reason).toBe('onlyLeadInReach');
  });

  it('explains a member sent past a full lead, with the extra cost', () => {
    const schools = [
      schoolAt('A', 0, 0, 'urban'),
      schoolAt('B', 0, 10, 'urban'),
      schoolAt('m1', 0, -1, 'rural'),
      schoolAt('m2', 0, 2, 'rural'),
    ];
    const p = proposeForLeads(schools, ['A', 'B'], flat({ maxSchools: 2 }));
    // m1→A (1) + m2→B (8) = 9 beats m2→A (2) + m1→B (11) = 13.
    expect(p.objective).toBeCloseTo(9, 6);
    const m2 = p.communities.find((c) => c.leadSchoolCode === 'B')!.members[0]!;
    expect(m2).toMatchObject({ schoolCode: 'm2', reason: 'cheaperLeadFull', cheapestLeadCode: 'A' });
    expect(m2.extraCost).toBeCloseTo(6, 6);
  });

  it('names a school beyond every lead and by how much', () => {
    const schools = [
      schoolAt('A', 0, 0, 'urban'),
      schoolAt('far', 0, 50, 'rural'),
      schoolAt('near', 0, 5, 'rural'),
    ];
    const p = proposeForLeads(schools, ['A'], flat({ maxRoadKm: 30 }));
    expect(p.status).toBe('infeasible');
    expect(p.uncovered).toEqual(['far']);
    expect(p.communities[0]!.members.map((m) => m.schoolCode)).toEqual(['near']);
    const problem = p.problems.find((x) => x.code === 'outOfReach');
    expect(problem).toMatchObject({ schoolCode: 'far', nearestLeadCode: 'A', maxRoadKm: 30 });
    expect(problem?.code === 'outOfReach' && problem.overKm).toBeCloseTo(20, 3);
    expect(problem?.message['zh-CN']).toContain('20.0 公里');
  });

  it('names the schools short of places near them and the shortfall', () => {
    const schools = [
      schoolAt('A', 0, 0, 'urban'),
      schoolAt('B', 0, 100, 'urban'),
      schoolAt('a1', 0, 1, 'rural'),
      schoolAt('a2', 0, 2, 'rural'),
      schoolAt('a3', 0, 3, 'rural'),
      schoolAt('b1', 0, 99, 'rural'),
    ];
    const p = proposeForLeads(schools, ['A', 'B'], flat({ maxSchools: 2, maxRoadKm: 30 }));
    expect(p.status).toBe('infeasible');
    expect(p.uncovered).toHaveLength(2);
    const short = p.problems.find((x) => x.code === 'capacityShort');
    expect(short).toMatchObject({ leadCodes: ['A'], schools: 3, capacity: 1, short: 2 });
    expect(short?.code === 'capacityShort' && [...short.schoolCodes].sort()).toEqual(['a1', 'a2', 'a3']);
    // The rest of the county is still proposed: b1 joins B, one of the a's joins A (the nearest, a1).
    expect(p.communities.map((c) => c.members.map((m) => m.schoolCode))).toEqual([['a1'], ['b1']]);
  });

  it('lets a "may" school join only when cheaper than leaving it out', () => {
    const schools = [
      schoolAt('A', 0, 0, 'urban'),
      schoolAt('t1', 0, 10, 'town'),
      schoolAt('t2', 0, 30, 'town'),
    ];
    const p = proposeForLeads(schools, ['A'], flat({ weights: { leaveOut: 20 } }));
    expect(p.status).toBe('proposed');
    expect(p.communities[0]!.members.map((m) => m.schoolCode)).toEqual(['t1']);
    expect(p.leftOut).toEqual(['t2']);
    expect(p.objective).toBeCloseTo(30, 6);
    expect(p.totals).toMatchObject({ mayCovered: 1, mayLeftOut: 1, leaveOutCost: 20 });
  });

  it('puts "must" schools before "may" schools when places are short', () => {
    const schools = [schoolAt('A', 0, 0, 'urban'), schoolAt('t', 0, 1, 'town'), schoolAt('r', 0, 9, 'rural')];
    const p = proposeForLeads(schools, ['A'], flat({ maxSchools: 2 }));
    expect(p.communities[0]!.members.map((m) => m.schoolCode)).toEqual(['r']);
    expect(p.leftOut).toEqual(['t']);
  });

  it('reports unknown leads, schools without coordinates and idle leads', () => {
    const schools = [
      schoolAt('A', 0, 0, 'urban'),
      schoolAt('B', 0, 90, 'urban'),
      schoolAt('m', 0, 3, 'rural'),
      { ...schoolAt('x', 0, 0, 'rural'), lat: null, lng: null },
    ];
    const p = proposeForLeads(schools, ['A', 'B', 'nope'], flat());
    expect(p.problems.map((x) => x.code).sort()).toEqual(['noCoordinates', 'unknownLead']);
    expect(p.uncovered).toEqual(['x']);
    expect(p.idleLeads).toEqual(['B']);
    expect(p.communities).toHaveLength(1);
  });

  it("follows a school's own cover need over its class", () => {
    const schools = [
      schoolAt('A', 0, 0, 'urban'),
      schoolAt('r', 0, 5, 'rural', { cover: 'none' }),
      schoolAt('u', 0, 6, 'urban', { cover: 'must' }),
    ];
    const p = proposeForLeads(schools, ['A'], flat());
    expect(p.communities[0]!.members.map((m) => m.schoolCode)).toEqual(['u']);
  });
});

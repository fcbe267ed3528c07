import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNCOVERED, solveAssignment } from './assign';
import { leadCandidates } from './candidates';
import { chooseLeads } from './choose-leads';
import { COST_UNITS } from './model';
import { proposalParams } from './params';
import { arbCase, schoolAt } from './test-fixtures';
import { buildLeadUniverse, modelForLeads } from './universe';

const flat = proposalParams({ roadFactor: 1, weights: { strengthGap: 0 }, mayCover: [] });

function* subsets(n: number, k: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) {
    yield prefix;
    return;
  }
  for (let j = start; j < n; j++) yield* subsets(n, k, j + 1, [...prefix, j]);
}

describe('chooseLeads', () => {
  it('picks one lead per cluster and proves it optimal', () => {
    const schools = [
      schoolAt('u1', 0, 0, 'urban'),
      schoolAt('u2', 0, 1, 'urban'),
      schoolAt('u3', 0, 40, 'urban'),
      schoolAt('a1', 0, -3, 'rural'),
      schoolAt('a2', 0, -1, 'rural'),
      schoolAt('b1', 0, 38, 'rural'),
      schoolAt('b2', 0, 43, 'rural'),
    ];
    const c = chooseLeads(schools, { candidates: ['u1', 'u2', 'u3'], count: 2 }, flat);
    expect(c.leads).toEqual(['u1', 'u3']);
    expect(c.proposal.status).toBe('proposed');
    // a1 3 + a2 1 + b1 2 + b2 3 (u2 would give 4 + 2 for the a's); u2, urban, need not be covered.
    expect(c.objective).toBeCloseTo(9, 6);
    expect(c.lowerBound).toBeCloseTo(9, 6);
    expect(c.gap).toBe(0);
  });

  it('takes the fewest leads whose places cover every rural school', () => {
    const rural = Array.from({ length: 7 }, (_, i) => schoolAt(`r${i}`, 0, i * 3, 'rural'));
    const urban = Array.from({ length: 5 }, (_, i) => schoolAt(`u${i}`, 1, i * 5, 'urban'));
    const schools = [...urban, ...rural];
    const c = chooseLeads(
      schools,
      { candidates: leadCandidates(schools, 'education_group'), count: 'fewest' },
      flat,
    );
    expect(c.count).toBe(3); // ⌈7 ÷ 3⌉
    expect(c.proposal.status).toBe('proposed');
    expect(c.proposal.totals.mustCovered).toBe(7);
    expect(c.lowerBound).not.toBeNull();
    expect(c.lowerBound!).toBeLessThanOrEqual(c.objective);
  });

  it('reports no bound when no choice of leads covers every must school', () => {
    const schools = [schoolAt('u', 0, 0, 'urban'), schoolAt('far', 0, 200, 'rural')];
    const c = chooseLeads(schools, { candidates: ['u'], count: 'fewest' }, proposalParams({ maxRoadKm: 50 }));
    expect(c.proposal.status).toBe('infeasible');
    expect(c.lowerBound).toBeNull();
    expect(c.gap).toBeNull();
    expect(c.proposal.problems[0]).toMatchObject({ code: 'outOfReach', schoolCode: 'far' });
  });

  it('lists weak and rural schools out of the default candidates', () => {
    const schools = [
      schoolAt('u', 0, 0, 'urban'),
      schoolAt('w', 0, 0, 'urban', { weak: true }),
      schoolAt('t', 0, 0, 'town'),
      schoolAt('r', 0, 0, 'rural'),
    ];
    expect(leadCandidates(schools, 'education_group')).toEqual(['u', 't']);
  });

  it('keeps the bound below the optimum, found by trying every lead set, and the heuristic near it', () => {
    let feasible = 0;
    let heuristicOptimal = 0;
    fc.assert(
      fc.property(arbCase, ({ schools, leads, params }) => {
        const candidates = leads.slice(0, 7);
        const k = Math.max(1, Math.floor(candidates.length / 2));
        const c = chooseLeads(schools, { candidates, count: k }, params);
        expect(c.count).toBe(k);
        if (c.lowerBound === null) return;
        feasible++;
        const u = buildLeadUniverse(schools, candidates, params);
        let optimum = Infinity;
        for (const set of subsets(u.candidates.length, k)) {
          const s = solveAssignment(modelForLeads(u, set));
          if (s.choice.includes(UNCOVERED)) continue;
          optimum = Math.min(optimum, s.objectiveUnits);
        }
        expect(c.lowerBound * COST_UNITS).toBeLessThanOrEqual(optimum);
        expect(c.objective * COST_UNITS).toBeGreaterThanOrEqual(optimum);
        if (c.objective * COST_UNITS === optimum) heuristicOptimal++;
        expect(c.gap!).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150, seed: 8 },
    );
    expect(feasible).toBeGreaterThanOrEqual(50);
    expect(heuristicOptimal / feasible).toBeGreaterThan(0.8);
  });

  it('gives valid proposals with the bound under the objective on larger counties', () => {
    fc.assert(
      fc.property(arbCase, ({ schools, leads, params }) => {
        const c = chooseLeads(schools, { candidates: leads, count: 'fewest' }, params);
        for (const g of c.proposal.communities)
          expect(g.members.length).toBeLessThanOrEqual(params.maxSchools - 1);
        if (c.lowerBound !== null) expect(c.lowerBound).toBeLessThanOrEqual(c.objective);
      }),
      { numRuns: 60, seed: 9 },
    );
  });
});

import fc from 'fast-check';
import highs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveAssignment } from './assign';
import { buildProposalModel, COST_UNITS } from './model';
import { proposeForLeads } from './propose-for-leads';
import { arbCase } from './test-fixtures';
import { proposalMip } from './proposal-mip';
import { coverNeedOf } from './strength';

type Solver = Awaited<ReturnType<typeof highs>>;
let solver: Solver;
beforeAll(async () => {
  solver = await highs();
});

describe('proposeForLeads, on random counties', () => {
  it('assigns every member once, within places and reach, and covers every reachable must school', () => {
    fc.assert(
      fc.property(arbCase, ({ schools, leads, params }) => {
        const p = proposeForLeads(schools, leads, params);
        const leadSet = new Set(leads);
        const seen = new Map<string, number>();
        for (const c of p.communities) {
          expect(leadSet.has(c.leadSchoolCode)).toBe(true);
          expect(c.members.length).toBeLessThanOrEqual(params.maxSchools - 1);
          for (const m of c.members) {
            seen.set(m.schoolCode, (seen.get(m.schoolCode) ?? 0) + 1);
            expect(leadSet.has(m.schoolCode)).toBe(false);
            if (params.maxRoadKm !== null) expect(m.roadKm).toBeLessThanOrEqual(params.maxRoadKm);
          }
        }
        for (const n of seen.values()) expect(n).toBe(1);
        for (const s of schools) {
          if (leadSet.has(s.schoolCode)) continue;
          const need = coverNeedOf(s, params);
          const placed = seen.has(s.schoolCode);
          const left = p.leftOut.includes(s.schoolCode);
          const uncovered = p.uncovered.includes(s.schoolCode);
          // Each candidate school is in exactly one of: a community, left out (may), uncovered (must).
          expect(Number(placed) + Number(left) + Number(uncovered)).toBe(need === 'none' ? 0 : 1);
          if (need === 'must') expect(left).toBe(false);
          if (need === 'may') expect(uncovered).toBe(false);
        }
        expect(p.status === 'infeasible').toBe(p.uncovered.length > 0);
        // Every uncovered must school is named by a problem, and the shortfalls add up to them.
        const named =
          p.problems.filter((x) => x.code === 'outOfReach' || x.code === 'noCoordinates').length +
          p.problems.reduce((s, x) => s + (x.code === 'capacityShort' ? x.short : 0), 0);
        expect(named).toBe(p.uncovered.length);
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('has an integral objective equal to the sum of its parts', () => {
    fc.assert(
      fc.property(arbCase, ({ schools, leads, params }) => {
        const p = proposeForLeads(schools, leads, params);
        expect(Number.isInteger(p.objectiveUnits)).toBe(true);
        const parts = p.communities.reduce((s, c) => s + c.members.reduce((t, m) => t + m.cost, 0), 0);
        expect(parts + p.totals.leaveOutCost).toBeCloseTo(p.objective, 6);
        expect(p.objective).toBe(p.objectiveUnits / COST_UNITS);
      }),
      { numRuns: 100, seed: 4 },
    );
  });

  it('reaches the same optimum as HiGHS on the same model written as a MIP', () => {
    let compared = 0;
    let infeasible = 0;
    fc.assert(
      fc.property(arbCase, ({ schools, leads, params }) => {
        const model = buildProposalModel(schools, leads, params);
        const ours = solveAssignment(model);
        const r = solver.solve(proposalMip(model), { mip_rel_gap: 0, mip_abs_gap: 1e-9 });
        if (ours.cut !== null) {
          // Too few places within reach: HiGHS must find no solution either.
          expect(r.Status).toBe('Infeasible');
          infeasible++;
          return;
        }
        expect(r.Status).toBe('Optimal');
        const theirs = r.Status === 'Optimal' ? r.ObjectiveValue : NaN;
        expect(Math.abs(theirs - ours.objectiveUnits)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, ours.objectiveUnits),
        );
        compared++;
      }),
      { numRuns: 120, seed: 5 },
    );
    expect(compared).toBeGreaterThanOrEqual(50);
    expect(infeasible).toBeGreaterThan(0);
  });
});

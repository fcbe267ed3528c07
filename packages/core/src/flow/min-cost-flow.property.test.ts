import fc from 'fast-check';
import highs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { flowProblemToLp } from './lp-format';
import { solveMinCostFlow } from './min-cost-flow';
import { arbDagProblem, arbFlowProblem, checkFlow, checkPotentials } from './test-problems';
import type { FlowProblem } from './types';

type Solver = Awaited<ReturnType<typeof highs>>;
let solver: Solver;
beforeAll(async () => {
  solver = await highs();
});

/** Every node with a non-zero supply has an arc, so the LP has a row for it (see lp-format.ts). */
function wellFormed(p: FlowProblem): boolean {
  const touched = new Set(p.arcs.flatMap((a) => [a.from, a.to]));
  return Array.from({ length: p.nodeCount }, (_, v) => v).every((v) => p.supplies[v] === 0 || touched.has(v));
}

describe('solveMinCostFlow invariants on random graphs', () => {
  it('conserves flow, keeps bounds, is integral and carries its own optimality certificate', () => {
    fc.assert(
      fc.property(arbFlowProblem, (problem) => {
        const r = solveMinCostFlow(problem);
        expect(checkFlow(problem, r.flow, r.status === 'optimal')).toBeNull();
        expect(checkPotentials(problem, r)).toBeNull();
        const cost = r.flow.reduce((s, f, i) => s + f * problem.arcs[i]!.cost, 0);
        expect(r.totalCost).toBe(cost);
        if (r.status === 'infeasible') {
          expect(r.unrouted).toBeGreaterThan(0);
          expect(r.cutSupply - r.cutCapacity).toBe(r.unrouted);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('proves infeasibility with a cut that HiGHS agrees with, and matches its optimum otherwise', () => {
    let compared = 0;
    let feasible = 0;
    fc.assert(
      fc.property(arbFlowProblem.filter(wellFormed), (problem) => {
        const ours = solveMinCostFlow(problem);
        const theirs = solver.solve(flowProblemToLp(problem, { integer: true }));
        compared++;
        if (ours.status === 'optimal') {
          feasible++;
          expect(theirs.Status).toBe('Optimal');
          expect(ours.totalCost).toBe(Math.round(theirs.ObjectiveValue));
        } else {
          expect(theirs.Status).toBe('Infeasible');
        }
      }),
      { numRuns: 400, seed: 20250101 },
    );
    expect(compared).toBe(400);
    // The comparison must exercise the optimum, not just infeasibility.
    expect(feasible).toBeGreaterThanOrEqual(50);
  });

  it('takes the DAG-potential start on acyclic graphs and still matches HiGHS', () => {
    let feasible = 0;
    fc.assert(
      fc.property(
        arbDagProblem.filter((p) => p.arcs.length > 0 && wellFormed(p)),
        (problem) => {
          const ours = solveMinCostFlow(problem);
          expect(checkFlow(problem, ours.flow, ours.status === 'optimal')).toBeNull();
          expect(checkPotentials(problem, ours)).toBeNull();
          const theirs = solver.solve(flowProblemToLp(problem, { integer: true }));
          if (ours.status === 'optimal') {
            feasible++;
            expect(theirs.Status).toBe('Optimal');
            expect(ours.totalCost).toBe(Math.round(theirs.ObjectiveValue));
          } else {
            expect(theirs.Status).toBe('Infeasible');
            expect(ours.cutSupply - ours.cutCapacity).toBe(ours.unrouted);
          }
        },
      ),
      { numRuns: 300, seed: 99 },
    );
    expect(feasible).toBeGreaterThanOrEqual(20);
  });

  it('matches HiGHS on larger feasible transportation problems', () => {
    const arb = fc
      .record({
        left: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 12 }),
        right: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 2, maxLength: 12 }),
        seedCosts: fc.array(fc.integer({ min: -40, max: 100 }), { minLength: 144, maxLength: 144 }),
      })
      .map(({ left, right, seedCosts }): FlowProblem => {
        // Sources and sinks joined through a slack node so any supply pattern is feasible.
        const n = left.length + right.length + 1;
        const slack = n - 1;
        const arcs = [];
        for (let i = 0; i < left.length; i++) {
          for (let j = 0; j < right.length; j++) {
            const cost = seedCosts[(i * 12 + j) % 144] as number;
            arcs.push({ from: i, to: left.length + j, capacity: right[j] as number, cost });
          }
          arcs.push({ from: i, to: slack, capacity: left[i] as number, cost: 50 });
        }
        for (let j = 0; j < right.length; j++)
          arcs.push({ from: left.length + j, to: slack, capacity: 1000, cost: 0 });
        const total = left.reduce((s, x) => s + x, 0);
        const supplies = [...left, ...right.map(() => 0), -total];
        return { nodeCount: n, supplies, arcs };
      });
    fc.assert(
      fc.property(arb, (problem) => {
        const ours = solveMinCostFlow(problem);
        const theirs = solver.solve(flowProblemToLp(problem));
        expect(ours.status).toBe('optimal');
        expect(theirs.Status).toBe('Optimal');
        expect(ours.totalCost).toBe(Math.round(theirs.ObjectiveValue));
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

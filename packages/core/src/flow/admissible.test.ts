import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveMinCostFlow } from './min-cost-flow';
import { arbDagProblem, arbFlowProblem, checkFlow, checkPotentials } from './test-problems';
import type { FlowProblem } from './types';

/** Unit supplies into capacitated places and one sink: the shape multi-augmentation is for. */
const arbAssignment: fc.Arbitrary<FlowProblem> = fc
  .record({
    members: fc.integer({ min: 1, max: 25 }),
    places: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 8 }),
    costs: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 200, maxLength: 200 }),
    density: fc.double({ min: 0.2, max: 1, noNaN: true }),
  })
  .map(({ members, places, costs, density }) => {
    const sink = members + places.length;
    const arcs: FlowProblem['arcs'][number][] = [];
    let k = 0;
    for (let i = 0; i < members; i++) {
      places.forEach((_, j) => {
        const c = costs[k++ % costs.length]!;
        if ((c % 10) / 10 < density) arcs.push({ from: i, to: members + j, capacity: 1, cost: c });
      });
    }
    places.forEach((cap, j) => arcs.push({ from: members + j, to: sink, capacity: cap, cost: 0 }));
    const supplies = [...Array<number>(members).fill(1), ...Array<number>(places.length).fill(0), -members];
    return { nodeCount: sink + 1, supplies, arcs };
  });

describe('solveMinCostFlow with multi-augmentation', () => {
  for (const [name, arb] of [
    ['random graphs', arbFlowProblem],
    ['DAGs', arbDagProblem],
    ['assignment networks', arbAssignment],
  ] as const) {
    it(`reaches the same cost and status as single augmentation on ${name}, with a valid certificate`, () => {
      fc.assert(
        fc.property(arb, (problem) => {
          const single = solveMinCostFlow(problem);
          const multi = solveMinCostFlow(problem, { multiAugment: true });
          expect(multi.status).toBe(single.status);
          expect(multi.totalCost).toBe(single.totalCost);
          expect(checkFlow(problem, multi.flow, multi.status === 'optimal')).toBeNull();
          expect(checkPotentials(problem, multi)).toBeNull();
          if (multi.status === 'infeasible' && single.status === 'infeasible') {
            expect(multi.unrouted).toBe(single.unrouted);
          }
        }),
        { numRuns: 300, seed: 21 },
      );
    });
  }
});

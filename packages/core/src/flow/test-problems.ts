// Random flow problems for the property tests (test-only helper).
import fc from 'fast-check';
import type { FlowArc, FlowProblem, FlowResult } from './types';

export const arbFlowProblem: fc.Arbitrary<FlowProblem> = fc
  .integer({ min: 2, max: 9 })
  .chain((n) =>
    fc.record({
      nodeCount: fc.constant(n),
      arcs: fc.array(
        fc
          .record({
            from: fc.integer({ min: 0, max: n - 1 }),
            to: fc.integer({ min: 0, max: n - 1 }),
            capacity: fc.integer({ min: 0, max: 6 }),
            cost: fc.integer({ min: -6, max: 12 }),
            lower: fc.integer({ min: 0, max: 2 }),
          })
          .map((a): FlowArc => ({ ...a, lower: Math.min(a.lower, a.capacity) })),
        { minLength: 1, maxLength: 30 },
      ),
      raw: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ nodeCount, arcs, raw }) => {
    // Balance the supplies by putting the remainder on the last node.
    const supplies = [...raw];
    const sum = supplies.reduce((s, x) => s + x, 0);
    supplies[nodeCount - 1] = (supplies[nodeCount - 1] as number) - sum;
    return { nodeCount, supplies, arcs };
  });

/** Conservation, bounds and integrality; returns the first broken invariant or null. */
export function checkFlow(
  problem: FlowProblem,
  flow: readonly number[],
  requireBalance: boolean,
): string | null {
  const net = new Array<number>(problem.nodeCount).fill(0);
  for (let i = 0; i < problem.arcs.length; i++) {
    const a = problem.arcs[i]!;
    const f = flow[i] as number;
    if (!Number.isInteger(f)) return `arc ${i} flow ${f} not integral`;
    if (f < (a.lower ?? 0) || f > a.capacity)
      return `arc ${i} flow ${f} outside [${a.lower ?? 0}, ${a.capacity}]`;
    net[a.from]! += f;
    net[a.to]! -= f;
  }
  if (!requireBalance) return null;
  for (let v = 0; v < problem.nodeCount; v++) {
    if (net[v] !== problem.supplies[v])
      return `node ${v} sends ${net[v]} but supplies ${problem.supplies[v]}`;
  }
  return null;
}

/** The dual certificate: residual arcs have non-negative reduced cost under the potentials. */
export function checkPotentials(problem: FlowProblem, result: FlowResult): string | null {
  if (result.status !== 'optimal') return null;
  const pi = result.potentials;
  for (let i = 0; i < problem.arcs.length; i++) {
    const a = problem.arcs[i]!;
    const f = result.flow[i] as number;
    const rc = a.cost + (pi[a.from] as number) - (pi[a.to] as number);
    if (f < a.capacity && rc < 0) return `arc ${i} could carry more at reduced cost ${rc}`;
    if (f > (a.lower ?? 0) && rc > 0) return `arc ${i} could carry less at reduced cost −${rc}`;
  }
  return null;
}

/** The same problems with every arc pointing from the lower to the higher node: acyclic, so the solver starts
 * from DAG potentials instead of saturating negative arcs. */
export const arbDagProblem: fc.Arbitrary<FlowProblem> = arbFlowProblem.map((p) => ({
  ...p,
  arcs: p.arcs
    .filter((a) => a.from !== a.to)
    .map((a) => ({ ...a, from: Math.min(a.from, a.to), to: Math.max(a.from, a.to) })),
}));

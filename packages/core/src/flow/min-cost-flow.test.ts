import { describe, expect, it } from 'vitest';
import { convexSegments, segmentsCost, segmentsFromMarginals } from './convex';
import { solveMinCostFlow } from './min-cost-flow';
import { FlowNetwork, flowOn } from './network';
import type { FlowProblem } from './types';

describe('solveMinCostFlow on hand cases', () => {
  it('fills the cheap path first', () => {
    const problem: FlowProblem = {
      nodeCount: 4,
      supplies: [3, 0, 0, -3],
      arcs: [
        { from: 0, to: 1, capacity: 2, cost: 1 },
        { from: 1, to: 3, capacity: 2, cost: 0 },
        { from: 0, to: 2, capacity: 2, cost: 3 },
        { from: 2, to: 3, capacity: 2, cost: 0 },
      ],
    };
    const r = solveMinCostFlow(problem);
    expect(r.status).toBe('optimal');
    expect(r.flow).toEqual([2, 2, 1, 1]);
    expect(r.totalCost).toBe(5);
  });

  it('reroutes flow when a later unit makes an earlier choice wrong', () => {
    // Classic case where the greedy first path must be undone through a reverse arc.
    const problem: FlowProblem = {
      nodeCount: 4,
      supplies: [2, 0, 0, -2],
      arcs: [
        { from: 0, to: 1, capacity: 1, cost: 1 },
        { from: 0, to: 2, capacity: 1, cost: 5 },
        { from: 1, to: 2, capacity: 1, cost: 1 },
        { from: 1, to: 3, capacity: 1, cost: 5 },
        { from: 2, to: 3, capacity: 1, cost: 1 },
      ],
    };
    const r = solveMinCostFlow(problem);
    expect(r.totalCost).toBe(12);
    expect(r.flow).toEqual([1, 1, 0, 1, 1]);
  });

  it('runs a negative cycle with no supplies at all', () => {
    const r = solveMinCostFlow({
      nodeCount: 2,
      supplies: [0, 0],
      arcs: [
        { from: 0, to: 1, capacity: 2, cost: -5 },
        { from: 1, to: 0, capacity: 3, cost: 1 },
      ],
    });
    expect(r.status).toBe('optimal');
    expect(r.flow).toEqual([2, 2]);
    expect(r.totalCost).toBe(-8);
  });

  it('honours lower bounds even when they cost', () => {
    const r = solveMinCostFlow({
      nodeCount: 3,
      supplies: [4, 0, -4],
      arcs: [
        { from: 0, to: 2, capacity: 4, cost: 1 },
        { from: 0, to: 1, capacity: 4, cost: 10, lower: 3 },
        { from: 1, to: 2, capacity: 4, cost: 0 },
      ],
    });
    expect(r.flow).toEqual([1, 3, 3]);
    expect(r.totalCost).toBe(31);
  });

  it('names the cut and the amount when supply cannot get out', () => {
    const r = solveMinCostFlow({
      nodeCount: 4,
      supplies: [5, 0, 0, -5],
      arcs: [
        { from: 0, to: 1, capacity: 9, cost: 1 },
        { from: 1, to: 3, capacity: 2, cost: 1 },
        { from: 0, to: 2, capacity: 1, cost: 1 },
        { from: 2, to: 3, capacity: 7, cost: 1 },
      ],
    });
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.reason).toBe('capacity');
    expect(r.unrouted).toBe(2);
    expect(r.cut).toEqual([0, 1]);
    expect(r.cutSupply).toBe(5);
    expect(r.cutCapacity).toBe(3);
    expect(r.excessNodes).toEqual([{ node: 0, amount: 2 }]);
    expect(r.deficitNodes).toEqual([{ node: 3, amount: 2 }]);
    expect(r.flow).toEqual([2, 2, 1, 1]);
  });

  it('reports unbalanced supplies', () => {
    const r = solveMinCostFlow({
      nodeCount: 2,
      supplies: [3, -1],
      arcs: [{ from: 0, to: 1, capacity: 5, cost: 0 }],
    });
    expect(r.status).toBe('infeasible');
    if (r.status === 'infeasible') expect([r.reason, r.unrouted]).toEqual(['unbalanced', 2]);
  });

  it('rejects non-integer data and bad bounds', () => {
    const arcs = [{ from: 0, to: 1, capacity: 1.5, cost: 0 }];
    expect(() => solveMinCostFlow({ nodeCount: 2, supplies: [0, 0], arcs })).toThrow(RangeError);
    const bad = [{ from: 0, to: 1, capacity: 1, cost: 0, lower: 2 }];
    expect(() => solveMinCostFlow({ nodeCount: 2, supplies: [0, 0], arcs: bad })).toThrow(RangeError);
    expect(() =>
      solveMinCostFlow({ nodeCount: 1, supplies: [0], arcs: [{ from: 0, to: 1, capacity: 1, cost: 0 }] }),
    ).toThrow(/endpoint/);
  });
});

describe('convex arcs', () => {
  it('expands x² into increasing unit marginals and merges equal ones', () => {
    expect(convexSegments((x) => x * x, 4)).toEqual([
      { capacity: 1, cost: 1 },
      { capacity: 1, cost: 3 },
      { capacity: 1, cost: 5 },
      { capacity: 1, cost: 7 },
    ]);
    expect(segmentsFromMarginals([-2, -2, 0, 0, 0, 4])).toEqual([
      { capacity: 2, cost: -2 },
      { capacity: 3, cost: 0 },
      { capacity: 1, cost: 4 },
    ]);
    expect(() => segmentsFromMarginals([3, 1])).toThrow(/must not decrease/);
  });

  it('costs f(x) at the optimum when flowing through a bundle', () => {
    const net = new FlowNetwork();
    const s = net.addNode('s', 3);
    const t = net.addNode('t', -3);
    const convex = net.addConvexArc(s, t, [1, 3, 5, 7]);
    const r = net.solve();
    expect(flowOn(r.flow, convex)).toBe(3);
    expect(r.totalCost).toBe(9);
    expect(
      segmentsCost(
        convexSegments((x) => x * x, 4),
        3,
      ),
    ).toBe(9);
  });

  it('balances two convex arcs like a water-filling', () => {
    // Two parallel routes, cost x² on one and 2x² on the other: 6 units split 4 / 2 (marginals 7 vs 6 then 10).
    const net = new FlowNetwork();
    const s = net.addNode('s', 6);
    const t = net.addNode('t', -6);
    const a = net.addSegments(
      s,
      t,
      convexSegments((x) => x * x, 6),
    );
    const b = net.addSegments(
      s,
      t,
      convexSegments((x) => 2 * x * x, 6),
    );
    const r = net.solve();
    expect([flowOn(r.flow, a), flowOn(r.flow, b)]).toEqual([4, 2]);
    expect(r.totalCost).toBe(16 + 8);
  });
});

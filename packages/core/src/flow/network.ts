// A small builder over FlowProblem: named nodes, plain and convex arcs, supplies — so a caller (the rotation
// planner) keeps handles to its arcs and reads flows back by handle instead of by index arithmetic.
import { segmentsFromMarginals, type Segment } from './convex';
import { solveMinCostFlow } from './min-cost-flow';
import type { FlowArc, FlowProblem, FlowResult, SolveOptions } from './types';

/** Arc indices of one logical arc (several for a convex arc). */
export type ArcHandle = readonly number[];

export class FlowNetwork {
  readonly labels: string[] = [];
  readonly arcs: FlowArc[] = [];
  private supplies: number[] = [];

  addNode(label: string, supply = 0): number {
    this.labels.push(label);
    this.supplies.push(supply);
    return this.labels.length - 1;
  }

  addSupply(node: number, amount: number): void {
    this.supplies[node] = (this.supplies[node] ?? 0) + amount;
  }

  addArc(from: number, to: number, capacity: number, cost: number, lower = 0): ArcHandle {
    this.arcs.push({ from, to, capacity, cost, lower });
    return [this.arcs.length - 1];
  }

  /** One arc per convex segment; zero-capacity segments are left out. */
  addSegments(from: number, to: number, segments: readonly Segment[]): ArcHandle {
    const ids: number[] = [];
    for (const s of segments) if (s.capacity > 0) ids.push(...this.addArc(from, to, s.capacity, s.cost));
    return ids;
  }

  addConvexArc(from: number, to: number, marginals: readonly number[]): ArcHandle {
    return this.addSegments(from, to, segmentsFromMarginals(marginals));
  }

  problem(): FlowProblem {
    return { nodeCount: this.labels.length, supplies: this.supplies, arcs: this.arcs };
  }

  solve(options: SolveOptions = {}): FlowResult {
    return solveMinCostFlow(this.problem(), options);
  }
}

export function flowOn(flow: readonly number[], handle: ArcHandle): number {
  let total = 0;
  for (const i of handle) total += flow[i] ?? 0;
  return total;
}

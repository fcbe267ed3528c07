// Exact min-cost flow by successive shortest paths with node potentials (Edmonds–Karp / Tomizawa): Dijkstra on
// reduced costs from every node with unrouted supply at once, stopping at the first node with unmet demand,
// then one augmentation. Each augmentation keeps the flow min-cost for what it routes, so the loop ends at a
// min-cost flow, or at a maximum flow whose residual cut proves infeasibility. Integer data stay integral.
import { admissibleScratch, augmentAdmissible } from './admissible';
import { augmentPath } from './augment';
import { MinHeap } from './heap';
import { dagPotentials } from './potentials';
import { arcFlows, buildResidual, saturateNegativeArcs, type Residual } from './residual';
import { shortestPath, updatePotentials, type Search } from './shortest-path';
import type { FlowInfeasible, FlowProblem, FlowResult, SolveOptions } from './types';

function totalCostOf(problem: FlowProblem, flow: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < flow.length; i++) total += (flow[i] as number) * problem.arcs[i]!.cost;
  return total;
}

function infeasible(problem: FlowProblem, r: Residual, settled: Uint8Array): FlowInfeasible {
  const cut: number[] = [];
  let cutSupply = 0;
  const excessNodes: FlowInfeasible['excessNodes'] = [];
  const deficitNodes: FlowInfeasible['deficitNodes'] = [];
  for (let v = 0; v < r.nodeCount; v++) {
    if (settled[v] === 1) {
      cut.push(v);
      cutSupply += r.baseSupply[v] as number;
    }
    const e = r.excess[v] as number;
    if (e > 0) excessNodes.push({ node: v, amount: e });
    if (e < 0) deficitNodes.push({ node: v, amount: -e });
  }
  let cutCapacity = 0;
  problem.arcs.forEach((arc, i) => {
    const inFrom = settled[arc.from] === 1;
    const inTo = settled[arc.to] === 1;
    if (inFrom && !inTo) cutCapacity += arc.capacity - (r.lower[i] as number);
  });
  // Lower bounds already sit in baseSupply, so arcs entering the cut add nothing here: cutSupply − cutCapacity
  // is exactly the supply left unrouted.
  const flow = arcFlows(r);
  const unrouted = excessNodes.reduce((s, x) => s + x.amount, 0);
  const base = { status: 'infeasible', reason: 'capacity', unrouted, cut, cutSupply, cutCapacity } as const;
  return { ...base, excessNodes, deficitNodes, flow, totalCost: totalCostOf(problem, flow) };
}

export function solveMinCostFlow(problem: FlowProblem, options: SolveOptions = {}): FlowResult {
  const r = buildResidual(problem);
  const n = r.nodeCount;
  let balance = 0;
  for (let v = 0; v < n; v++) balance += problem.supplies[v] as number;
  if (balance !== 0) {
    const flow = problem.arcs.map((a) => a.lower ?? 0);
    return {
      status: 'infeasible',
      reason: 'unbalanced',
      unrouted: Math.abs(balance),
      cut: [],
      cutSupply: balance,
      cutCapacity: 0,
      excessNodes: [],
      deficitNodes: [],
      flow,
      totalCost: totalCostOf(problem, flow),
    };
  }
  let pi = dagPotentials(r);
  if (pi === null) {
    pi = new Float64Array(n);
    saturateNegativeArcs(r, problem);
  }
  const search: Search = {
    dist: new Float64Array(n),
    parent: new Int32Array(n),
    settled: new Uint8Array(n),
    heap: new MinHeap(Math.max(16, n)),
  };
  let scratch = options.multiAugment === true ? admissibleScratch(r) : null;
  for (;;) {
    let pending = false;
    for (let v = 0; v < n; v++) if ((r.excess[v] as number) > 0) pending = true;
    if (!pending) break;
    const target = shortestPath(r, pi, search);
    if (target < 0) return infeasible(problem, r, search.settled);
    updatePotentials(pi, search.dist, search.dist[target] as number);
    augmentPath(r, search.parent, target);
    // Once a pass finds no second path, later ones rarely do (measured on the COM-3 networks): stop trying.
    if (scratch !== null && augmentAdmissible(r, pi, scratch) === 0) scratch = null;
  }
  const flow = arcFlows(r);
  return { status: 'optimal', flow, totalCost: totalCostOf(problem, flow), potentials: Array.from(pi) };
}

// The residual network in flat typed arrays: arc i of the problem becomes edges 2i (forward) and 2i+1 (reverse),
// adjacency in CSR form. Lower bounds are moved into the supplies. Negative costs are handled by the caller:
// DAG potentials when the graph allows, else saturating the negative arcs so that zero potentials are feasible
// (negative cycles then need no special case).
import type { FlowProblem } from './types';

export interface Residual {
  nodeCount: number;
  /** Head of each edge. */
  head: Int32Array;
  /** Remaining capacity of each edge. */
  rcap: Float64Array;
  /** Cost of each edge (the reverse edge has the negated cost). */
  cost: Float64Array;
  /** Edges leaving node v: adjEdges[adjStart[v] .. adjStart[v+1]). */
  adjStart: Int32Array;
  adjEdges: Int32Array;
  /** Net supply still to route per node (after lower bounds and the initial saturation). */
  excess: Float64Array;
  /** Supplies after lower bounds, before saturation: what the caller's network must route. */
  baseSupply: Float64Array;
  lower: Float64Array;
}

function checkInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
}

/** Saturates every negative-cost arc, so that zero potentials are feasible (any graph, cycles included). */
export function saturateNegativeArcs(r: Residual, problem: FlowProblem): void {
  const { rcap, excess } = r;
  problem.arcs.forEach((arc, i) => {
    if (arc.cost >= 0) return;
    const amount = rcap[2 * i] as number;
    rcap[2 * i] = 0;
    rcap[2 * i + 1] = (rcap[2 * i + 1] as number) + amount;
    excess[arc.from] = (excess[arc.from] as number) - amount;
    excess[arc.to] = (excess[arc.to] as number) + amount;
  });
}

export function buildResidual(problem: FlowProblem): Residual {
  const n = problem.nodeCount;
  const m = problem.arcs.length;
  if (problem.supplies.length !== n) throw new RangeError('supplies must have one entry per node');
  const head = new Int32Array(2 * m);
  const rcap = new Float64Array(2 * m);
  const cost = new Float64Array(2 * m);
  const lower = new Float64Array(m);
  const baseSupply = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const s = problem.supplies[v] as number;
    checkInteger(s, `supply of node ${v}`);
    baseSupply[v] = s;
  }
  const degree = new Int32Array(n + 1);
  problem.arcs.forEach((arc, i) => {
    const { from, to, capacity, cost: c } = arc;
    const lb = arc.lower ?? 0;
    if (!(from >= 0 && from < n && to >= 0 && to < n) || !Number.isInteger(from) || !Number.isInteger(to)) {
      throw new RangeError(`arc ${i} has an endpoint outside 0..${n - 1}`);
    }
    checkInteger(capacity, `capacity of arc ${i}`);
    checkInteger(c, `cost of arc ${i}`);
    checkInteger(lb, `lower bound of arc ${i}`);
    if (lb < 0 || lb > capacity) throw new RangeError(`arc ${i}: need 0 ≤ lower ≤ capacity`);
    lower[i] = lb;
    baseSupply[from] = (baseSupply[from] as number) - lb;
    baseSupply[to] = (baseSupply[to] as number) + lb;
    head[2 * i] = to;
    head[2 * i + 1] = from;
    rcap[2 * i] = capacity - lb;
    cost[2 * i] = c;
    cost[2 * i + 1] = -c;
    degree[from + 1]!++;
    degree[to + 1]!++;
  });
  const excess = Float64Array.from(baseSupply);
  for (let v = 0; v < n; v++) degree[v + 1] = (degree[v + 1] as number) + (degree[v] as number);
  const adjStart = Int32Array.from(degree);
  const fill = Int32Array.from(degree.subarray(0, n));
  const adjEdges = new Int32Array(2 * m);
  for (let i = 0; i < m; i++) {
    const arc = problem.arcs[i]!;
    adjEdges[fill[arc.from]!++] = 2 * i;
    adjEdges[fill[arc.to]!++] = 2 * i + 1;
  }
  return { nodeCount: n, head, rcap, cost, adjStart, adjEdges, excess, baseSupply, lower };
}

/** Flow per problem arc from the residual state. */
export function arcFlows(r: Residual): number[] {
  const m = r.lower.length;
  const flow = new Array<number>(m);
  for (let i = 0; i < m; i++) flow[i] = (r.lower[i] as number) + (r.rcap[2 * i + 1] as number);
  return flow;
}

// Plain data for a min-cost flow problem and its answer. Nodes are 0..nodeCount-1; every capacity, lower bound,
// cost and supply is an integer, so the optimum is integral (total unimodularity of the node–arc matrix).

export interface FlowArc {
  from: number;
  to: number;
  /** Upper bound on the flow, an integer ≥ lower. */
  capacity: number;
  /** Cost per unit of flow, an integer (negative allowed). */
  cost: number;
  /** Lower bound on the flow, an integer ≥ 0 (default 0). */
  lower?: number;
}

export interface FlowProblem {
  nodeCount: number;
  /** Net supply per node: positive = supply, negative = demand. Must sum to 0. */
  supplies: ArrayLike<number>;
  arcs: readonly FlowArc[];
}

export interface FlowOptimal {
  status: 'optimal';
  /** Flow per arc, in the order of `problem.arcs`. */
  flow: number[];
  totalCost: number;
  /** Node potentials (duals) certifying optimality: every residual arc has cost + π(from) − π(to) ≥ 0. */
  potentials: number[];
}

/**
 * The supplies cannot all be routed. `cut` is the set S of nodes reachable from the unrouted supply in the
 * residual network of a maximum flow: S holds more supply than the arcs leaving it can carry, which proves that
 * no flow exists (max-flow/min-cut). `flow` is a min-cost flow among those that route as much as possible.
 */
export interface FlowInfeasible {
  status: 'infeasible';
  reason: 'unbalanced' | 'capacity';
  /** Supply that could not be routed (for 'unbalanced': |Σ supplies|). */
  unrouted: number;
  cut: number[];
  /** Σ supplies (after lower bounds) of the nodes in `cut`. */
  cutSupply: number;
  /** Σ capacities of arcs leaving `cut` minus Σ lower bounds of arcs entering it. */
  cutCapacity: number;
  /** Nodes left with supply they could not send, and nodes left with demand nobody could meet. */
  excessNodes: { node: number; amount: number }[];
  deficitNodes: { node: number; amount: number }[];
  flow: number[];
  totalCost: number;
}

export type FlowResult = FlowOptimal | FlowInfeasible;

export interface SolveOptions {
  /**
   * After each shortest-path search, also push along every other zero-reduced-cost path (primal–dual,
   * admissible.ts). Faster on assignment-shaped networks; off by default (slower on the rotation networks).
   */
  multiAugment?: boolean;
}

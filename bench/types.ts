/** One line of a benchmark report: our figure, the peer's (or the floor's) on the same input, and the goal. */
export interface BenchRow {
  name: string;
  /** Our figure, in `unit`. */
  ours: number;
  /** The peer's or floor's figure on the same input, or null when there is none. */
  peer: number | null;
  peerName: string | null;
  unit: 'ms' | 's' | 'MB' | 'req/s';
  /** The goal for `ours` (an upper bound, or a lower bound for req/s). */
  goal: number | null;
  note?: string;
}

export interface Bench {
  run(): Promise<BenchRow[]>;
}

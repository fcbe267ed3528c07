// Augmentation along the Dijkstra tree path to the deficit node it reached. (A primal–dual variant that also
// pushed along every other zero-reduced-cost path was tried and measured slower on the rotation networks, where
// each unit's cheapest path is usually unique.)
import type { Residual } from './residual';

/** Augments along the Dijkstra tree path to `target` (always exists after a successful search). */
export function augmentPath(r: Residual, parent: Int32Array, target: number): void {
  const { head, rcap, excess } = r;
  let amount = -(excess[target] as number);
  let v = target;
  while (parent[v] !== -1) {
    const e = parent[v] as number;
    if ((rcap[e] as number) < amount) amount = rcap[e] as number;
    v = head[e ^ 1] as number;
  }
  if ((excess[v] as number) < amount) amount = excess[v] as number;
  excess[v] = (excess[v] as number) - amount;
  excess[target] = (excess[target] as number) + amount;
  v = target;
  while (parent[v] !== -1) {
    const e = parent[v] as number;
    rcap[e] = (rcap[e] as number) - amount;
    rcap[e ^ 1] = (rcap[e ^ 1] as number) + amount;
    v = head[e ^ 1] as number;
  }
}

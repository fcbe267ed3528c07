// Dijkstra on reduced costs from every node with unrouted supply at once, stopping at the first node with unmet
// demand, and the potential update that keeps every residual reduced cost non-negative afterwards.
import type { MinHeap } from './heap';
import type { Residual } from './residual';

export interface Search {
  dist: Float64Array;
  parent: Int32Array;
  settled: Uint8Array;
  heap: MinHeap;
}

/** Dijkstra from all excess nodes; returns the first deficit node settled, or −1 when none is reachable. */
export function shortestPath(r: Residual, pi: Float64Array, s: Search): number {
  const { head, rcap, cost, adjStart, adjEdges, excess, nodeCount } = r;
  const { dist, parent, settled, heap } = s;
  dist.fill(Infinity);
  settled.fill(0);
  heap.clear();
  for (let v = 0; v < nodeCount; v++) {
    if ((excess[v] as number) > 0) {
      dist[v] = 0;
      parent[v] = -1;
      heap.push(0, v);
    }
  }
  while (heap.size > 0) {
    const key = heap.topKey();
    const u = heap.pop();
    if (settled[u] === 1 || key > (dist[u] as number)) continue;
    settled[u] = 1;
    if ((excess[u] as number) < 0) return u;
    const base = key + (pi[u] as number);
    const end = adjStart[u + 1] as number;
    for (let k = adjStart[u] as number; k < end; k++) {
      const e = adjEdges[k] as number;
      if ((rcap[e] as number) <= 0) continue;
      const v = head[e] as number;
      if (settled[v] === 1) continue;
      const nd = base + (cost[e] as number) - (pi[v] as number);
      if (nd < (dist[v] as number)) {
        dist[v] = nd;
        parent[v] = e;
        heap.push(nd, v);
      }
    }
  }
  return -1;
}

/** π(v) += min(d(v), D): keeps every residual reduced cost ≥ 0 and makes the path just found tight. */
export function updatePotentials(pi: Float64Array, dist: Float64Array, reach: number): void {
  for (let v = 0; v < pi.length; v++) {
    const d = dist[v] as number;
    pi[v] = (pi[v] as number) + (d < reach ? d : reach);
  }
}

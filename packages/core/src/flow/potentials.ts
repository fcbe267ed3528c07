// Starting potentials. When the arcs that can carry flow form a DAG (the rotation network does), shortest
// distances from a virtual root joined to every node at cost 0, computed in topological order, make every
// reduced cost non-negative with no flow moved — so supplies leave from their own nodes only and the solver
// needs about one augmentation per unit routed. On a graph with cycles it reports null and the caller falls
// back to saturating the negative arcs.
import type { Residual } from './residual';

export function dagPotentials(r: Residual): Float64Array | null {
  const { nodeCount: n, head, rcap, cost, adjStart, adjEdges } = r;
  const indegree = new Int32Array(n);
  for (let e = 0; e < head.length; e++) if ((rcap[e] as number) > 0) indegree[head[e] as number]!++;
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) order[tail++] = v;
  const pi = new Float64Array(n);
  for (let k = 0; k < tail; k++) {
    const u = order[k] as number;
    const end = adjStart[u + 1] as number;
    for (let a = adjStart[u] as number; a < end; a++) {
      const e = adjEdges[a] as number;
      if ((rcap[e] as number) <= 0) continue;
      const v = head[e] as number;
      const d = (pi[u] as number) + (cost[e] as number);
      if (d < (pi[v] as number)) pi[v] = d;
      if (--indegree[v]! === 0) order[tail++] = v;
    }
  }
  return tail === n ? pi : null;
}

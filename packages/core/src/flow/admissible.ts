// Primal–dual augmentation: after a Dijkstra and its potential update every residual edge on a shortest path has
// reduced cost 0, and any path of such edges from an excess node to a deficit node is a shortest path too, so
// pushing along all of them keeps the flow min-cost for what it routes (reverse edges get reduced cost 0 as
// well). On assignment-shaped networks — many unit supplies, few places, one sink — one search then serves many
// units instead of one. Opt-in: on the rotation networks each unit's cheapest path is usually unique and the
// extra depth-first pass only costs time (augment.ts). After the first pass that finds no extra path the solver
// stops trying: on the COM-3 networks the first pass routes about half the units and later ones almost none.
import type { Residual } from './residual';

export interface AdmissibleScratch {
  dead: Uint8Array;
  onPath: Uint8Array;
  cur: Int32Array;
  pathEdges: Int32Array;
}

export function admissibleScratch(r: Residual): AdmissibleScratch {
  return {
    dead: new Uint8Array(r.nodeCount),
    onPath: new Uint8Array(r.nodeCount),
    cur: new Int32Array(r.nodeCount),
    pathEdges: new Int32Array(r.nodeCount),
  };
}

/**
 * Depth-first search on zero-reduced-cost residual edges from every excess node, augmenting each path found
 * (Dinic-style: a node that leads nowhere is dead for the rest of the pass). Integer data stay integral.
 * Returns the units moved.
 */
export function augmentAdmissible(r: Residual, pi: Float64Array, s: AdmissibleScratch): number {
  const { head, rcap, cost, adjStart, adjEdges, excess, nodeCount } = r;
  const { dead, onPath, cur, pathEdges } = s;
  let moved = 0;
  dead.fill(0);
  for (let v = 0; v < nodeCount; v++) cur[v] = adjStart[v] as number;
  for (let src = 0; src < nodeCount; src++) {
    while ((excess[src] as number) > 0 && dead[src] === 0) {
      let depth = 0;
      let u = src;
      onPath[src] = 1;
      let found = false;
      for (;;) {
        if ((excess[u] as number) < 0) {
          found = true;
          break;
        }
        const end = adjStart[u + 1] as number;
        let k = cur[u] as number;
        for (; k < end; k++) {
          const e = adjEdges[k] as number;
          if ((rcap[e] as number) <= 0) continue;
          const v = head[e] as number;
          if (dead[v] === 1 || onPath[v] === 1) continue;
          if ((cost[e] as number) + (pi[u] as number) - (pi[v] as number) !== 0) continue;
          break;
        }
        cur[u] = k;
        if (k < end) {
          const e = adjEdges[k] as number;
          pathEdges[depth++] = e;
          u = head[e] as number;
          onPath[u] = 1;
          continue;
        }
        dead[u] = 1;
        onPath[u] = 0;
        if (depth === 0) break;
        const back = pathEdges[--depth] as number;
        u = head[back ^ 1] as number;
        cur[u] = (cur[u] as number) + 1;
      }
      if (!found) break;
      let amount = Math.min(excess[src] as number, -(excess[u] as number));
      for (let i = 0; i < depth; i++) amount = Math.min(amount, rcap[pathEdges[i] as number] as number);
      for (let i = 0; i < depth; i++) {
        const e = pathEdges[i] as number;
        rcap[e] = (rcap[e] as number) - amount;
        rcap[e ^ 1] = (rcap[e ^ 1] as number) + amount;
        onPath[head[e] as number] = 0;
      }
      onPath[src] = 0;
      excess[src] = (excess[src] as number) - amount;
      excess[u] = (excess[u] as number) + amount;
      moved += amount;
    }
    onPath[src] = 0;
  }
  return moved;
}

// Walking the indicator tree: each leaf with its path, its weight in the whole, and whose work it measures.
import type { Attribution, BundledScheme, IndicatorNode } from './types';

export interface SchemeLeaf {
  node: IndicatorNode;
  /** Ids from the top-level indicator down to the leaf. */
  path: string[];
  /** Product of the weights along the path: the leaf's share of the community score. */
  globalWeight: number;
  attribution: Attribution | null;
}

export function schemeLeaves(scheme: BundledScheme): SchemeLeaf[] {
  const out: SchemeLeaf[] = [];
  const walk = (
    nodes: readonly IndicatorNode[],
    path: string[],
    weight: number,
    attr: Attribution | null,
  ): void => {
    for (const node of nodes) {
      const here = [...path, node.id];
      const w = weight * node.weight;
      const a = node.attribution ?? attr;
      if (node.children !== undefined && node.children.length > 0) walk(node.children, here, w, a);
      else out.push({ node, path: here, globalWeight: w, attribution: a });
    }
  };
  walk(scheme.indicators, [], 1, null);
  return out;
}

/** Score of every branch from its children's scores (weighted sum), leaves' scores given. */
export function branchScores(
  scheme: BundledScheme,
  leafScores: ReadonlyMap<string, number>,
): Record<string, number> {
  const out: Record<string, number> = {};
  const score = (node: IndicatorNode): number => {
    const s =
      node.children !== undefined && node.children.length > 0
        ? node.children.reduce((sum, c) => sum + c.weight * score(c), 0)
        : (leafScores.get(node.id) ?? 0);
    out[node.id] = s;
    return s;
  };
  scheme.indicators.forEach(score);
  return out;
}

// EVA-1 on the web: the bureau changes an indicator's weight; the server validates the scheme (siblings add
// up to 1) and reports issues. These helpers keep the tree immutable for React.
import type { BundledScheme, IndicatorNode } from '@junheng/core';

/** The scheme with one node's weight replaced (rounded to 4 decimals, as a bureau types it). */
export function withWeight(scheme: BundledScheme, id: string, weight: number): BundledScheme {
  const visit = (nodes: IndicatorNode[]): IndicatorNode[] =>
    nodes.map((n) => ({
      ...n,
      weight: n.id === id ? Math.round(weight * 10000) / 10000 : n.weight,
      ...(n.children ? { children: visit(n.children) } : {}),
    }));
  return { ...scheme, indicators: visit(scheme.indicators) };
}

/** Ids of the nodes whose children's weights do not add up to 1 (the root level included, as `''`). */
export function unbalancedParents(scheme: BundledScheme): string[] {
  const out: string[] = [];
  const check = (id: string, nodes: readonly IndicatorNode[]) => {
    const sum = nodes.reduce((acc, n) => acc + n.weight, 0);
    if (Math.abs(sum - 1) > 1e-6) out.push(id);
    for (const n of nodes) if (n.children) check(n.id, n.children);
  };
  check('', scheme.indicators);
  return out;
}

/** A node's effective weight in the community score: the product of the weights on its path. */
export function effectiveWeights(scheme: BundledScheme): Map<string, number> {
  const out = new Map<string, number>();
  const visit = (nodes: readonly IndicatorNode[], factor: number) => {
    for (const n of nodes) {
      out.set(n.id, factor * n.weight);
      if (n.children) visit(n.children, factor * n.weight);
    }
  };
  visit(scheme.indicators, 1);
  return out;
}

// The Theil decomposition as stacked parts: between the urban / town / rural groups, plus each group's
// within-group term. T = Σₖ sₖTₖ + between_T and L = Σₖ pₖLₖ + between_L (core equity/theil.ts), so the parts
// add up to the index.
import type { TheilDecomposition, UrbanRural } from '@junheng/core';
import { measureValue } from './format';

export const THEIL_GROUPS: readonly UrbanRural[] = ['urban', 'town', 'rural'];

export interface TheilStack {
  /** [T, L] */
  total: [number | null, number | null];
  between: [number | null, number | null];
  within: { group: UrbanRural; parts: [number | null, number | null] }[];
}

export function theilStack(theil: TheilDecomposition): TheilStack {
  const byLabel = new Map(theil.groups.map((g) => [g.label, g]));
  return {
    total: [measureValue(theil.theilT), measureValue(theil.theilL)],
    between: [measureValue(theil.betweenT), measureValue(theil.betweenL)],
    within: THEIL_GROUPS.map((group) => {
      const g = byLabel.get(group);
      const t = g ? measureValue(g.theilT) : null;
      const l = g ? measureValue(g.theilL) : null;
      return {
        group,
        parts: [
          g === undefined ? 0 : t === null ? null : g.resourceShare * t,
          g === undefined ? 0 : l === null ? null : g.studentShare * l,
        ],
      };
    }),
  };
}

// Competition ranking ("1224"): equal scores share a rank and the next rank skips, as league tables do.

/** Rank of each score, 1 = highest; scores within `tolerance` of each other count as equal. */
export function competitionRanks(scores: readonly number[], tolerance = 1e-9): number[] {
  const order = scores.map((s, i) => ({ s, i })).sort((a, b) => b.s - a.s);
  const ranks = new Array<number>(scores.length).fill(0);
  order.forEach((entry, k) => {
    const prev = order[k - 1];
    ranks[entry.i] = prev !== undefined && prev.s - entry.s <= tolerance ? (ranks[prev.i] as number) : k + 1;
  });
  return ranks;
}

// Quota counts. "不少于 10%" means at least: round up — but 0.1 × 30 is 3.0000000000000004 in floating point,
// so the share is rounded up only past a small tolerance.
export function ceilShare(share: number, count: number): number {
  return Math.max(0, Math.ceil(share * count - 1e-9));
}

// The community pages keep their filters in the URL (shareable links, like the list pages of shared/); the
// setter is shared/query-string's withParams.

/** A whole number from 0 to `max` from the URL (a window of days); undefined for anything else. */
export function wholeNumberUpTo(value: string | null, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n <= max ? n : undefined;
}

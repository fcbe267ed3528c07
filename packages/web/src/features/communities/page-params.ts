// The community pages keep their filters in the URL (shareable links, like the list pages of shared/).

/** The search params with some keys set or, for an empty value, removed; the others kept as they were. */
export function withParams(
  search: URLSearchParams,
  changes: Record<string, string | undefined>,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/** A whole number from 0 to `max` from the URL (a window of days); undefined for anything else. */
export function wholeNumberUpTo(value: string | null, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n <= max ? n : undefined;
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

/**
 * `{ page: 2, q: '一中', weak: true, township: undefined }` → `page=2&q=%E4%B8%80%E4%B8%AD&weak=true`.
 * Empty values are left out so that "no filter" and "filter on empty" cannot be confused by the server.
 */
export function buildQuery(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    search.append(key, String(value));
  }
  return search.toString();
}

export function withQuery(path: string, params: QueryParams): string {
  const query = buildQuery(params);
  return query ? `${path}?${query}` : path;
}

/** Ant Design's sorter state → the API's `sort` (`field` / `-field`, docs/api.md). */
export function toSortParam(
  field: unknown,
  order: 'ascend' | 'descend' | null | undefined,
): string | undefined {
  if (!order || typeof field !== 'string' || field === '') return undefined;
  return order === 'descend' ? `-${field}` : field;
}

/** The reverse, to show the current sort in the table header. */
export function fromSortParam(
  sort: string | undefined,
): { field: string; order: 'ascend' | 'descend' } | undefined {
  if (!sort) return undefined;
  return sort.startsWith('-') ? { field: sort.slice(1), order: 'descend' } : { field: sort, order: 'ascend' };
}

/** Reads the listed keys of a URL query (the list pages keep their filters in the URL so links can be shared). */
export function pickParams<K extends string>(
  search: URLSearchParams,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const picked: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = search.get(key);
    if (value !== null && value !== '') picked[key] = value;
  }
  return picked;
}

/** The search params with some keys set or, for an empty value, removed; the others kept as they were. */
export function withParams(
  search: URLSearchParams,
  changes: Record<string, string | number | undefined>,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** A positive integer from the URL, else the fallback (page numbers typed by hand are not trusted). */
export function positiveInt(
  value: string | undefined,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 ? Math.min(n, max) : fallback;
}

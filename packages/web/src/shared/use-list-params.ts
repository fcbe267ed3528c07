import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { pickParams, positiveInt, withParams } from './query-string';

export const DEFAULT_PAGE_SIZE = 20;
// docs/api.md: pageSize at most 500.
export const MAX_PAGE_SIZE = 500;

export interface ListParams<K extends string> {
  filters: Partial<Record<K, string>>;
  page: number;
  pageSize: number;
  sort: string | undefined;
}

/** Filters, paging and sort of a list page, kept in the URL so a filtered list can be bookmarked and shared. */
export function useListParams<K extends string>(filterKeys: readonly K[]) {
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  const params = useMemo<ListParams<K>>(() => {
    const current = new URLSearchParams(key);
    return {
      filters: pickParams(current, filterKeys),
      page: positiveInt(current.get('page') ?? undefined, 1),
      pageSize: positiveInt(current.get('pageSize') ?? undefined, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
      sort: current.get('sort') ?? undefined,
    };
    // filterKeys is a module constant of each page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const update = useCallback(
    (changes: Record<string, string | number | undefined>) => {
      setSearch((previous) => withParams(previous, changes), { replace: true });
    },
    [setSearch],
  );

  /** New filters start again at page 1. */
  const setFilters = useCallback(
    (filters: Partial<Record<K, string | undefined>>) => update({ ...filters, page: undefined }),
    [update],
  );
  const resetFilters = useCallback(
    () => update(Object.fromEntries([...filterKeys, 'page'].map((name) => [name, undefined]))),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [update],
  );
  const setPaging = useCallback(
    (page: number, pageSize: number, sort: string | undefined) =>
      update({
        page: page === 1 ? undefined : page,
        pageSize: pageSize === DEFAULT_PAGE_SIZE ? undefined : pageSize,
        sort,
      }),
    [update],
  );

  return { ...params, key, setFilters, resetFilters, setPaging };
}

import type { SchoolRow } from '../../app/api/types';
import { MAX_PAGE_SIZE } from '../../shared/use-list-params';
import { fetchSchools } from '../schools/api';

/** Every school in scope (a county has at most a few hundred; a city a few thousand), page by page. */
export async function fetchAllSchools(
  countyId: string | undefined,
  signal?: AbortSignal,
): Promise<SchoolRow[]> {
  const rows: SchoolRow[] = [];
  for (let page = 1; ; page += 1) {
    const { items, total } = await fetchSchools({ countyId, page, pageSize: MAX_PAGE_SIZE }, signal);
    rows.push(...items);
    if (items.length === 0 || rows.length >= total) return rows;
  }
}

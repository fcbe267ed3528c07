import { fromSortParam, toSortParam } from './query-string';

interface SortableColumn {
  key?: unknown;
  sorter?: unknown;
  sortOrder?: 'ascend' | 'descend' | null;
}

/** Marks the column the URL's `sort` names, so the header arrow matches the server-side order. */
export function applySortOrder<C extends SortableColumn>(columns: C[], sort: string | undefined): C[] {
  const current = fromSortParam(sort);
  return columns.map((column) =>
    column.sorter
      ? { ...column, sortOrder: current && column.key === current.field ? current.order : null }
      : column,
  );
}

interface SorterLike {
  columnKey?: unknown;
  field?: unknown;
  order?: 'ascend' | 'descend' | null;
}

/** Ant Design's `onChange(pagination, filters, sorter)` sorter (one or several) → the API's `sort`. */
export function sortFromSorter(sorter: SorterLike | SorterLike[]): string | undefined {
  const first = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!first) return undefined;
  return toSortParam(first.columnKey ?? first.field, first.order);
}

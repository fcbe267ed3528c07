import { Table } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useT } from '../../i18n/i18n-context';
import { applySortOrder, sortFromSorter } from '../table-sort';

interface ServerTableProps<T> {
  columns: ColumnsType<T>;
  rows: T[] | undefined;
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  sort: string | undefined;
  onChange: (page: number, pageSize: number, sort: string | undefined) => void;
  testId: string;
  rowKey?: keyof T & string;
  expandable?: TableProps<T>['expandable'];
}

/** A table paged and sorted by the server (docs/api.md: page, pageSize, sort). */
export function ServerTable<T extends object>(props: ServerTableProps<T>) {
  const t = useT();
  return (
    <Table<T>
      data-testid={props.testId}
      rowKey={props.rowKey ?? ('id' as keyof T & string)}
      size="middle"
      scroll={{ x: 'max-content' }}
      columns={applySortOrder(props.columns, props.sort)}
      dataSource={props.rows ?? []}
      loading={props.loading}
      expandable={props.expandable}
      locale={{ emptyText: t('common.empty') }}
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (total) => t('common.total', { total }),
      }}
      onChange={(pagination, _filters, sorter) =>
        props.onChange(pagination.current ?? 1, pagination.pageSize ?? props.pageSize, sortFromSorter(sorter))
      }
    />
  );
}

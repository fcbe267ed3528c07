import { Table, type TableProps } from 'antd';
import { useT } from '../../../i18n/i18n-context';

type Props<T> = Omit<TableProps<T>, 'pagination' | 'locale' | 'size' | 'scroll'> & {
  testId: string;
  pageSize?: number;
  emptyText?: string;
};

/** A community page's list: scrolls sideways, pages of 20 with the total, the shared empty text. */
export function ListTable<T extends object>({ testId, pageSize = 20, emptyText, ...rest }: Props<T>) {
  const t = useT();
  return (
    <Table<T>
      data-testid={testId}
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize, showTotal: (total) => t('common.total', { total }), hideOnSinglePage: false }}
      locale={{ emptyText: emptyText ?? t('common.empty') }}
      {...rest}
    />
  );
}

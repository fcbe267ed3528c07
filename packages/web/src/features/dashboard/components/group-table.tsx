import { Table } from 'antd';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { formatNumber } from '../../../shared/format';
import type { GroupCount } from '../summarize';

interface GroupRow extends GroupCount {
  key: string;
  label: string;
}

/** Counts of schools and students per group (urban/rural category or school type). */
export function GroupTable({ rows, testId }: { rows: GroupRow[]; testId: string }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <Table<GroupRow>
      data-testid={testId}
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { key: 'label', dataIndex: 'label', title: '' },
        {
          key: 'schools',
          dataIndex: 'schools',
          title: t('pages.dashboard.schoolCount'),
          align: 'right',
          render: (value: number) => formatNumber(value, locale),
        },
        {
          key: 'students',
          dataIndex: 'students',
          title: t('pages.dashboard.studentCount'),
          align: 'right',
          render: (value: number) => formatNumber(value, locale),
        },
      ]}
    />
  );
}

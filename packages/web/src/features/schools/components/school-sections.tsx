import { Table } from 'antd';
import type { SchoolSection } from '../../../app/api/types';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { formatNumber } from '../../../shared/format';

/** A nine-year or complete school is split into its primary and junior sections (glossary: stage). */
export function SchoolSections({ sections }: { sections: SchoolSection[] }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <Table<SchoolSection>
      data-testid="school-sections"
      size="small"
      rowKey="stage"
      pagination={false}
      dataSource={sections}
      locale={{ emptyText: t('common.empty') }}
      columns={[
        {
          key: 'stage',
          dataIndex: 'stage',
          title: t('pages.schools.detail.sections'),
          render: (_v, row) => enumLabel(t, 'stage', row.stage),
        },
        {
          key: 'students',
          dataIndex: 'students',
          title: t('pages.schools.detail.students'),
          align: 'right',
          render: (_v, row) => formatNumber(row.students, locale),
        },
        {
          key: 'classes',
          dataIndex: 'classes',
          title: t('pages.schools.detail.classes'),
          align: 'right',
          render: (_v, row) => formatNumber(row.classes, locale),
        },
      ]}
    />
  );
}

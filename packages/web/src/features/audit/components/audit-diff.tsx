import { Table, Typography } from 'antd';
import type { AuditEntry } from '../../../app/api/types';
import { useT } from '../../../i18n/i18n-context';
import { diffSnapshots, snapshotText, type FieldChange } from '../diff';

/** Before and after of one audit entry, side by side, only the fields that differ. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const changes = diffSnapshots(entry.before, entry.after);
  if (changes.length === 0)
    return <Typography.Text type="secondary">{t('pages.audit.diff.none')}</Typography.Text>;
  return (
    <Table<FieldChange>
      data-testid="audit-diff"
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={changes}
      columns={[
        { key: 'field', dataIndex: 'field', title: t('pages.audit.diff.field'), width: 200 },
        {
          key: 'before',
          title: t('pages.audit.diff.before'),
          render: (_v, change) => (
            <Typography.Text delete={change.before !== undefined && change.after !== undefined} type="danger">
              {snapshotText(change.before)}
            </Typography.Text>
          ),
        },
        {
          key: 'after',
          title: t('pages.audit.diff.after'),
          render: (_v, change) => (
            <Typography.Text type="success">{snapshotText(change.after)}</Typography.Text>
          ),
        },
      ]}
    />
  );
}

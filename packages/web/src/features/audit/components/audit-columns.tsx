import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AuditEntry } from '../../../app/api/types';
import { enumLabel } from '../../../i18n/enum-label';
import type { Locale, Translate } from '../../../i18n/translate';
import { formatDateTime } from '../../../shared/format';
import { diffSnapshots } from '../diff';

const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  import: 'purple',
  login: 'default',
  logout: 'default',
};

export function auditColumns(t: Translate, locale: Locale): ColumnsType<AuditEntry> {
  return [
    {
      key: 'at',
      dataIndex: 'at',
      title: t('fields.audit.at'),
      render: (_v, entry) => formatDateTime(entry.at, locale),
    },
    { key: 'actorName', dataIndex: 'actorName', title: t('fields.audit.actorName') },
    {
      key: 'action',
      dataIndex: 'action',
      title: t('fields.audit.action'),
      render: (_v, entry) => (
        <Tag color={ACTION_COLORS[entry.action]}>{enumLabel(t, 'auditAction', entry.action)}</Tag>
      ),
    },
    {
      key: 'entity',
      dataIndex: 'entity',
      title: t('fields.audit.entity'),
      render: (_v, entry) => enumLabel(t, 'entity', entry.entity),
    },
    { key: 'entityId', dataIndex: 'entityId', title: t('fields.audit.entityId'), ellipsis: true },
    {
      key: 'changes',
      title: t('fields.audit.changes'),
      render: (_v, entry) => {
        const fields = diffSnapshots(entry.before, entry.after)
          .map((change) => change.field)
          .filter(Boolean);
        const separator = t('common.listSeparator');
        return fields.length > 4 ? `${fields.slice(0, 4).join(separator)}…` : fields.join(separator);
      },
    },
  ];
}

import type { ComplianceRule } from '@junheng/core';
import { InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLocale } from '../../../i18n/i18n-context';
import { defaultRequired, withRequired } from '../settings-edit';
import { localized, useCommunityT } from '../use-community-t';

interface Props {
  value: ComplianceRule[];
  defaults: ComplianceRule[];
  changed: ReadonlySet<string>;
  readOnly: boolean;
  onChange: (next: ComplianceRule[]) => void;
}

/** ACT-2's quotas as parameters: how many of each joint-work event per term or year, the seed beside it. */
export function SettingsQuotasCard({ value, defaults, changed, readOnly, onChange }: Props) {
  const ct = useCommunityT();
  const [locale] = useLocale();
  const columns: ColumnsType<ComplianceRule> = [
    { title: ct('settings.quota.rule'), key: 'label', render: (_, r) => localized(locale, r.label) },
    {
      title: ct('settings.quota.subject'),
      key: 'subject',
      render: (_, r) => <Tag>{ct(`compliance.subject.${r.subject}`)}</Tag>,
    },
    {
      title: ct('settings.quota.period'),
      key: 'period',
      render: (_, r) => ct(`settings.quota.period.${r.period}`),
    },
    {
      title: ct('settings.quota.required'),
      key: 'required',
      render: (_, r) => (
        <Space size={6}>
          <InputNumber
            min={0}
            max={1000}
            size="small"
            disabled={readOnly}
            value={r.required}
            onChange={(n) => onChange(withRequired(value, r.id, n ?? 0))}
            data-testid={`setting-quota-${r.id}`}
          />
          {changed.has(`quota:${r.id}`) && (
            <Tag color="orange" data-testid="setting-changed">
              {ct('settings.changed')}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: ct('settings.quota.default'),
      key: 'default',
      align: 'right',
      render: (_, r) => defaultRequired(defaults, r.id) ?? '—',
    },
    {
      title: ct('settings.quota.source'),
      dataIndex: 'source',
      render: (s: string) => <Typography.Text type="secondary">{s}</Typography.Text>,
    },
  ];
  return (
    <Table<ComplianceRule>
      data-testid="settings-quotas"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={value}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}

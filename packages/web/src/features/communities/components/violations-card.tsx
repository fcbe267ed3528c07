import { Alert, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useLocale } from '../../../i18n/i18n-context';
import { formatDate } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import { fetchViolations, violationsExportUrl } from '../api';
import { isCommunityMessageId } from '../select-messages';
import type { ViolationItem } from '../types';
import { localized, useCommunityT } from '../use-community-t';
import { ExportButton } from './export-button';

/** COM-2: the county's rule breaks today — size cap, uncovered rural schools, one community per kind. */
export function ViolationsCard({ countyId, version }: { countyId: string; version: number }) {
  const ct = useCommunityT();
  const [locale] = useLocale();
  const answer = useRequest(`community-violations:${countyId}:${version}`, (signal) =>
    fetchViolations(countyId, signal),
  );
  const items = answer.data?.items ?? [];
  const date = formatDate(answer.data?.onDate, locale);
  const columns: ColumnsType<ViolationItem> = [
    {
      title: ct('rules.severity'),
      dataIndex: 'severity',
      width: 90,
      render: (s: ViolationItem['severity']) => (
        <Tag color={s === 'error' ? 'red' : 'gold'}>{ct(`rules.severity.${s}`)}</Tag>
      ),
    },
    {
      title: ct('kind'),
      dataIndex: 'code',
      render: (code: string) => {
        const id = `violation.${code}`;
        return isCommunityMessageId(id) ? ct(id) : code;
      },
    },
    {
      title: ct('rules.community'),
      key: 'community',
      render: (_, v) =>
        v.community ? <Link to={`/communities/${v.community.id}`}>{v.community.name}</Link> : '—',
    },
    { title: ct('rules.school'), key: 'school', render: (_, v) => v.school?.name ?? '—' },
    { title: ct('rules.message'), key: 'message', render: (_, v) => localized(locale, v.message) },
  ];
  if (answer.loading && !answer.data) return null;
  return (
    <div data-testid="community-violations" style={{ marginBottom: 16 }}>
      <Alert
        showIcon
        type={
          items.length === 0 ? 'success' : items.some((v) => v.severity === 'error') ? 'error' : 'warning'
        }
        title={
          items.length === 0 ? ct('rules.ok', { date }) : ct('rules.found', { count: items.length, date })
        }
        action={items.length > 0 && <ExportButton url={violationsExportUrl(countyId)} size="small" />}
      />
      {items.length > 0 && (
        <Table<ViolationItem>
          style={{ marginTop: 8 }}
          rowKey={(v) => `${v.code}|${v.community?.id ?? ''}|${v.school?.code ?? ''}`}
          size="small"
          columns={columns}
          dataSource={items}
          pagination={items.length > 10 ? { pageSize: 10 } : false}
        />
      )}
    </div>
  );
}

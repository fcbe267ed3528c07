import { Col, InputNumber, Row, Select, Space, Statistic, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { PageCard } from '../../../shared/components/page-card';
import { formatDate } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import { isCountyLevel } from '../access';
import { fetchCommunities, fetchReminders, remindersExportUrl } from '../api';
import { complianceColumns } from '../components/compliance-columns';
import { CountySelect } from '../components/county-select';
import { ExportButton } from '../components/export-button';
import { ListTable } from '../components/list-table';
import { wholeNumberUpTo } from '../page-params';
import { reminderTotals } from '../structures';
import { termLabel } from '../term-label';
import type { ComplianceItem } from '../types';
import { usePageContext } from '../use-page-context';

/** ACT-2 reminders: quotas still short as the term (or year) ends — who is behind and by how much. */
export function RemindersPage() {
  const { ct, locale, user, search, countyId, setParams } = usePageContext();
  const countyLevel = isCountyLevel(user.role);
  const communityId = search.get('communityId') ?? undefined;
  const withinDays = wholeNumberUpTo(search.get('withinDays'), 366);
  const query = { countyId, communityId, withinDays };
  const reminders = useRequest(countyId ? `community-reminders:${JSON.stringify(query)}` : null, (signal) =>
    fetchReminders(query, signal),
  );
  const communities = useRequest(countyId ? `communities:${countyId}` : null, (signal) =>
    fetchCommunities({ countyId }, signal),
  );
  const answer = reminders.data;
  const days = answer?.withinDays;
  // The window typed in the box, applied on Enter or when the box loses focus.
  const [draft, setDraft] = useState<number | null>(days ?? null);
  useEffect(() => setDraft(days ?? null), [days]);
  const applyDraft = () => setParams({ withinDays: draft === null ? undefined : String(draft) });
  const items = answer?.items ?? [];
  const totals = reminderTotals(items);

  const c = complianceColumns(ct, locale);
  const columns: ColumnsType<ComplianceItem> = [
    c.light,
    c.subject,
    c.rule,
    c.progress,
    {
      title: ct('reminders.missing'),
      dataIndex: 'missing',
      align: 'right',
      sorter: (a, b) => a.missing - b.missing,
      render: (n: number) => (
        <Typography.Text strong type="danger" data-testid="reminder-missing">
          {n}
        </Typography.Text>
      ),
    },
    c.daysLeft,
  ];

  return (
    <div data-testid="reminders-page">
      <PageCard
        title={ct('reminders.title', { term: answer ? termLabel(ct, answer.term.id) : '' })}
        extra={
          <Space wrap>
            <CountySelect />
            {countyLevel && (
              <Select<string>
                style={{ width: 240 }}
                allowClear
                placeholder={ct('compliance.scope.county')}
                value={communityId}
                onChange={(v) => setParams({ communityId: v })}
                options={(communities.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
                data-testid="reminder-community"
              />
            )}
            <Space size={4}>
              <span>{ct('reminders.window')}</span>
              <InputNumber
                min={0}
                max={366}
                style={{ width: 90 }}
                value={draft}
                onChange={setDraft}
                onPressEnter={applyDraft}
                onBlur={applyDraft}
                data-testid="reminder-window"
              />
            </Space>
            <ExportButton url={remindersExportUrl(query)} testId="reminder-export" />
          </Space>
        }
      >
        <ErrorAlert error={reminders.error} onRetry={reminders.reload} />
        {answer && (
          <Typography.Paragraph type="secondary" data-testid="reminder-hint">
            {ct('reminders.hint', { asOf: formatDate(answer.asOf, locale), days: answer.withinDays })}
          </Typography.Paragraph>
        )}
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col xs={8}>
            <Statistic title={ct('reminders.count')} value={totals.count} data-testid="reminder-count" />
          </Col>
          <Col xs={8}>
            <Statistic title={ct('reminders.missingTotal')} value={totals.missing} />
          </Col>
          <Col xs={8}>
            <Statistic title={ct('reminders.behindCount')} value={totals.behind} />
          </Col>
        </Row>
        <ListTable<ComplianceItem>
          testId="reminder-table"
          rowKey={(r) => `${r.ruleId}|${r.subjectId}`}
          loading={reminders.loading}
          columns={columns}
          dataSource={items}
          emptyText={ct('reminders.empty')}
        />
      </PageCard>
    </div>
  );
}

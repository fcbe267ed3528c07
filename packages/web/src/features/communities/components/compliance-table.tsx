import type { TrafficLight } from '@junheng/core';
import { Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { LIGHT_COLORS, sortByUrgency } from '../select';
import type { ComplianceAnswer, ComplianceItem } from '../types';
import { useCommunityT } from '../use-community-t';
import { complianceColumns } from './compliance-columns';

/** The light counts of a compliance answer, one tag per light (the summary the pages show on top). */
export function LightSummary({ summary }: { summary: ComplianceAnswer['summary'] }) {
  const ct = useCommunityT();
  const order: TrafficLight[] = ['red', 'amber', 'green'];
  return (
    <Space wrap data-testid="compliance-summary">
      {order.map((l) => (
        <Tag key={l} color={LIGHT_COLORS[l]} data-testid={`compliance-count-${l}`}>
          {ct(`light.${l}`)} {summary.byStatus[l]}
        </Tag>
      ))}
    </Space>
  );
}

interface Props {
  answer: ComplianceAnswer | undefined;
  loading: boolean;
  testId: string;
  /** Show the subject column (county and school views list several subjects). */
  showSubject?: boolean;
  compact?: boolean;
}

/** Every quota with its light, done / required, how far behind, and the days left (ACT-2 traffic lights). */
export function ComplianceTable({ answer, loading, testId, showSubject = true, compact = false }: Props) {
  const t = useT();
  const ct = useCommunityT();
  const [locale] = useLocale();
  const [onlyBehind, setOnlyBehind] = useState(false);
  const rows = useMemo(() => {
    const sorted = sortByUrgency(answer?.items ?? []);
    return onlyBehind ? sorted.filter((r) => r.status !== 'green') : sorted;
  }, [answer, onlyBehind]);

  const c = complianceColumns(ct, locale);
  // The cockpit's narrow column shows done / required next to the light, where it cannot scroll away.
  const columns: ColumnsType<ComplianceItem> = compact
    ? [c.light, c.progress, c.rule, ...(showSubject ? [c.subject] : [])]
    : [c.light, c.rule, ...(showSubject ? [c.subject] : []), c.progress, c.daysLeft];

  return (
    <div data-testid={testId}>
      <Space style={{ marginBottom: 8 }} wrap>
        {answer && <LightSummary summary={answer.summary} />}
        <Space size={4}>
          <Switch size="small" checked={onlyBehind} onChange={setOnlyBehind} />
          <Typography.Text type="secondary">{ct('compliance.onlyBehind')}</Typography.Text>
        </Space>
      </Space>
      <Table<ComplianceItem>
        rowKey={(r) => `${r.ruleId}|${r.subjectId}`}
        size="small"
        loading={loading}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={
          rows.length > 10 ? { pageSize: 10, showTotal: (total) => t('common.total', { total }) } : false
        }
        locale={{ emptyText: ct('compliance.empty') }}
      />
    </div>
  );
}

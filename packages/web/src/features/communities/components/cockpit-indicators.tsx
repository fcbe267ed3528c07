import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { Standard } from '@junheng/core';
import { useLocale } from '../../../i18n/i18n-context';
import { formatNumber } from '../../../shared/format';
import { comparisonChartOption } from '../chart-options';
import type { MemberComparison } from '../select';
import { useCommunityT } from '../use-community-t';
import { CommunityChart } from './community-chart';

type Row = MemberComparison['members'][number] & { lead?: boolean };

/** Each member's resource indicators against the lead's: a grouped bar chart (lead = 100%) and the values. */
export function CockpitIndicators({
  comparison,
  standard,
}: {
  comparison: MemberComparison;
  standard: Standard;
}) {
  const ct = useCommunityT();
  const [locale] = useLocale();
  const items = standard.schoolRule?.items ?? standard.indicators;
  const keys = items.map((i) => i.key);
  const name = (key: string) => {
    const item = items.find((i) => i.key === key);
    return item ? (locale === 'zh-CN' ? item.name.zh : item.name.en) : key;
  };
  const option = useMemo(
    () => comparisonChartOption(comparison, keys, { indicator: name, ofLead: ct('cockpit.ofLead') }),
    // keys and name follow the standard and the locale
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [comparison, standard, locale, ct],
  );
  const rows: Row[] = [{ ...comparison.lead, percentOfLead: {}, lead: true }, ...comparison.members];
  const columns: ColumnsType<Row> = [
    {
      title: ct('members.school'),
      dataIndex: 'schoolName',
      fixed: 'left',
      render: (n: string, r) =>
        r.lead ? <Typography.Text strong>{`${n}（${ct('members.leadTag')}）`}</Typography.Text> : n,
    },
    ...keys.map((key) => ({
      title: name(key),
      key,
      align: 'right' as const,
      render: (_: unknown, r: Row) => {
        const value = r.values[key];
        const pct = r.percentOfLead[key];
        return (
          <span>
            {formatNumber(value, locale, 2)}
            {!r.lead && pct !== null && pct !== undefined && (
              <Typography.Text
                type={pct < 100 ? 'danger' : 'success'}
                style={{ marginInlineStart: 6, fontSize: 12 }}
              >
                {pct}%
              </Typography.Text>
            )}
          </span>
        );
      },
    })),
  ];
  return (
    <div data-testid="cockpit-indicators">
      <CommunityChart option={option} height={360} testId="cockpit-indicators-chart" />
      <Table<Row>
        rowKey="schoolCode"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </div>
  );
}

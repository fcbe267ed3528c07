import type { Standard } from '@junheng/core';
import { Card, Empty, Segmented, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { STAGES, type Stage } from '../../../app/api/types';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { Chart } from '../../../shared/components/chart';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { formatSchoolYear } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import { fetchTrend } from '../api';
import type { EvalColumn } from '../columns';
import { formatCv, localized, NO_VALUE } from '../format';
import { trendSeries } from '../select';
import { FAILING_CELL } from './compliance-columns';
import { EvalTable } from './eval-table';
import { trendChartOption } from './trend-chart-option';

interface TrendRow {
  key: string;
  name: string;
  values: (number | null)[];
  /** The line a value must stay under: the stage's CV threshold, or the composite's. */
  threshold: number;
}

/** BAL-7: each indicator's CV over the county's school years against the threshold. */
export function TrendsTab({
  countyId,
  standard,
  exportPrefix,
}: {
  countyId: string;
  standard: Standard | undefined;
  exportPrefix: string;
}) {
  const t = useT();
  const [locale] = useLocale();
  const [stage, setStage] = useState<Stage>('primary');
  const standardId = standard?.id ?? '';
  const trend = useRequest(standard ? `trend:${countyId}:${standardId}` : null, (signal) =>
    fetchTrend({ countyId, standard: standardId }, signal),
  );
  const keys = useMemo(() => (standard?.indicators ?? []).map((i) => i.key), [standard]);
  const series = useMemo(() => trendSeries(trend.data?.items ?? [], stage, keys), [trend.data, stage, keys]);
  const option = useMemo(
    () =>
      standard
        ? trendChartOption(
            t,
            locale,
            standard,
            series,
            standard.cvThresholds[stage],
            standard.composite?.threshold[stage],
          )
        : {},
    [t, locale, standard, series, stage],
  );
  const rows: TrendRow[] = useMemo(
    () => [
      ...series.lines.map((line) => {
        const d = standard?.indicators.find((i) => i.key === line.key);
        return {
          key: line.key,
          name: d ? localized(d.name, locale) : line.key,
          values: line.values,
          threshold: standard?.cvThresholds[stage] ?? Number.POSITIVE_INFINITY,
        };
      }),
      ...(series.composite
        ? [
            {
              key: 'composite',
              name: t('pages.evaluation.trends.composite'),
              values: series.composite,
              threshold: standard?.composite?.threshold[stage] ?? Number.POSITIVE_INFINITY,
            },
          ]
        : []),
    ],
    [series, standard, locale, t, stage],
  );
  const columns = useMemo(
    (): EvalColumn<TrendRow>[] => [
      { key: 'name', title: t('pages.evaluation.col.indicator'), value: (r) => r.name },
      ...series.years.map((year, i): EvalColumn<TrendRow> => ({
        key: year,
        title: formatSchoolYear(t, year),
        align: 'right',
        value: (r) => r.values[i] ?? null,
        exportValue: (r) => {
          const v = r.values[i];
          return v === null || v === undefined ? NO_VALUE : Number(v.toFixed(3));
        },
        render: (r) => formatCv(r.values[i]),
        cellStyle: (r) => ((r.values[i] ?? 0) > r.threshold ? FAILING_CELL : undefined),
      })),
    ],
    [t, series.years],
  );
  if (trend.error) return <ErrorAlert error={trend.error} onRetry={trend.reload} />;
  if (!trend.data || !standard) return <Skeleton active />;
  const stageName = enumLabel(t, 'stage', stage);
  return (
    <div data-testid="evaluation-trends">
      <Segmented<Stage>
        value={stage}
        onChange={setStage}
        options={STAGES.map((s) => ({ value: s, label: enumLabel(t, 'stage', s) }))}
        style={{ marginBottom: 16 }}
        data-testid="trend-stage"
      />
      {series.years.length === 0 ? (
        <Empty />
      ) : (
        <>
          <Card title={t('pages.evaluation.trends.title', { stage: stageName })} style={{ marginBottom: 16 }}>
            {series.years.length === 1 && (
              <Typography.Text type="secondary">{t('pages.evaluation.trends.none')}</Typography.Text>
            )}
            <Chart option={option} height={380} testId="trend-chart" />
          </Card>
          <Card style={{ marginBottom: 16 }}>
            <EvalTable
              testId="trend-table"
              title={t('pages.evaluation.trends.table')}
              columns={columns}
              rows={rows}
              rowKey={(r) => r.key}
              exportName={`${exportPrefix}-${t('pages.evaluation.trends.table')}-${stageName}`}
            />
          </Card>
        </>
      )}
    </div>
  );
}

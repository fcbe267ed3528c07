import { DEFAULT_CLASS_SIZE_TARGETS, type EvaluationAnalysis } from '@junheng/core';
import { Alert, Card, Empty, Tag } from 'antd';
import { useMemo } from 'react';
import { enumLabel } from '../../../i18n/enum-label';
import { useT } from '../../../i18n/i18n-context';
import { Chart } from '../../../shared/components/chart';
import type { EvalColumn } from '../columns';
import { formatPercent } from '../format';
import {
  bandCounts,
  EVALUATION_STAGES,
  sectionNames,
  superOversizedSchools,
  type SuperOversizedSchool,
} from '../select';
import { bandLabels, classSizeColumns, type ClassSizeRow } from './class-size-columns';
import { EvalTable } from './eval-table';

const BAND_COLOURS = ['#52c41a', '#1677ff', '#fa8c16', '#f5222d'];

/** Class sizes of the evaluated schools (standards.md §6) against the national targets. */
export function ClassSizeTab({
  analysis,
  exportPrefix,
}: {
  analysis: EvaluationAnalysis;
  exportPrefix: string;
}) {
  const t = useT();
  const report = analysis.classSize;
  const rows: ClassSizeRow[] = [
    ...EVALUATION_STAGES.map((stage) => ({
      key: stage,
      label: enumLabel(t, 'stage', stage),
      counts: report.county[stage],
    })),
    { key: 'total', label: t('pages.evaluation.classSize.total'), counts: report.county.total },
  ];
  const columns = useMemo(() => classSizeColumns(t), [t]);
  const names = useMemo(() => sectionNames(analysis), [analysis]);
  const superSchools = useMemo(() => superOversizedSchools(report, names), [report, names]);
  const superColumns = useMemo(
    (): EvalColumn<SuperOversizedSchool>[] => [
      { key: 'school', title: t('pages.evaluation.col.school'), sortable: true, value: (s) => s.schoolName },
      {
        key: 'super',
        title: t('pages.evaluation.classSize.superCount'),
        align: 'right',
        sortable: true,
        value: (s) => s.superOversized,
      },
      {
        key: 'oversized',
        title: t('pages.evaluation.classSize.oversizedCount'),
        align: 'right',
        value: (s) => s.oversized,
      },
      {
        key: 'classes',
        title: t('pages.evaluation.classSize.classes'),
        align: 'right',
        value: (s) => s.classes,
      },
      {
        key: 'max',
        title: t('pages.evaluation.classSize.maxSize'),
        align: 'right',
        sortable: true,
        value: (s) => s.maxSize,
      },
      {
        key: 'source',
        title: t('pages.evaluation.classSize.source'),
        value: (s) =>
          t(
            s.source === 'classes'
              ? 'pages.evaluation.classSize.sourceClasses'
              : 'pages.evaluation.classSize.sourceAverage',
          ),
      },
    ],
    [t],
  );
  const option = useMemo(() => {
    const labels = bandLabels(t);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 48, right: 24, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: EVALUATION_STAGES.map((s) => enumLabel(t, 'stage', s)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: labels.map((name, i) => ({
        type: 'bar',
        stack: 'bands',
        name,
        barMaxWidth: 72,
        itemStyle: { color: BAND_COLOURS[i] },
        data: EVALUATION_STAGES.map((s) => bandCounts(report.county[s])[i] ?? 0),
      })),
    };
  }, [t, report]);
  const target = t('pages.evaluation.classSize.target', {
    share: formatPercent(DEFAULT_CLASS_SIZE_TARGETS.maxOversizedShare, 0),
  });
  return (
    <div data-testid="evaluation-class-size">
      <Alert
        type={report.meetsTargets ? 'success' : 'warning'}
        showIcon
        style={{ marginBottom: 16 }}
        title={
          <span data-testid="class-size-verdict">
            {t(
              report.meetsTargets
                ? 'pages.evaluation.classSize.meets'
                : 'pages.evaluation.classSize.notMeets',
            )}
          </span>
        }
        description={target}
      />
      <Card title={t('pages.evaluation.classSize.title')} style={{ marginBottom: 16 }}>
        <EvalTable
          testId="class-size-table"
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          exportName={`${exportPrefix}-${t('pages.evaluation.classSize.title')}`}
        />
        <Chart option={option} height={280} testId="class-size-chart" />
      </Card>
      <Card
        title={
          <>
            {t('pages.evaluation.classSize.superSchools')}{' '}
            <Tag color={superSchools.length > 0 ? 'red' : 'green'}>{superSchools.length}</Tag>
          </>
        }
        style={{ marginBottom: 16 }}
      >
        {superSchools.length === 0 ? (
          <Empty description={t('pages.evaluation.classSize.noSuper')} />
        ) : (
          <EvalTable
            testId="super-oversized-table"
            columns={superColumns}
            rows={superSchools}
            rowKey={(s) => s.schoolCode}
            exportName={`${exportPrefix}-${t('pages.evaluation.classSize.superSchools')}`}
          />
        )}
      </Card>
    </div>
  );
}

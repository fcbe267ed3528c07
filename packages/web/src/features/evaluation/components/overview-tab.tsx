import type { Standard } from '@junheng/core';
import { Card, Empty } from 'antd';
import { useMemo } from 'react';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { countyOf, EVALUATION_STAGES } from '../select';
import type { CurrentEvaluation } from '../types';
import { EvalTable } from './eval-table';
import { exclusionColumns } from './exclusion-columns';
import { RunsPanel } from './runs-panel';
import { StageCard } from './stage-card';

interface OverviewTabProps {
  evaluation: CurrentEvaluation;
  standard: Standard | undefined;
  /** School code → name for every school of the county (excluded ones are not in the report's sections). */
  names: ReadonlyMap<string, string>;
  exportPrefix: string;
}

/** The county's verdict per stage, the schools left out and why, and the saved runs. */
export function OverviewTab({ evaluation, standard, names, exportPrefix }: OverviewTabProps) {
  const t = useT();
  const [locale] = useLocale();
  const county = countyOf(evaluation.result);
  const columns = useMemo(() => exclusionColumns(t, locale, names), [t, locale, names]);
  if (!county) return <Empty />;
  return (
    <div data-testid="evaluation-overview">
      {EVALUATION_STAGES.map((stage) => (
        <StageCard
          key={stage}
          stage={stage}
          result={county.stages[stage]}
          standard={standard}
          exportPrefix={exportPrefix}
        />
      ))}
      <Card
        title={t('pages.evaluation.overview.exclusions', { count: county.excluded.length })}
        style={{ marginBottom: 16 }}
      >
        {county.excluded.length === 0 ? (
          <Empty description={t('pages.evaluation.overview.noExclusions')} />
        ) : (
          <EvalTable
            testId="exclusions-table"
            columns={columns}
            rows={county.excluded}
            rowKey={(e) => `${e.schoolCode}:${e.stage ?? ''}`}
            exportName={`${exportPrefix}-${t('pages.evaluation.col.reason')}`}
          />
        )}
      </Card>
      <RunsPanel
        query={{
          countyId: evaluation.countyId,
          schoolYear: evaluation.schoolYear,
          standard: evaluation.standard,
        }}
        exportName={`${exportPrefix}-${t('pages.evaluation.runs.title')}`}
      />
    </div>
  );
}

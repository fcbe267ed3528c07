import type { Standard } from '@junheng/core';
import { Card, Skeleton } from 'antd';
import { useMemo } from 'react';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import type { Locale, Translate } from '../../../i18n/translate';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { formatSchoolYear } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import { fetchCompare } from '../api';
import type { EvalColumn } from '../columns';
import { formatCv, localized, NO_VALUE } from '../format';
import { EVALUATION_STAGES } from '../select';
import type { CompareRow } from '../types';
import { verdictText } from '../verdict';
import { EvalTable } from './eval-table';
import { VerdictTag } from './verdict-tag';

function compareColumns(t: Translate, locale: Locale, standard: Standard): EvalColumn<CompareRow>[] {
  const nameOf = (key: string) => {
    const d = standard.indicators.find((i) => i.key === key);
    return d ? localized(d.name, locale) : key;
  };
  const cv = (v: number | null) => (v === null ? NO_VALUE : Number(v.toFixed(3)));
  const perStage = EVALUATION_STAGES.flatMap((stage): EvalColumn<CompareRow>[] => {
    const s = enumLabel(t, 'stage', stage);
    return [
      {
        key: `${stage}-pass`,
        title: t('pages.evaluation.city.verdict', { stage: s }),
        value: (r) => verdictText(t, r.stages[stage].pass),
        render: (r) => <VerdictTag pass={r.stages[stage].pass} />,
        sortable: true,
      },
      {
        key: `${stage}-n`,
        title: t('pages.evaluation.city.schoolCount', { stage: s }),
        align: 'right',
        value: (r) => r.stages[stage].schoolCount,
      },
      ...(standard.composite
        ? [
            {
              key: `${stage}-composite`,
              title: t('pages.evaluation.city.compositeCv', { stage: s }),
              align: 'right' as const,
              sortable: true,
              value: (r: CompareRow) => r.stages[stage].compositeCv,
              exportValue: (r: CompareRow) => cv(r.stages[stage].compositeCv),
              render: (r: CompareRow) => formatCv(r.stages[stage].compositeCv),
            },
          ]
        : []),
      {
        key: `${stage}-max`,
        title: t('pages.evaluation.city.maxCv', { stage: s }),
        align: 'right',
        sortable: true,
        value: (r) => r.stages[stage].maxCv,
        exportValue: (r) => cv(r.stages[stage].maxCv),
        render: (r) => formatCv(r.stages[stage].maxCv),
      },
      {
        key: `${stage}-failing`,
        title: t('pages.evaluation.city.failingIndicators', { stage: s }),
        width: 240,
        value: (r) => r.stages[stage].failingIndicators.map(nameOf).join(t('common.listSeparator')),
      },
    ];
  });
  return [
    { key: 'code', title: t('pages.evaluation.city.countyCode'), value: (r) => r.countyCode, sortable: true },
    {
      key: 'name',
      title: t('pages.evaluation.city.county'),
      value: (r) => r.countyName,
      fixed: 'left',
      sortable: true,
    },
    ...perStage,
    {
      key: 'failingSchools',
      title: t('pages.evaluation.city.failingSchools'),
      align: 'right',
      sortable: true,
      value: (r) => r.failingSchools,
    },
  ];
}

/** The city view: every county in scope for one school year and standard. */
export function CityTab({ schoolYear, standard }: { schoolYear: string; standard: Standard | undefined }) {
  const t = useT();
  const [locale] = useLocale();
  const standardId = standard?.id ?? '';
  const compare = useRequest(standard ? `compare:${schoolYear}:${standardId}` : null, (signal) =>
    fetchCompare({ schoolYear, standard: standardId }, signal),
  );
  const columns = useMemo(() => (standard ? compareColumns(t, locale, standard) : []), [t, locale, standard]);
  if (compare.error) return <ErrorAlert error={compare.error} onRetry={compare.reload} />;
  if (!compare.data) return <Skeleton active />;
  return (
    <Card title={t('pages.evaluation.city.title')} data-testid="evaluation-city">
      <EvalTable
        testId="compare-table"
        columns={columns}
        rows={compare.data.items}
        rowKey={(r) => r.countyId}
        exportName={`${t('pages.evaluation.city.title')}-${formatSchoolYear(t, schoolYear)}`}
        pageSize={50}
      />
    </Card>
  );
}

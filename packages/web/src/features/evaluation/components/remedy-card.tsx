import { RESOURCE_LABELS, type Remedy, type RemedyAddition } from '@junheng/core';
import { Alert, Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useLocale, useT } from '../../../i18n/i18n-context';
import type { Translate } from '../../../i18n/translate';
import type { EvalColumn } from '../columns';
import { formatAmount, formatBelow, formatCv, formatFixed, localized } from '../format';
import { EvalTable } from './eval-table';

function additionColumns(t: Translate, unit: string): EvalColumn<RemedyAddition>[] {
  return [
    { key: 'school', title: t('pages.evaluation.col.school'), sortable: true, value: (a) => a.schoolName },
    { key: 'students', title: t('pages.evaluation.col.students'), align: 'right', value: (a) => a.students },
    {
      key: 'before',
      title: t('pages.evaluation.drivers.valueBefore'),
      align: 'right',
      value: (a) => Number(a.valueBefore.toFixed(3)),
      render: (a) => formatFixed(a.valueBefore, 3),
    },
    {
      key: 'after',
      title: t('pages.evaluation.drivers.valueAfter'),
      align: 'right',
      value: (a) => Number(a.valueAfter.toFixed(3)),
      render: (a) => formatFixed(a.valueAfter, 3),
    },
    {
      key: 'add',
      title: t('pages.evaluation.drivers.addUnit', { unit }),
      align: 'right',
      sortable: true,
      value: (a) => a.add,
      render: (a) => <Typography.Text strong>{formatAmount(a.add)}</Typography.Text>,
    },
  ];
}

/** BAL-4: the smallest addition of the indicator's resource that brings its CV under the threshold. */
export function RemedyCard({ remedy, exportName }: { remedy: Remedy | undefined; exportName: string }) {
  const t = useT();
  const [locale] = useLocale();
  const unit = remedy?.status === 'remedied' ? localized(RESOURCE_LABELS[remedy.resource].unit, locale) : '';
  const columns = useMemo(() => additionColumns(t, unit), [t, unit]);
  let body;
  if (remedy?.status === 'remedied') {
    body = (
      <>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={<span data-testid="remedy-summary">{localized(remedy.summary, locale)}</span>}
          description={t('pages.evaluation.drivers.cvAfter', {
            after: formatBelow(remedy.cvAfter, remedy.threshold),
            before: formatCv(remedy.cvBefore),
            threshold: formatFixed(remedy.threshold, 2),
          })}
        />
        <EvalTable
          testId="remedy-table"
          columns={columns}
          rows={remedy.additions}
          rowKey={(a) => `${a.schoolCode}:${a.stage}`}
          exportName={exportName}
          pageSize={20}
        />
      </>
    );
  } else if (remedy?.status === 'undefinedCv') {
    body = <Alert type="warning" showIcon title={t('pages.evaluation.drivers.remedyUndefined')} />;
  } else if (remedy?.status === 'infeasible') {
    body = <Alert type="warning" showIcon title={t('pages.evaluation.drivers.remedyInfeasible')} />;
  } else {
    // remedyCounty() lists only the indicators over their threshold: no remedy means nothing to add.
    body = <Alert type="success" showIcon title={t('pages.evaluation.drivers.remedyPasses')} />;
  }
  return (
    <Card title={t('pages.evaluation.drivers.remedy')} data-testid="remedy-card" style={{ marginBottom: 16 }}>
      {body}
    </Card>
  );
}

import type { IndicatorResult, Standard } from '@junheng/core';
import { Tooltip } from 'antd';
import type { Locale, Translate } from '../../../i18n/translate';
import type { EvalColumn } from '../columns';
import { formatCv, formatFixed, localized, NO_VALUE } from '../format';
import { verdictText } from '../verdict';
import { VerdictTag } from './verdict-tag';

/** The county indicator table of one stage: mean, CV to 3 decimals, threshold, verdict. */
export function indicatorColumns(
  t: Translate,
  locale: Locale,
  standard: Standard | undefined,
): EvalColumn<IndicatorResult>[] {
  const unitOf = (key: string) => {
    const unit = standard?.indicators.find((i) => i.key === key)?.unit;
    return unit ? localized(unit, locale) : '';
  };
  return [
    { key: 'name', title: t('pages.evaluation.col.indicator'), value: (r) => localized(r.name, locale) },
    { key: 'unit', title: t('pages.evaluation.col.unit'), value: (r) => unitOf(r.key) },
    {
      key: 'mean',
      title: t('pages.evaluation.col.mean'),
      align: 'right',
      sortable: true,
      value: (r) => r.mean,
      exportValue: (r) => Number(r.mean.toFixed(3)),
      render: (r) => formatFixed(r.mean, 3),
    },
    {
      key: 'cv',
      title: t('pages.evaluation.col.cv'),
      align: 'right',
      sortable: true,
      value: (r) => r.cv,
      exportValue: (r) => (r.cv === null ? NO_VALUE : Number(r.cv.toFixed(3))),
      render: (r) =>
        r.cv === null ? (
          <Tooltip title={t(`pages.evaluation.cvUndefined.${r.cvUndefinedReason ?? 'zeroMean'}`)}>
            {NO_VALUE}
          </Tooltip>
        ) : (
          <span style={{ color: r.pass === false ? '#cf1322' : undefined }}>{formatCv(r.cv)}</span>
        ),
    },
    {
      key: 'threshold',
      title: t('pages.evaluation.col.threshold'),
      align: 'right',
      value: (r) => r.threshold,
      render: (r) => `≤ ${formatFixed(r.threshold, 2)}`,
    },
    {
      key: 'pass',
      title: t('pages.evaluation.col.verdict'),
      value: (r) => verdictText(t, r.pass),
      render: (r) => <VerdictTag pass={r.pass} />,
    },
  ];
}

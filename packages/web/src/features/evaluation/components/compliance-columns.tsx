import type { SchoolResult, Standard } from '@junheng/core';
import { enumLabel } from '../../../i18n/enum-label';
import type { Locale, Translate } from '../../../i18n/translate';
import type { EvalColumn } from '../columns';
import { formatFixed, localized } from '../format';
import { schoolValueColumns } from '../select';
import { verdictText } from '../verdict';
import { VerdictTag } from './verdict-tag';

/** A failing value's cell: red, as the bureau marks it in its own tables. */
export const FAILING_CELL = { background: '#fff1f0', color: '#cf1322', fontWeight: 600 } as const;

/** Values of schools are shown to 2 decimals; the verdicts were reached on the unrounded values. */
const VALUE_DIGITS = 2;

export function complianceColumns(
  t: Translate,
  locale: Locale,
  standard: Standard,
): EvalColumn<SchoolResult>[] {
  const stageName = (stage: 'primary' | 'junior') => enumLabel(t, 'stage', stage);
  const values = schoolValueColumns(standard).map((item): EvalColumn<SchoolResult> => {
    const minimum = item.minimum;
    const limits = minimum
      ? t('pages.evaluation.compliance.minimums', {
          primary: stageName('primary'),
          junior: stageName('junior'),
          p: minimum.primary,
          j: minimum.junior,
        })
      : '';
    return {
      key: item.key,
      title: `${localized(item.name, locale)}${limits}`,
      align: 'right',
      sortable: true,
      value: (s) => s.values[item.key] ?? null,
      exportValue: (s) => {
        const v = s.values[item.key];
        return v === undefined ? null : Number(v.toFixed(VALUE_DIGITS));
      },
      render: (s) => formatFixed(s.values[item.key], VALUE_DIGITS),
      cellStyle: (s) => (s.meets[item.key] === false ? FAILING_CELL : undefined),
      width: 112,
    };
  });
  const rule: EvalColumn<SchoolResult>[] = standard.schoolRule
    ? [
        {
          key: 'metCount',
          title: t('pages.evaluation.compliance.metCount'),
          align: 'right',
          sortable: true,
          value: (s) => s.metCount,
          render: (s) => `${s.metCount}/${standard.schoolRule?.items.length ?? 0}`,
        },
        {
          key: 'pass',
          title: t('pages.evaluation.compliance.pass'),
          sortable: true,
          value: (s) => verdictText(t, s.pass),
          render: (s) => <VerdictTag pass={s.pass} />,
        },
      ]
    : [];
  return [
    {
      key: 'school',
      title: t('pages.evaluation.col.school'),
      fixed: 'left',
      sortable: true,
      value: (s) => s.schoolName,
    },
    // In the workbook, not on screen: the seven values need the width.
    {
      key: 'schoolCode',
      title: t('pages.evaluation.col.schoolCode'),
      value: (s) => s.schoolCode,
      exportOnly: true,
    },
    { key: 'stage', title: t('pages.evaluation.col.stage'), value: (s) => enumLabel(t, 'stage', s.stage) },
    {
      key: 'students',
      title: t('pages.evaluation.col.students'),
      align: 'right',
      sortable: true,
      value: (s) => s.students,
    },
    // The verdict before the values, so it is in view while the values scroll sideways.
    ...rule,
    ...values,
  ];
}

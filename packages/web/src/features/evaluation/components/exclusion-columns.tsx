import { EXCLUSION_REASON_LABELS, type Exclusion } from '@junheng/core';
import { enumLabel } from '../../../i18n/enum-label';
import type { Locale, Translate } from '../../../i18n/translate';
import type { EvalColumn } from '../columns';
import { localized } from '../format';

/** Every school or section left out of the population, with its reason (standards.md §2). */
export function exclusionColumns(
  t: Translate,
  locale: Locale,
  names: ReadonlyMap<string, string>,
): EvalColumn<Exclusion>[] {
  return [
    {
      key: 'school',
      title: t('pages.evaluation.col.school'),
      sortable: true,
      value: (e) => names.get(e.schoolCode) ?? e.schoolCode,
    },
    { key: 'schoolCode', title: t('pages.evaluation.col.schoolCode'), value: (e) => e.schoolCode },
    {
      key: 'stage',
      title: t('pages.evaluation.col.stage'),
      value: (e) => (e.stage ? enumLabel(t, 'stage', e.stage) : t('pages.evaluation.col.wholeSchool')),
    },
    {
      key: 'reason',
      title: t('pages.evaluation.col.reason'),
      sortable: true,
      value: (e) => localized(EXCLUSION_REASON_LABELS[e.reason], locale),
    },
  ];
}

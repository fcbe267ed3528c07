import type { Translate } from '../../i18n/translate';

/** The verdict as text, for Excel and for sorting. */
export function verdictText(t: Translate, pass: boolean | null | undefined): string {
  if (pass === true) return t('pages.evaluation.verdict.pass');
  if (pass === false) return t('pages.evaluation.verdict.fail');
  return t('pages.evaluation.verdict.unknown');
}

import { useMemo } from 'react';
import { useLocale } from '../../i18n/i18n-context';
import { interpolate, type Locale, type MessageVars } from '../../i18n/translate';
import { rotationEn, rotationZh, type RotationMessageId } from './messages';

export type RotationT = (id: RotationMessageId, vars?: MessageVars) => string;

const MAPS: Record<Locale, Record<RotationMessageId, string>> = { 'zh-CN': rotationZh, 'en-US': rotationEn };

export function rotationTranslate(locale: Locale): RotationT {
  return (id, vars) => interpolate(MAPS[locale][id], vars);
}

/** The rotation pages' translator for the current locale. */
export function useRotationT(): RotationT {
  const [locale] = useLocale();
  return useMemo(() => rotationTranslate(locale), [locale]);
}

/** A reason, shortfall or violation in the current locale (they carry both texts). */
export const textOf = (locale: Locale, x: { zh: string; en: string }) => (locale === 'zh-CN' ? x.zh : x.en);

import { useMemo } from 'react';
import { useLocale } from '../../i18n/i18n-context';
import { interpolate, type Locale, type MessageVars } from '../../i18n/translate';
import { communityEn, communityZh, type CommunityMessageId } from './messages';

export type CommunityT = (id: CommunityMessageId, vars?: MessageVars) => string;

const MAPS: Record<Locale, Record<CommunityMessageId, string>> = {
  'zh-CN': communityZh,
  'en-US': communityEn,
};

export function communityTranslate(locale: Locale): CommunityT {
  return (id, vars) => interpolate(MAPS[locale][id], vars);
}

/** The community pages' translator for the current locale. */
export function useCommunityT(): CommunityT {
  const [locale] = useLocale();
  return useMemo(() => communityTranslate(locale), [locale]);
}

/** A text the server or the core carries in both locales (kinds, rules, violations). */
export const localized = (locale: Locale, text: { 'zh-CN': string; 'en-US': string } | null | undefined) =>
  text ? text[locale] : '';

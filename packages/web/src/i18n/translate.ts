import { enUS } from './en-US';
import { zhCN, type MessageId } from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'jh_locale';

export type MessageVars = Record<string, string | number>;
export type Translate = (id: MessageId, vars?: MessageVars) => string;

const MESSAGES: Record<Locale, Record<MessageId, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** `{name}` placeholders; an unknown placeholder stays visible so a missing variable is noticed. */
export function interpolate(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

export function translate(locale: Locale, id: MessageId, vars?: MessageVars): string {
  return interpolate(MESSAGES[locale][id], vars);
}

export function isMessageId(id: string): id is MessageId {
  return Object.prototype.hasOwnProperty.call(zhCN, id);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The persisted choice, else the default (zh-CN first: architecture.md). */
export function loadLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  try {
    const saved = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    // Storage can throw in private modes; the default is then the only sensible choice.
    return DEFAULT_LOCALE;
  }
}

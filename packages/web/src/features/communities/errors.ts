import { ApiError, errorMessageId } from '../../app/api/errors';
import type { Locale, Translate } from '../../i18n/translate';

const HAN = /[\u4e00-\u9fff]/;

/**
 * The half of a server message written "english / 中文" (the communities services' style) for a locale; null
 * for a message not written that way (a schema error's path, a proxy's text).
 */
export function serverMessageIn(message: string, locale: Locale): string | null {
  const at = message.lastIndexOf(' / ');
  if (at <= 0) return null;
  const en = message.slice(0, at).trim();
  const zh = message.slice(at + 3).trim();
  if (!HAN.test(zh) || HAN.test(en) || en === '' || zh === '') return null;
  return locale === 'zh-CN' ? zh : en;
}

/**
 * A failed write as one line: the shared message for its code, followed — when a locale is given and the server
 * said why in both languages — by the reason in that locale ("提交的数据有误：结束日期早于开始日期"). Rule
 * conflicts show the server's text, which names the broken rules in both languages.
 */
export function errorText(t: Translate, cause: unknown, locale?: Locale): string {
  const e = cause instanceof ApiError ? cause : new ApiError(0, 'UNKNOWN', String(cause));
  if (e.code === 'COMMUNITY_CONFLICT') return e.message;
  const base = t(errorMessageId(e.code, e.status), { message: e.message });
  const reason = locale ? serverMessageIn(e.message, locale) : null;
  if (!reason || !locale) return base;
  return locale === 'zh-CN' ? `${base}：${reason}` : `${base}: ${reason}`;
}

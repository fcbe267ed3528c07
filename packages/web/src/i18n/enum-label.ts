import type { Translate } from './translate';
import { isMessageId } from './translate';

export type EnumName =
  | 'schoolType'
  | 'urbanRural'
  | 'ownership'
  | 'stage'
  | 'education'
  | 'title'
  | 'backboneLevel'
  | 'subject'
  | 'gender'
  | 'post'
  | 'role'
  | 'auditAction'
  | 'entity';

/**
 * The localized label of an enumeration value. Values the client does not know yet (a newer server) are shown
 * as they are rather than hidden.
 */
export function enumLabel(t: Translate, name: EnumName, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') {
    return name === 'backboneLevel' ? t('enums.backboneLevel.none') : '';
  }
  const id = `enums.${name}.${value}`;
  return isMessageId(id) ? t(id) : value;
}

/** Options for a Select over an enumeration. */
export function enumOptions(
  t: Translate,
  name: EnumName,
  values: readonly string[],
): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: enumLabel(t, name, value) }));
}

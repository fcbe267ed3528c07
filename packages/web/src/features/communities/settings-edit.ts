// The county settings form as data: what the bureau changed against the seeds' defaults, and the PUT body that
// stores only that (a part equal to its default is sent as null, so later changes to a default reach it).
import type { CommunityRules, ComplianceRule, TermCalendar } from '@junheng/core';
import type { CountySettingsValues, SettingsBody } from './types';

/** Order-free for lists of plain values (a set of kinds), key-order-free for objects, empty entries dropped. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) {
    const items = v.map(canonical);
    return items.every((x) => typeof x !== 'object' || x === null) ? [...items].sort() : items;
  }
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== undefined && x !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => [k, canonical(x)]),
    );
  return v;
}

export const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Per-kind maps without their blank entries: an empty cap or an empty class list means "no limit". */
export function normalizeRules(rules: CommunityRules): CommunityRules {
  const maxSchools = Object.fromEntries(
    Object.entries(rules.maxSchools).filter(([, n]) => typeof n === 'number' && Number.isFinite(n)),
  );
  const leadUrbanRural = Object.fromEntries(
    Object.entries(rules.leadUrbanRural).filter(([, list]) => Array.isArray(list) && list.length > 0),
  );
  return { ...rules, maxSchools, leadUrbanRural };
}

/** The rule fields that differ from the defaults (maps whole, as the core replaces them whole); none: null. */
export function rulesOverrides(
  values: CommunityRules,
  defaults: CommunityRules,
): Partial<CommunityRules> | null {
  const v = normalizeRules(values);
  const changed = (Object.keys(defaults) as (keyof CommunityRules)[]).filter(
    (k) => !sameValue(v[k], defaults[k]),
  );
  if (changed.length === 0) return null;
  return Object.fromEntries(changed.map((k) => [k, v[k]])) as Partial<CommunityRules>;
}

/** A quota list with one rule's required count replaced. */
export function withRequired(
  rules: readonly ComplianceRule[],
  id: string,
  required: number,
): ComplianceRule[] {
  return rules.map((r) => (r.id === id ? { ...r, required } : r));
}

/** The default required count of a quota, by id (a county's own rule has none). */
export function defaultRequired(defaults: readonly ComplianceRule[], id: string): number | undefined {
  return defaults.find((r) => r.id === id)?.required;
}

const orNull = <T>(value: T, fallback: T): T | null => (sameValue(value, fallback) ? null : value);

/** The PUT body for the form's values: each part null when it equals its default. */
export function settingsBody(
  countyId: string | undefined,
  values: CountySettingsValues,
  defaults: CountySettingsValues,
): SettingsBody {
  return {
    countyId,
    rules: rulesOverrides(values.rules, defaults.rules),
    complianceRules: orNull<ComplianceRule[]>(values.complianceRules, defaults.complianceRules),
    calendar: orNull<TermCalendar>(values.calendar, defaults.calendar),
    reminderDays: orNull(values.reminderDays, defaults.reminderDays),
  };
}

/** The fields to mark "changed" (rules fields, `quota:<id>`, calendar fields, `reminderDays`). */
export function changedFields(values: CountySettingsValues, defaults: CountySettingsValues): Set<string> {
  const out = new Set<string>(Object.keys(rulesOverrides(values.rules, defaults.rules) ?? {}));
  for (const r of values.complianceRules)
    if (defaultRequired(defaults.complianceRules, r.id) !== r.required) out.add(`quota:${r.id}`);
  for (const k of ['autumnStart', 'autumnEnd', 'springStart', 'springEnd'] as const)
    if (values.calendar[k] !== defaults.calendar[k]) out.add(k);
  if (values.reminderDays !== defaults.reminderDays) out.add('reminderDays');
  return out;
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** `MM-DD` as the server's term calendar takes it. */
export const isMonthDay = (s: string) => MONTH_DAY.test(s);

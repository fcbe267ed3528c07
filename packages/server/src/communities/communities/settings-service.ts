// A county's own community rules, joint-work quotas, term calendar and reminder window (COM-2, ACT-2). Every
// field is optional: null puts the core default (with its seed source) back in force. Changing the calendar
// re-files the logged activities into their terms.
import {
  complianceRuleSchema,
  DEFAULT_COMPLIANCE_RULES,
  DEFAULT_COMMUNITY_RULES,
  DEFAULT_REMINDER_DAYS,
  DEFAULT_TERM_CALENDAR,
  schoolYearOf,
  termCalendarSchema,
  termOf,
  COMMUNITY_KINDS,
  SCHOOL_TYPES,
  OWNERSHIPS,
  URBAN_RURALS,
  type CommunityRules,
  type ComplianceRule,
  type TermCalendar,
} from '@junheng/core';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/service';
import { updatedStamps } from '../../audit/stamps';
import type { Actor } from '../../auth/roles';
import type { Scope } from '../../auth/scope';
import type { Db } from '../../db/client';
import { activities, communitySettings } from '../../db/schema';
import { arrayLiteral } from '../../county-data/write';
import type { Clock } from '../../shared/clock';
import { countyOf, managedCounty } from '../access';
import { countySettings } from '../load';

const kinds = z.array(z.enum(COMMUNITY_KINDS));

export const communityRulesPatchSchema = z
  .object({
    maxSchools: z.partialRecord(z.enum(COMMUNITY_KINDS), z.number().int().min(1).max(100)),
    minSchools: z.number().int().min(1).max(100),
    coverageKinds: kinds,
    coverageUrbanRural: z.array(z.enum(URBAN_RURALS)),
    coverageSchoolTypes: z.array(z.enum(SCHOOL_TYPES)),
    coverageOwnerships: z.array(z.enum(OWNERSHIPS)),
    teachingPointCoveredByParent: z.boolean(),
    exclusiveKinds: kinds,
    leadMustBeMember: z.boolean(),
    weakLead: z.enum(['error', 'warning', 'allowed']),
    leadUrbanRural: z.partialRecord(z.enum(COMMUNITY_KINDS), z.array(z.enum(URBAN_RURALS))),
  })
  .partial();

export const settingsBodySchema = z.object({
  countyId: z.uuid().optional(),
  rules: communityRulesPatchSchema.nullable().optional(),
  complianceRules: z.array(complianceRuleSchema).max(100).nullable().optional(),
  calendar: termCalendarSchema.nullable().optional(),
  reminderDays: z.number().int().min(0).max(366).nullable().optional(),
});
export type SettingsBody = z.infer<typeof settingsBodySchema>;

function present(countyId: string, s: Awaited<ReturnType<typeof countySettings>>) {
  return {
    countyId,
    rules: s.rules,
    complianceRules: s.complianceRules,
    calendar: s.calendar,
    reminderDays: s.reminderDays,
    stored: s.stored,
    defaults: {
      rules: DEFAULT_COMMUNITY_RULES,
      complianceRules: DEFAULT_COMPLIANCE_RULES,
      calendar: DEFAULT_TERM_CALENDAR,
      reminderDays: DEFAULT_REMINDER_DAYS,
    },
  };
}

export async function getSettings(db: Db, scope: Scope, q: { countyId?: string | undefined }) {
  const countyId = countyOf(scope, q.countyId);
  return present(countyId, await countySettings(db, countyId));
}

/**
 * Re-files the county's activities into the terms of a new calendar. A term depends only on the date, so it is
 * worked out once per distinct date and written by one UPDATE joined to the (date, term, year) arrays.
 */
async function refileActivities(tx: Db, countyId: string, calendar: TermCalendar): Promise<void> {
  const dates = await tx
    .selectDistinct({ date: activities.date })
    .from(activities)
    .where(eq(activities.countyId, countyId));
  if (dates.length === 0) return;
  const days = dates.map((d) => d.date);
  const termIds = days.map((d) => termOf(d, calendar)?.id ?? null);
  const years = days.map((d) => schoolYearOf(d, calendar));
  await tx.execute(sql`
    update ${activities} as a set term_id = m.term_id, school_year = m.school_year
    from unnest(${arrayLiteral(days)}::date[], ${arrayLiteral(termIds)}::text[], ${arrayLiteral(years)}::text[])
      as m(date, term_id, school_year)
    where a.county_id = ${countyId} and a.date = m.date
      and (a.term_id is distinct from m.term_id or a.school_year <> m.school_year)`);
}

export async function putSettings(db: Db, clock: Clock, actor: Actor, scope: Scope, body: SettingsBody) {
  const countyId = managedCounty(actor, scope, body.countyId);
  const before = await countySettings(db, countyId);
  const pick = <T>(v: T | null | undefined, old: T | null): T | null => (v === undefined ? old : v);
  const next = {
    rules: pick(body.rules as Partial<CommunityRules> | null | undefined, before.stored.rules),
    complianceRules: pick(
      body.complianceRules as ComplianceRule[] | null | undefined,
      before.stored.complianceRules,
    ),
    calendar: pick(body.calendar as TermCalendar | null | undefined, before.stored.calendar),
    reminderDays: pick(body.reminderDays, before.stored.reminderDays),
  };
  return db.transaction(async (tx) => {
    const values = {
      rules: next.rules,
      complianceRules: next.complianceRules,
      calendar: next.calendar,
      reminderDays: next.reminderDays,
      ...updatedStamps(actor, clock()),
    };
    await tx
      .insert(communitySettings)
      .values({ countyId, ...values })
      .onConflictDoUpdate({ target: communitySettings.countyId, set: values });
    if (JSON.stringify(next.calendar) !== JSON.stringify(before.stored.calendar)) {
      await refileActivities(tx, countyId, next.calendar ?? DEFAULT_TERM_CALENDAR);
    }
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'community_settings',
      entityId: countyId,
      action:
        before.stored.rules === null &&
        before.stored.complianceRules === null &&
        before.stored.calendar === null &&
        before.stored.reminderDays === null
          ? 'create'
          : 'update',
      before: before.stored,
      after: next,
    });
    return present(countyId, await countySettings(tx, countyId));
  });
}

// Teacher rotation campaigns (交流轮岗, ROT-2): one campaign per county and school year (a county may run a
// supplementary one), its planned assignments and the exemptions schools and the bureau record. County-owned:
// county_id leads every key and every foreign key (Citus-ready).
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { counties, schools } from './org';
import { createdColumns, stampColumns } from './stamps';

export const ROTATION_CAMPAIGN_STATUSES = [
  'draft',
  'planned',
  'submitted',
  'approved',
  'published',
  'completed',
] as const;
export const ROTATION_ASSIGNMENT_STATUSES = ['planned', 'confirmed', 'arrived'] as const;

export const rotationCampaigns = pgTable(
  'rotation_campaigns',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    schoolYear: text('school_year').notNull(),
    /** The month stints start (YYYY-MM); every date rule is measured to it. */
    campaignMonth: text('campaign_month').notNull(),
    /** The preset and overrides as the bureau chose them, and the resolved RotationPolicy the planner used. */
    policySpec: jsonb('policy_spec').notNull(),
    policy: jsonb('policy').notNull(),
    status: text('status').notNull().default('draft'),
    /** The last generated plan's summary: status, quotas, shortfalls, effect, objective (assignments are rows). */
    plan: jsonb('plan'),
    ...stampColumns,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('rotation_campaigns_county_year').on(t.countyId, t.schoolYear),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
  ],
);

export const rotationAssignments = pgTable(
  'rotation_assignments',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    campaignId: uuid('campaign_id').notNull(),
    teacherCode: text('teacher_code').notNull(),
    /** The roster's name and section at planning time, so the notice reads the same after the roster changes. */
    teacherName: text('teacher_name').notNull(),
    stage: text('stage').notNull(),
    subject: text('subject').notNull(),
    backbone: boolean('backbone').notNull(),
    fromSchoolId: uuid('from_school_id').notNull(),
    toSchoolId: uuid('to_school_id').notNull(),
    kind: text('kind').notNull(),
    stintMonths: integer('stint_months').notNull(),
    roadKm: doublePrecision('road_km'),
    fillsShortage: boolean('fills_shortage').notNull(),
    reasons: jsonb('reasons').notNull(),
    /** Locked by the bureau: a new plan keeps this teacher at this destination. */
    locked: boolean('locked').notNull().default(false),
    status: text('status').notNull().default('planned'),
    arrivedAt: timestamp('arrived_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('rotation_assignments_campaign_teacher').on(t.countyId, t.campaignId, t.teacherCode),
    index('rotation_assignments_from').on(t.countyId, t.fromSchoolId),
    index('rotation_assignments_to').on(t.countyId, t.toSchoolId),
    foreignKey({
      columns: [t.countyId, t.campaignId],
      foreignColumns: [rotationCampaigns.countyId, rotationCampaigns.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.countyId, t.fromSchoolId], foreignColumns: [schools.countyId, schools.id] }),
    foreignKey({ columns: [t.countyId, t.toSchoolId], foreignColumns: [schools.countyId, schools.id] }),
  ],
);

/** An exemption (免于交流) recorded for one teacher in one campaign, with the evidence the school gives. */
export const rotationExemptions = pgTable(
  'rotation_exemptions',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    campaignId: uuid('campaign_id').notNull(),
    teacherCode: text('teacher_code').notNull(),
    /** pregnancyOrNursing | certifiedIllness | rotatedRecently | other. */
    rule: text('rule').notNull(),
    evidence: text('evidence').notNull(),
    /** For rotatedRecently: when the last stint ended (YYYY-MM). */
    lastRotationEnd: text('last_rotation_end'),
    ...createdColumns,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('rotation_exemptions_campaign_teacher_rule').on(
      t.countyId,
      t.campaignId,
      t.teacherCode,
      t.rule,
    ),
    foreignKey({
      columns: [t.countyId, t.campaignId],
      foreignColumns: [rotationCampaigns.countyId, rotationCampaigns.id],
    }).onDelete('cascade'),
  ],
);

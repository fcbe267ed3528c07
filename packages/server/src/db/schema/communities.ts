// Communities (共同体, COM-1/2), joint work (ACT-1..3) and bundled evaluation (EVA-1/2). County-owned: county_id
// leads every key and every foreign key (Citus-ready). Calendar dates are ISO `YYYY-MM-DD` strings (core's IsoDate).
import {
  boolean,
  date,
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
import { storedFiles } from './files';
import { counties, schools } from './org';
import { createdColumns, stampColumns, updatedColumns } from './stamps';

/** A county's own community rules, compliance quotas, term calendar and reminder window (null = core defaults). */
export const communitySettings = pgTable(
  'community_settings',
  {
    countyId: uuid('county_id').notNull(),
    /** Partial<CommunityRules> overrides. */
    rules: jsonb('rules'),
    /** ComplianceRule[] replacing the defaults. */
    complianceRules: jsonb('compliance_rules'),
    /** TermCalendar. */
    calendar: jsonb('calendar'),
    reminderDays: integer('reminder_days'),
    ...updatedColumns,
  },
  (t) => [
    primaryKey({ columns: [t.countyId] }),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
  ],
);

export const communities = pgTable(
  'communities',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** education_group | urban_rural_community | school_district | research_alliance (core COMMUNITY_KINDS). */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    leadSchoolId: uuid('lead_school_id').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
    /** 章程 text, and a reference to a charter kept elsewhere (a document number, a link) as typed. */
    charterText: text('charter_text'),
    charterFile: text('charter_file'),
    /** The uploaded charter file (stored_files), one per community; a new upload replaces it. */
    charterFileId: uuid('charter_file_id'),
    /** Set when the community came from an accepted COM-3 proposal or the demo loader. */
    origin: text('origin').notNull().default('manual'),
    ...stampColumns,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('communities_county_kind').on(t.countyId, t.kind),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.countyId, t.leadSchoolId], foreignColumns: [schools.countyId, schools.id] }),
    foreignKey({
      columns: [t.countyId, t.charterFileId],
      foreignColumns: [storedFiles.countyId, storedFiles.id],
    }),
  ],
);

/** One school's stay in a community: rows are closed (left_on), never deleted, so the history is kept. */
export const communityMemberships = pgTable(
  'community_memberships',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    communityId: uuid('community_id').notNull(),
    schoolId: uuid('school_id').notNull(),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdByName: text('created_by_name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('community_memberships_community').on(t.countyId, t.communityId),
    index('community_memberships_school').on(t.countyId, t.schoolId),
    foreignKey({
      columns: [t.countyId, t.communityId],
      foreignColumns: [communities.countyId, communities.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.countyId, t.schoolId], foreignColumns: [schools.countyId, schools.id] }),
  ],
);

/** 名师工作室 (seed 003): led by a master teacher at a school, attached to a group. */
export const masterStudios = pgTable(
  'master_studios',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    /** The leader's teacher code (or another person id). */
    leaderId: text('leader_id').notNull(),
    leaderName: text('leader_name'),
    schoolId: uuid('school_id').notNull(),
    communityId: uuid('community_id'),
    subject: text('subject'),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
    ...stampColumns,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.countyId, t.schoolId], foreignColumns: [schools.countyId, schools.id] }),
    foreignKey({
      columns: [t.countyId, t.communityId],
      foreignColumns: [communities.countyId, communities.id],
    }),
  ],
);

/** 包片包抓 (seed 003): a county researcher (教研员) and the schools of the researcher's patch. */
export const researcherPatches = pgTable(
  'researcher_patches',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    /** The platform user, when the researcher has an account. */
    userId: uuid('user_id'),
    ...stampColumns,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
  ],
);

export const researcherPatchSchools = pgTable(
  'researcher_patch_schools',
  {
    countyId: uuid('county_id').notNull(),
    patchId: uuid('patch_id').notNull(),
    schoolId: uuid('school_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.patchId, t.schoolId] }),
    foreignKey({
      columns: [t.countyId, t.patchId],
      foreignColumns: [researcherPatches.countyId, researcherPatches.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.countyId, t.schoolId],
      foreignColumns: [schools.countyId, schools.id],
    }).onDelete('cascade'),
  ],
);

/** ACT-1: one logged joint activity. Participant schools are rows of activity_schools. */
export const activities = pgTable(
  'activities',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** core ACTIVITY_KINDS. */
    kind: text('kind').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    /** The term id (`2024-2025-1`) the date falls in under the county's calendar; null in the holidays. */
    termId: text('term_id'),
    schoolYear: text('school_year').notNull(),
    title: text('title'),
    communityId: uuid('community_id'),
    hostSchoolId: uuid('host_school_id').notNull(),
    researcherPatchId: uuid('researcher_patch_id'),
    masterStudioId: uuid('master_studio_id'),
    /** People taking part: count, and optionally [{ personId, role, name? }]. */
    peopleCount: integer('people_count'),
    participants: jsonb('participants').notNull().default([]),
    lessonsObserved: integer('lessons_observed'),
    ruralQuality: boolean('rural_quality').notNull().default(false),
    /** File references typed by hand (a link, a document number); uploaded files are rows of activity_files. */
    files: jsonb('files').notNull().default([]),
    ...stampColumns,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('activities_county_date').on(t.countyId, t.date),
    index('activities_community').on(t.countyId, t.communityId),
    index('activities_host').on(t.countyId, t.hostSchoolId),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.countyId, t.communityId],
      foreignColumns: [communities.countyId, communities.id],
    }),
    foreignKey({ columns: [t.countyId, t.hostSchoolId], foreignColumns: [schools.countyId, schools.id] }),
    foreignKey({
      columns: [t.countyId, t.researcherPatchId],
      foreignColumns: [researcherPatches.countyId, researcherPatches.id],
    }),
    foreignKey({
      columns: [t.countyId, t.masterStudioId],
      foreignColumns: [masterStudios.countyId, masterStudios.id],
    }),
  ],
);

export const activitySchools = pgTable(
  'activity_schools',
  {
    countyId: uuid('county_id').notNull(),
    activityId: uuid('activity_id').notNull(),
    schoolId: uuid('school_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.activityId, t.schoolId] }),
    index('activity_schools_school').on(t.countyId, t.schoolId),
    foreignKey({
      columns: [t.countyId, t.activityId],
      foreignColumns: [activities.countyId, activities.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.countyId, t.schoolId], foreignColumns: [schools.countyId, schools.id] }),
  ],
);

/** Files uploaded to an activity (minutes, photos, slides); a file belongs to one activity. */
export const activityFiles = pgTable(
  'activity_files',
  {
    countyId: uuid('county_id').notNull(),
    activityId: uuid('activity_id').notNull(),
    fileId: uuid('file_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.activityId, t.fileId] }),
    uniqueIndex('activity_files_file').on(t.countyId, t.fileId),
    foreignKey({
      columns: [t.countyId, t.activityId],
      foreignColumns: [activities.countyId, activities.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.countyId, t.fileId],
      foreignColumns: [storedFiles.countyId, storedFiles.id],
    }).onDelete('cascade'),
  ],
);

/** ACT-3: 师徒结对. Mentor and mentee by teacher code, with the names as given. */
export const mentorshipPairs = pgTable(
  'mentorship_pairs',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    mentorId: text('mentor_id').notNull(),
    mentorName: text('mentor_name'),
    menteeId: text('mentee_id').notNull(),
    menteeName: text('mentee_name'),
    mentorSchoolId: uuid('mentor_school_id').notNull(),
    menteeSchoolId: uuid('mentee_school_id').notNull(),
    communityId: uuid('community_id'),
    subject: text('subject'),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
    ...stampColumns,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('mentorship_pairs_community').on(t.countyId, t.communityId),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.countyId, t.mentorSchoolId], foreignColumns: [schools.countyId, schools.id] }),
    foreignKey({ columns: [t.countyId, t.menteeSchoolId], foreignColumns: [schools.countyId, schools.id] }),
    foreignKey({
      columns: [t.countyId, t.communityId],
      foreignColumns: [communities.countyId, communities.id],
    }),
  ],
);

/** EVA-1: the county's bundled-evaluation scheme for a school year (a BundledScheme; absent = core default). */
export const bundledSchemes = pgTable(
  'bundled_schemes',
  {
    countyId: uuid('county_id').notNull(),
    schoolYear: text('school_year').notNull(),
    scheme: jsonb('scheme').notNull(),
    ...updatedColumns,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.schoolYear] }),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
  ],
);

/** EVA-1: what the bureau enters per community and year: third-party and satisfaction scores by leaf id. */
export const bundledInputs = pgTable(
  'bundled_inputs',
  {
    countyId: uuid('county_id').notNull(),
    schoolYear: text('school_year').notNull(),
    communityId: uuid('community_id').notNull(),
    /** Record<leafId, number | null>. */
    entered: jsonb('entered').notNull(),
    /** Rotations the policy expects of the lead this year (overrides the default). */
    rotationsExpected: integer('rotations_expected'),
    ...updatedColumns,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.schoolYear, t.communityId] }),
    foreignKey({
      columns: [t.countyId, t.communityId],
      foreignColumns: [communities.countyId, communities.id],
    }).onDelete('cascade'),
  ],
);

/** EVA-2: a computed evaluation of a school year: the scheme, the gathered inputs and the results as they were. */
export const bundledResults = pgTable(
  'bundled_results',
  {
    countyId: uuid('county_id').notNull(),
    schoolYear: text('school_year').notNull(),
    scheme: jsonb('scheme').notNull(),
    inputs: jsonb('inputs').notNull(),
    results: jsonb('results').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull(),
    computedBy: uuid('computed_by'),
    computedByName: text('computed_by_name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.schoolYear] }),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
  ],
);

/** COM-3: a generated community proposal, kept so the bureau accepts exactly what it was shown. */
export const communityProposals = pgTable(
  'community_proposals',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** The planner's options as given. */
    params: jsonb('params').notNull(),
    /** The planner's output. */
    proposal: jsonb('proposal').notNull(),
    ...createdColumns,
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
    acceptedBy: uuid('accepted_by'),
    acceptedByName: text('accepted_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
  ],
);

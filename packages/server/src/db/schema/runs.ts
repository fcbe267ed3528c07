// Classes, imports and evaluation runs. County-owned like the roster: county_id leads every key (Citus-ready).
import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { counties, schools } from './org';

/** 班级 per school year (import-template.md, optional sheet 班级): class sizes for the class-size bands. */
export const classRows = pgTable(
  'class_rows',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    schoolId: uuid('school_id').notNull(),
    schoolYear: text('school_year').notNull(),
    stage: text('stage').notNull(),
    grade: integer('grade').notNull(),
    className: text('class_name').notNull(),
    students: integer('students').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('class_rows_county_year').on(t.countyId, t.schoolYear),
    foreignKey({
      columns: [t.countyId, t.schoolId],
      foreignColumns: [schools.countyId, schools.id],
    }).onDelete('cascade'),
  ],
);

/**
 * One committed workbook import. Re-importing a school year replaces its rows; the replaced rows are kept here
 * (as the county workbook's plain data) so the earlier version can be read back.
 */
export const importRuns = pgTable(
  'import_runs',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    fileName: text('file_name'),
    fingerprint: text('fingerprint').notNull(),
    schoolYears: jsonb('school_years').notNull(),
    counts: jsonb('counts').notNull(),
    /** The rows this import replaced: { stats, teachers, classes } of the same school years, or null. */
    replaced: jsonb('replaced'),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('import_runs_county_at').on(t.countyId, t.at),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
  ],
);

/** A stored evaluation: who ran which standard on which data (its fingerprint), and the full result. */
export const evaluationRuns = pgTable(
  'evaluation_runs',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    schoolYear: text('school_year').notNull(),
    standard: text('standard').notNull(),
    standardVersion: text('standard_version').notNull(),
    /** SHA-256 of the evaluation input: the same data and standard give the same fingerprint. */
    fingerprint: text('fingerprint').notNull(),
    /** Stage verdicts for lists without reading the whole result. */
    summary: jsonb('summary').notNull(),
    result: jsonb('result').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('evaluation_runs_county_year').on(t.countyId, t.schoolYear, t.standard, t.at),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
  ],
);

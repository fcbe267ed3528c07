// Org and roster tables. Citus-ready (architecture.md, Data): every county-owned table carries `county_id NOT
// NULL` in its primary key, and its foreign keys to other county-owned tables include `county_id`, so a county's
// rows co-locate on one shard and no query needs to join across counties.

import {
  boolean,
  bigint,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Reference table: prefecture-level cities (地级市). */
export const cities = pgTable('cities', {
  id: uuid('id').primaryKey().defaultRandom(),
  divisionCode: text('division_code').notNull().unique(),
  name: text('name').notNull(),
});

/** Reference table: counties (县/区), the unit a bureau manages and the distribution key. */
export const counties = pgTable('counties', {
  id: uuid('id').primaryKey().defaultRandom(),
  divisionCode: text('division_code').notNull().unique(),
  name: text('name').notNull(),
  cityId: uuid('city_id')
    .notNull()
    .references(() => cities.id),
});

export const townships = pgTable(
  'townships',
  {
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('townships_county_name').on(t.countyId, t.name),
  ],
);

export const schools = pgTable(
  'schools',
  {
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    id: uuid('id').notNull().defaultRandom(),
    schoolCode: text('school_code').notNull(),
    name: text('name').notNull(),
    townshipId: uuid('township_id'),
    schoolType: text('school_type').notNull(),
    ownership: text('ownership').notNull(),
    runBy: text('run_by').notNull(),
    urbanRuralCode: text('urban_rural_code').notNull(),
    /** Derived from urban_rural_code (glossary: 11x urban, 12x town, 2xx rural); stored so lists can filter on it. */
    urbanRural: text('urban_rural').notNull(),
    weak: boolean('weak').notNull().default(false),
    /** The central school (中心校) a teaching point (教学点) belongs to. */
    parentSchoolId: uuid('parent_school_id'),
    lng: doublePrecision('lng'),
    lat: doublePrecision('lat'),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('schools_county_code').on(t.countyId, t.schoolCode),
    index('schools_county_name').on(t.countyId, t.name),
    foreignKey({ columns: [t.countyId, t.townshipId], foreignColumns: [townships.countyId, townships.id] }),
    foreignKey({ columns: [t.countyId, t.parentSchoolId], foreignColumns: [t.countyId, t.id] }),
  ],
);

/** 办学条件 per school and school year (import-template.md, sheet 办学条件). Areas m², money integer yuan. */
export const schoolYearStats = pgTable(
  'school_year_stats',
  {
    countyId: uuid('county_id').notNull(),
    schoolId: uuid('school_id').notNull(),
    schoolYear: text('school_year').notNull(),
    primaryStudents: integer('primary_students').notNull(),
    juniorStudents: integer('junior_students').notNull(),
    seniorStudents: integer('senior_students').notNull(),
    primaryClasses: integer('primary_classes').notNull(),
    juniorClasses: integer('junior_classes').notNull(),
    teachingAuxArea: doublePrecision('teaching_aux_area').notNull(),
    indoorSportsArea: doublePrecision('indoor_sports_area').notNull(),
    sportsGroundArea: doublePrecision('sports_ground_area').notNull(),
    equipmentValue: bigint('equipment_value', { mode: 'number' }).notNull(),
    computers: integer('computers').notNull(),
    multimediaClassrooms: integer('multimedia_classrooms').notNull(),
    books: integer('books').notNull(),
    musicRooms: integer('music_rooms'),
    artRooms: integer('art_rooms'),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.schoolId, t.schoolYear] }),
    foreignKey({
      columns: [t.countyId, t.schoolId],
      foreignColumns: [schools.countyId, schools.id],
    }).onDelete('cascade'),
  ],
);

/** 教师 per school year (import-template.md, sheet 教师). No national ID numbers are kept (architecture.md). */
export const teachers = pgTable(
  'teachers',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    schoolYear: text('school_year').notNull(),
    teacherCode: text('teacher_code').notNull(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    birthMonth: text('birth_month').notNull(),
    /** School of service (任教学校). */
    schoolId: uuid('school_id').notNull(),
    stage: text('stage').notNull(),
    /** 人事关系所在单位: null when the county bureau holds the post (县管校聘). */
    employerSchoolId: uuid('employer_school_id'),
    education: text('education').notNull(),
    title: text('title').notNull(),
    backboneLevel: text('backbone_level'),
    subject: text('subject').notNull(),
    fullTime: boolean('full_time').notNull(),
    certified: boolean('certified').notNull(),
    atSchoolSince: text('at_school_since').notNull(),
    post: text('post').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('teachers_county_year_code').on(t.countyId, t.schoolYear, t.teacherCode),
    index('teachers_county_school_year').on(t.countyId, t.schoolId, t.schoolYear),
    foreignKey({ columns: [t.countyId, t.schoolId], foreignColumns: [schools.countyId, schools.id] }),
    foreignKey({ columns: [t.countyId, t.employerSchoolId], foreignColumns: [schools.countyId, schools.id] }),
  ],
);

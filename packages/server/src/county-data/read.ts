// A county's stored rows back in the shape of the county workbook (CountyData): what the evaluation engine,
// the workbook export and the import's "replaced rows" history all read.
import type {
  BackboneLevel,
  ClassRow,
  CountyData,
  Education,
  Gender,
  Ownership,
  Post,
  RunBy,
  School,
  SchoolType,
  SchoolYear,
  SchoolYearStats,
  Stage,
  Subject,
  Teacher,
  Title,
  UrbanRuralCode,
} from '@junheng/core';
import { and, eq, inArray, type Column, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { cities, classRows, counties, schools, schoolYearStats, teachers, townships } from '../db/schema';
import { DomainError } from '../shared/errors';

/** Rows of the given school years (all years when omitted). */
function yearFilter(column: Column, years: readonly string[] | undefined): SQL | undefined {
  return years ? inArray(column, [...years]) : undefined;
}

export async function readCountyData(
  db: Executor,
  countyId: string,
  schoolYears?: readonly SchoolYear[],
): Promise<CountyData> {
  const [county] = await db
    .select({ divisionCode: counties.divisionCode, name: counties.name, city: cities })
    .from(counties)
    .innerJoin(cities, eq(cities.id, counties.cityId))
    .where(eq(counties.id, countyId));
  if (!county) throw new DomainError('COUNTY_NOT_FOUND', 'county not found / 县区不存在');
  const townshipRows = await db.select().from(townships).where(eq(townships.countyId, countyId));
  const townshipName = new Map(townshipRows.map((t) => [t.id, t.name]));
  const schoolRows = await db.select().from(schools).where(eq(schools.countyId, countyId));
  const codeOf = new Map(schoolRows.map((s) => [s.id, s.schoolCode]));
  const code = (id: string): string => codeOf.get(id) ?? '';

  const schoolList: School[] = schoolRows.map((s) => ({
    schoolCode: s.schoolCode,
    name: s.name,
    countyCode: county.divisionCode,
    township: s.townshipId ? (townshipName.get(s.townshipId) ?? null) : null,
    schoolType: s.schoolType as SchoolType,
    ownership: s.ownership as Ownership,
    runBy: s.runBy as RunBy,
    urbanRuralCode: s.urbanRuralCode as UrbanRuralCode,
    parentSchoolCode: s.parentSchoolId ? code(s.parentSchoolId) : null,
    weak: s.weak,
    lng: s.lng,
    lat: s.lat,
  }));
  const statRows = await db
    .select()
    .from(schoolYearStats)
    .where(and(eq(schoolYearStats.countyId, countyId), yearFilter(schoolYearStats.schoolYear, schoolYears)));
  const stats: SchoolYearStats[] = statRows.map(({ countyId: _c, schoolId, schoolYear, ...rest }) => ({
    ...rest,
    schoolYear: schoolYear as SchoolYear,
    schoolCode: code(schoolId),
  }));
  const teacherRows = await db
    .select()
    .from(teachers)
    .where(and(eq(teachers.countyId, countyId), yearFilter(teachers.schoolYear, schoolYears)));
  const teacherList: Teacher[] = teacherRows.map((t) => ({
    schoolYear: t.schoolYear as SchoolYear,
    teacherCode: t.teacherCode,
    name: t.name,
    gender: t.gender as Gender,
    birthMonth: t.birthMonth,
    schoolCode: code(t.schoolId),
    stage: t.stage as Stage,
    employerSchoolCode: t.employerSchoolId ? code(t.employerSchoolId) : null,
    education: t.education as Education,
    title: t.title as Title,
    backboneLevel: t.backboneLevel as BackboneLevel | null,
    subject: t.subject as Subject,
    fullTime: t.fullTime,
    certified: t.certified,
    atSchoolSince: t.atSchoolSince,
    post: t.post as Post,
  }));
  const classList = await db
    .select()
    .from(classRows)
    .where(and(eq(classRows.countyId, countyId), yearFilter(classRows.schoolYear, schoolYears)));
  const classes: ClassRow[] = classList.map((c) => ({
    schoolYear: c.schoolYear as SchoolYear,
    schoolCode: code(c.schoolId),
    stage: c.stage as Stage,
    grade: c.grade,
    className: c.className,
    students: c.students,
  }));
  return {
    county: {
      divisionCode: county.divisionCode,
      name: county.name,
      cityDivisionCode: county.city.divisionCode,
      cityName: county.city.name,
    },
    townships: townshipRows.map((t) => t.name),
    schools: schoolList,
    stats,
    teachers: teacherList,
    classes,
  };
}

// The seeded demo county (issue #2, item 6): a Sichuan-style hill county with its city schools, township
// schools, village schools and teaching points, three years of statistics, a full teacher roster and the
// latest year's classes. Same seed, same data — byte for byte.
import type { ClassRow, County, CountyData, SchoolYear, SchoolYearStats } from '../org/types';
import { seededRandom, type Random } from '../shared/random';
import { classRows } from './classes';
import { layoutTownships, type LngLat } from './geography';
import type { SchoolPlan } from './plan';
import { planSchools, rescaleEnrollment } from './schools';
import { enrollmentSeries, schoolStats } from './stats';
import { buildTeachers } from './teachers';

export interface DemoCountyBuildOptions {
  county: County;
  schoolYears: readonly SchoolYear[];
  seat: LngLat;
  townshipCount: number;
  /** Multiplies enrollment (and so classes and teachers). */
  scale: number;
  /** When set, enrollment is rescaled so the first year has this many compulsory-stage students. */
  targetStudents?: number;
}

/** Build one county's workbook from its own generator. */
export function buildDemoCounty(rng: Random, options: DemoCountyBuildOptions): CountyData {
  const { county, townshipCount, scale, seat } = options;
  const schoolYears = [...options.schoolYears].sort();
  if (schoolYears.length === 0) throw new RangeError('at least one school year is needed');
  const townships = layoutTownships(rng, seat, townshipCount);
  const plans = planSchools(rng, {
    countyCode: county.divisionCode,
    countyName: county.name,
    cityName: county.cityName,
    townships,
    scale,
  });
  if (options.targetStudents !== undefined) rescaleEnrollment(plans, options.targetStudents);
  // statsByYear[y][i]: plan i in year y.
  const perSchool = plans.map((plan) =>
    schoolStats(rng, plan, schoolYears, enrollmentSeries(rng, plan, schoolYears.length)),
  );
  const statsByYear = schoolYears.map((_, y) => perSchool.map((rows) => rows[y] as SchoolYearStats));
  const teachers = buildTeachers(rng, county.divisionCode, plans, schoolYears, statsByYear);
  const latest = statsByYear[statsByYear.length - 1] as SchoolYearStats[];
  const classes: ClassRow[] = plans.flatMap((plan: SchoolPlan, i) =>
    classRows(rng, plan, latest[i] as SchoolYearStats),
  );
  return {
    county,
    townships: townships.map((t) => t.name),
    schools: plans.map((p) => p.school),
    stats: statsByYear.flat(),
    teachers,
    classes,
  };
}

export const DEMO_COUNTY: County = {
  divisionCode: '510722',
  name: '示例县',
  cityDivisionCode: '510700',
  cityName: '示例市',
};

export interface DemoCountyOptions {
  seed?: number;
  schoolYears?: readonly SchoolYear[];
}

/** 示例县 under 示例市: about 50 schools, about 2,000 full-time teachers a year. */
export function generateDemoCounty({
  seed = 2025,
  schoolYears = ['2022-2023', '2023-2024', '2024-2025'],
}: DemoCountyOptions = {}): CountyData {
  return buildDemoCounty(seededRandom(seed), {
    county: DEMO_COUNTY,
    schoolYears,
    seat: { lng: 104.7, lat: 31.8 },
    townshipCount: 12,
    scale: 1,
    // About 32,000 pupils: with the 2014 staffing ratios, close to 2,000 full-time teachers.
    targetStudents: 32_000,
  });
}

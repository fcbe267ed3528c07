// 办学条件 per school per year. Buildings do not move: areas are sized once for the most crowded year, so
// growing city schools get tighter and shrinking village schools roomier — the pattern seeds 000 and 004
// describe (城镇挤、乡村弱). Minimums cited are quality-2017 (standards.md §5).
import type { SchoolYear, SchoolYearStats } from '../org/types';
import type { Random } from '../shared/random';
import type { Enrollment, SchoolPlan } from './plan';
import { uniform } from './sampling';

/** Students per stage for each year, moving strictly in the school's direction (growth or decline). */
export function enrollmentSeries(rng: Random, plan: SchoolPlan, years: number): Enrollment[] {
  const series: Enrollment[] = [plan.base];
  const [lo, hi] = plan.growth > 0 ? [0.03, 0.08] : [-0.12, -0.05];
  const step = (prev: number, rate: number): number => {
    if (prev === 0) return 0;
    const next = Math.round(prev * (1 + rate));
    return plan.growth > 0 ? Math.max(next, prev + 1) : Math.max(1, Math.min(next, prev - 1));
  };
  for (let y = 1; y < years; y++) {
    const prev = series[y - 1] as Enrollment;
    const rate = Math.min(hi, Math.max(lo, plan.growth + uniform(rng, -0.01, 0.01)));
    series.push({
      primary: step(prev.primary, rate),
      junior: step(prev.junior, rate),
      senior: step(prev.senior, rate),
    });
  }
  return series;
}

export function totalStudents(e: Enrollment): number {
  return e.primary + e.junior + e.senior;
}

/** Classes for a stage: students ÷ target size, at least one class per grade taught, never more than students. */
export function classCount(students: number, targetSize: number, grades: number): number {
  if (students <= 0) return 0;
  return Math.min(students, Math.max(grades, Math.round(students / targetSize)));
}

export function classesFor(plan: SchoolPlan, e: Enrollment): { primary: number; junior: number } {
  const special = plan.school.schoolType === 'specialEducation';
  // A teaching point keeps one (often mixed-age) class per grade it teaches.
  const primary =
    plan.school.schoolType === 'teachingPoint'
      ? Math.min(plan.primaryGrades, e.primary)
      : classCount(e.primary, plan.classSize.primary, special ? 1 : plan.primaryGrades);
  return {
    primary,
    junior: classCount(e.junior, plan.classSize.junior, special ? 1 : 3),
  };
}

interface FacilityProfile {
  auxPerStudent: number; // excluding indoor sports rooms
  indoorPerStudent: number;
  sportsPerStudent: number; // ground + indoor
  equipmentPerStudent: number;
  equipmentDrift: number;
  booksPerStudent: number;
  computersPer100: number;
  multimediaPer100: number;
  artsRoomsShort: boolean;
}

function profile(rng: Random, plan: SchoolPlan): FacilityProfile {
  const { area, shortfall, base } = plan;
  const juniorish = base.junior + base.senior > base.primary;
  const teachingPoint = plan.school.schoolType === 'teachingPoint';
  const pick = (urban: [number, number], town: [number, number], rural: [number, number]): number => {
    const r = area === 'urban' ? urban : area === 'town' ? town : rural;
    return uniform(rng, r[0], r[1]);
  };
  const auxPerStudent = shortfall.teachingAux
    ? uniform(rng, 3.6, 4.2)
    : teachingPoint
      ? uniform(rng, 8, 18)
      : juniorish
        ? pick([6.2, 7.5], [6.4, 9], [7, 12])
        : pick([4.9, 6.5], [5.5, 8], [6.5, 12]);
  const indoorPerStudent =
    area === 'rural' && rng.chance(0.5) ? 0 : pick([0.25, 0.5], [0.1, 0.35], [0.1, 0.3]);
  const sportsPerStudent = shortfall.sports
    ? juniorish
      ? uniform(rng, 5.5, 8.5)
      : uniform(rng, 3.5, 5.5)
    : teachingPoint
      ? uniform(rng, 15, 40)
      : juniorish
        ? pick([10.8, 13.5], [11, 18], [12, 30])
        : pick([7.9, 10], [9, 15], [12, 30]);
  const equipmentPerStudent = shortfall.equipment
    ? uniform(rng, 1150, 1450)
    : pick([2600, 4500], [2400, 3600], [2300, 3400]) + (juniorish ? 700 : 0);
  return {
    auxPerStudent,
    indoorPerStudent: Math.min(indoorPerStudent, sportsPerStudent / 3),
    sportsPerStudent,
    equipmentPerStudent,
    // Shortfall schools got no new equipment: their book value only depreciates with the students.
    equipmentDrift: shortfall.equipment ? 0 : uniform(rng, 0.01, 0.05),
    booksPerStudent: uniform(rng, 25, 40),
    computersPer100: pick([12, 20], [10, 16], [10, 18]),
    multimediaPer100: uniform(rng, 2.45, 3.0),
    artsRoomsShort: area === 'rural' && rng.chance(0.5),
  };
}

/** Stats rows for one school over the given years (ascending). */
export function schoolStats(
  rng: Random,
  plan: SchoolPlan,
  schoolYears: readonly SchoolYear[],
  series: readonly Enrollment[],
): SchoolYearStats[] {
  const p = profile(rng, plan);
  const peak = Math.max(...series.map(totalStudents));
  const indoor = Math.round(p.indoorPerStudent * peak);
  const teachingAuxArea = Math.round(p.auxPerStudent * peak) + indoor;
  const sportsGroundArea = Math.max(0, Math.round(p.sportsPerStudent * peak) - indoor);
  const teachingPoint = plan.school.schoolType === 'teachingPoint';
  let books = 0;
  let computers = 0;
  return schoolYears.map((schoolYear, y): SchoolYearStats => {
    const e = series[y] as Enrollment;
    const students = totalStudents(e);
    const classes = classesFor(plan, e);
    const allClasses = classes.primary + classes.junior;
    books = Math.max(books, Math.round(p.booksPerStudent * students));
    computers = Math.max(computers, Math.max(2, Math.round((p.computersPer100 * students) / 100)));
    const multimedia = plan.shortfall.multimedia
      ? Math.max(1, Math.round(allClasses * uniform(rng, 0.6, 0.8)))
      : Math.max(allClasses, Math.ceil((p.multimediaPer100 * students) / 100));
    // 优质均衡 government-support item: a music room and an art room per 12 classes (standards.md §5).
    const roomsNeeded = Math.ceil(allClasses / 12);
    const rooms = teachingPoint ? 0 : p.artsRoomsShort ? Math.min(1, roomsNeeded) : roomsNeeded;
    return {
      schoolYear,
      schoolCode: plan.school.schoolCode,
      primaryStudents: e.primary,
      juniorStudents: e.junior,
      seniorStudents: e.senior,
      primaryClasses: classes.primary,
      juniorClasses: classes.junior,
      teachingAuxArea,
      indoorSportsArea: indoor,
      sportsGroundArea,
      equipmentValue: Math.round(p.equipmentPerStudent * Math.pow(1 + p.equipmentDrift, y) * students),
      computers,
      multimediaClassrooms: multimedia,
      books,
      musicRooms: rooms,
      artRooms: p.artsRoomsShort && rooms > 0 && rng.chance(0.5) ? rooms - 1 : rooms,
    };
  });
}

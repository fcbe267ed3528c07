// Class size (班额, standards.md §6): bands ≤45 normal, 46–55 larger, 56–65 oversized (大班额), ≥66
// super-oversized (超大班额); "oversized" counts include the super-oversized ones. From the class list when the
// workbook has one; otherwise every class is taken at the school's average size, which can hide large classes.
import type { CountyData, SchoolYear, Stage } from '../org/types';

export interface ClassSizeBands {
  normalMax: number;
  largerMax: number;
  oversizedMax: number;
}
export const DEFAULT_CLASS_SIZE_BANDS: ClassSizeBands = { normalMax: 45, largerMax: 55, oversizedMax: 65 };
/** The standard class size per stage (nine-year schools: grades 1–6 → 45, 7–9 → 50, i.e. by stage). */
export const DEFAULT_CLASS_SIZE_LIMITS: Record<Stage, number> = { primary: 45, junior: 50 };
/** National targets: no super-oversized class, oversized classes ≤ 5%. */
export const DEFAULT_CLASS_SIZE_TARGETS = { maxSuperOversized: 0, maxOversizedShare: 0.05 };

export type ClassSizeBand = 'normal' | 'larger' | 'oversized' | 'superOversized';

export function classSizeBand(size: number, bands: ClassSizeBands = DEFAULT_CLASS_SIZE_BANDS): ClassSizeBand {
  if (size <= bands.normalMax) return 'normal';
  if (size <= bands.largerMax) return 'larger';
  if (size <= bands.oversizedMax) return 'oversized';
  return 'superOversized';
}

export interface ClassSizeCounts {
  classes: number;
  normal: number;
  larger: number;
  /** 大班额 including 超大班额. */
  oversized: number;
  superOversized: number;
  /** Classes above the stage's standard size (45 / 50). */
  overLimit: number;
  oversizedShare: number;
  maxSize: number;
}

const emptyCounts = (): ClassSizeCounts => ({
  classes: 0,
  normal: 0,
  larger: 0,
  oversized: 0,
  superOversized: 0,
  overLimit: 0,
  oversizedShare: 0,
  maxSize: 0,
});

function addClass(c: ClassSizeCounts, size: number, limit: number, bands: ClassSizeBands, times = 1): void {
  const band = classSizeBand(size, bands);
  c.classes += times;
  if (band === 'normal') c.normal += times;
  else if (band === 'larger') c.larger += times;
  else c.oversized += times;
  if (band === 'superOversized') c.superOversized += times;
  if (size > limit) c.overLimit += times;
  c.maxSize = Math.max(c.maxSize, size);
  c.oversizedShare = c.classes > 0 ? c.oversized / c.classes : 0;
}

export interface SchoolClassSize {
  schoolCode: string;
  /** 'classes' from the class list, 'average' from students ÷ classes of the yearly statistics. */
  source: 'classes' | 'average';
  byStage: Record<Stage, ClassSizeCounts>;
  total: ClassSizeCounts;
}

export interface ClassSizeReport {
  schools: SchoolClassSize[];
  county: Record<Stage, ClassSizeCounts> & { total: ClassSizeCounts };
  meetsTargets: boolean;
}

export interface ClassSizeOptions {
  bands?: ClassSizeBands;
  limits?: Record<Stage, number>;
  targets?: typeof DEFAULT_CLASS_SIZE_TARGETS;
  /** Only these schools (e.g. the evaluation population); all schools with statistics when absent. */
  schoolCodes?: ReadonlySet<string>;
}

export function classSizeReport(
  data: CountyData,
  schoolYear: SchoolYear,
  options: ClassSizeOptions = {},
): ClassSizeReport {
  const bands = options.bands ?? DEFAULT_CLASS_SIZE_BANDS;
  const limits = options.limits ?? DEFAULT_CLASS_SIZE_LIMITS;
  const targets = options.targets ?? DEFAULT_CLASS_SIZE_TARGETS;
  const wanted = (code: string) => options.schoolCodes === undefined || options.schoolCodes.has(code);
  const bySchool = new Map<string, SchoolClassSize>();
  const entry = (code: string, source: SchoolClassSize['source']) => {
    let e = bySchool.get(code);
    if (e === undefined) {
      e = {
        schoolCode: code,
        source,
        byStage: { primary: emptyCounts(), junior: emptyCounts() },
        total: emptyCounts(),
      };
      bySchool.set(code, e);
    }
    return e;
  };
  for (const c of data.classes) {
    if (c.schoolYear !== schoolYear || !wanted(c.schoolCode)) continue;
    const e = entry(c.schoolCode, 'classes');
    addClass(e.byStage[c.stage], c.students, limits[c.stage], bands);
    addClass(e.total, c.students, limits[c.stage], bands);
  }
  for (const s of data.stats) {
    if (s.schoolYear !== schoolYear || !wanted(s.schoolCode) || bySchool.has(s.schoolCode)) continue;
    const stages: [Stage, number, number][] = [
      ['primary', s.primaryStudents, s.primaryClasses],
      ['junior', s.juniorStudents, s.juniorClasses],
    ];
    if (!stages.some(([, , classes]) => classes > 0)) continue;
    const e = entry(s.schoolCode, 'average');
    for (const [stage, students, classes] of stages) {
      if (classes <= 0) continue;
      const size = students / classes;
      addClass(e.byStage[stage], size, limits[stage], bands, classes);
      addClass(e.total, size, limits[stage], bands, classes);
    }
  }
  const schools = [...bySchool.values()];
  const county = { primary: emptyCounts(), junior: emptyCounts(), total: emptyCounts() };
  for (const s of schools) for (const k of ['primary', 'junior'] as const) merge(county[k], s.byStage[k]);
  merge(county.total, county.primary);
  merge(county.total, county.junior);
  const meetsTargets =
    county.total.superOversized <= targets.maxSuperOversized &&
    county.total.oversizedShare <= targets.maxOversizedShare;
  return { schools, county, meetsTargets };
}

function merge(into: ClassSizeCounts, from: ClassSizeCounts): void {
  into.classes += from.classes;
  into.normal += from.normal;
  into.larger += from.larger;
  into.oversized += from.oversized;
  into.superOversized += from.superOversized;
  into.overLimit += from.overLimit;
  into.maxSize = Math.max(into.maxSize, from.maxSize);
  into.oversizedShare = into.classes > 0 ? into.oversized / into.classes : 0;
}

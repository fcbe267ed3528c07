// 班级 rows for one year, consistent with the stats row: as many classes as the stats say, students adding up per
// stage. Sizes cluster round the school's average; the flagship gets its 66+ classes (超大班额, standards.md §6).
import type { ClassRow, SchoolYear, SchoolYearStats, Stage } from '../org/types';
import type { Random } from '../shared/random';
import type { SchoolPlan } from './plan';

const GRADE_NAMES = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Split `total` into `parts` near-equal integers, the larger ones first. */
function evenSplit(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

/** Classes per grade: as even as possible, any extra classes in random grades. */
function classesPerGrade(rng: Random, classes: number, grades: number): number[] {
  const per = evenSplit(classes, grades);
  for (let i = per.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const a = per[i] as number;
    per[i] = per[j] as number;
    per[j] = a;
  }
  return per;
}

/** Move students between classes of one stage without changing the total: a little realistic unevenness. */
function jitter(rng: Random, sizes: number[], rounds: number, cap: number): void {
  if (sizes.length < 2) return;
  for (let r = 0; r < rounds; r++) {
    const from = Math.floor(rng.next() * sizes.length);
    const to = Math.floor(rng.next() * sizes.length);
    const a = sizes[from] as number;
    const b = sizes[to] as number;
    if (from !== to && a > 1 && b + 1 <= cap) {
      sizes[from] = a - 1;
      sizes[to] = b + 1;
    }
  }
}

/** Push `count` classes to 66–68 students, taking one student at a time from the largest other classes. */
function makeSuperOversized(rng: Random, sizes: number[], count: number): void {
  const targets = new Set<number>();
  for (let k = 0; k < count && k < sizes.length; k++) {
    let idx = Math.floor(rng.next() * sizes.length);
    while (targets.has(idx)) idx = (idx + 1) % sizes.length;
    targets.add(idx);
    const want = 66 + Math.floor(rng.next() * 3);
    while ((sizes[idx] as number) < want) {
      let donor = -1;
      sizes.forEach((s, i) => {
        if (!targets.has(i) && s > 1 && (donor < 0 || s > (sizes[donor] as number))) donor = i;
      });
      if (donor < 0) return;
      sizes[donor] = (sizes[donor] as number) - 1;
      sizes[idx] = (sizes[idx] as number) + 1;
    }
  }
}

function stageRows(
  rng: Random,
  plan: SchoolPlan,
  schoolYear: SchoolYear,
  stage: Stage,
  students: number,
  classes: number,
): ClassRow[] {
  if (classes === 0) return [];
  const gradeCount = stage === 'primary' ? Math.min(plan.primaryGrades, classes) : Math.min(3, classes);
  const firstGrade = stage === 'primary' ? 1 : 7;
  const perGrade = classesPerGrade(rng, classes, gradeCount);
  const sizes = evenSplit(students, classes);
  // Nothing reaches 66 by chance: the super-oversized classes are placed on purpose below.
  jitter(rng, sizes, classes * 2, Math.max(65, ...sizes));
  if (stage === 'primary' || plan.base.primary === 0)
    makeSuperOversized(rng, sizes, plan.superOversizedClasses);
  const rows: ClassRow[] = [];
  let k = 0;
  perGrade.forEach((n, g) => {
    const grade = firstGrade + g;
    for (let c = 1; c <= n; c++) {
      rows.push({
        schoolYear,
        schoolCode: plan.school.schoolCode,
        stage,
        grade,
        className: `${GRADE_NAMES[grade - 1] ?? grade}年级${c}班`,
        students: sizes[k++] as number,
      });
    }
  });
  return rows;
}

export function classRows(rng: Random, plan: SchoolPlan, stats: SchoolYearStats): ClassRow[] {
  return [
    ...stageRows(rng, plan, stats.schoolYear, 'primary', stats.primaryStudents, stats.primaryClasses),
    ...stageRows(rng, plan, stats.schoolYear, 'junior', stats.juniorStudents, stats.juniorClasses),
  ];
}

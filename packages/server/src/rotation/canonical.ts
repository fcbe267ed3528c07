// The planner breaks ties by input order, and a database returns rows in no set order: sorting schools,
// statistics and teachers by their codes first makes the same county give the same plan from a workbook or
// from the database, every time.
import type { CountyData } from '@junheng/core';

const byText =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

export function canonicalOrder<T extends Pick<CountyData, 'schools' | 'stats' | 'teachers'>>(data: T): T {
  return {
    ...data,
    schools: [...data.schools].sort(byText((s) => s.schoolCode)),
    stats: [...data.stats].sort(byText((s) => `${s.schoolYear}|${s.schoolCode}`)),
    teachers: [...data.teachers].sort(byText((t) => `${t.schoolYear}|${t.teacherCode}`)),
  };
}

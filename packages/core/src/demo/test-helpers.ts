// Shared by the demo generator's tests: a stable content hash and per-school lookups.
import type { CountyData, School, SchoolYearStats } from '../org/types';

/** FNV-1a (32-bit) over the JSON text: the same data always gives the same hash, on every platform. */
export function stableHash(value: unknown): string {
  const text = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function schoolIndex(data: CountyData): Map<string, School> {
  return new Map(data.schools.map((s) => [s.schoolCode, s]));
}

export function statsOf(data: CountyData, schoolYear: string): Map<string, SchoolYearStats> {
  return new Map(data.stats.filter((s) => s.schoolYear === schoolYear).map((s) => [s.schoolCode, s]));
}

export function studentsIn(s: SchoolYearStats): number {
  return s.primaryStudents + s.juniorStudents + s.seniorStudents;
}

/** YYYY-MM → months since year 0. */
export function months(ym: string): number {
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
}

export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

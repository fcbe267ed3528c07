import { measure, undefinedMeasure, type Measure } from './types';

/**
 * Teacher-allocation consistency: 1 − R² of the least-squares line of teachers on students across schools
 * (one point per school, unweighted). 0 = teachers follow enrolment exactly; higher = allocation less explained
 * by enrolment (standards.md §9). Undefined when students or teachers do not vary.
 */
export function allocationInconsistency(students: ArrayLike<number>, teachers: ArrayLike<number>): Measure {
  const n = students.length;
  if (n === 0) return undefinedMeasure('noStudents');
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += students[i] as number;
    my += teachers[i] as number;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (students[i] as number) - mx;
    const dy = (teachers[i] as number) - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (sxx === 0 || syy === 0) return undefinedMeasure('noVariation');
  const r2 = (sxy * sxy) / (sxx * syy);
  return measure(Math.min(1, Math.max(0, 1 - r2)));
}

import type { SchoolYearStats } from '../../app/api/types';

export interface PerStudentRow {
  schoolYear: string;
  students: number;
  teachingAuxArea: number | null;
  /** In hundreds of yuan so that it shares an axis with the other measures. */
  equipmentValueHundreds: number | null;
  books: number | null;
  computersPerHundred: number | null;
}

// The compulsory-education measures count primary and junior pupils only (教督〔2017〕6号 indicators are per
// compulsory-stage student); senior pupils of a complete or twelve-year school are left out.
export function compulsoryStudents(stats: SchoolYearStats): number {
  return stats.primaryStudents + stats.juniorStudents;
}

function ratio(value: number, students: number, scale = 1): number | null {
  if (students <= 0) return null;
  return Math.round((value * scale * 100) / students) / 100;
}

/** Resources per student for each school year, rounded to 2 decimals; null where there are no students. */
export function perStudentSeries(stats: SchoolYearStats[]): PerStudentRow[] {
  return [...stats]
    .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear))
    .map((row) => {
      const students = compulsoryStudents(row);
      return {
        schoolYear: row.schoolYear,
        students,
        teachingAuxArea: ratio(row.teachingAuxArea, students),
        equipmentValueHundreds: ratio(row.equipmentValue, students, 1 / 100),
        books: ratio(row.books, students),
        computersPerHundred: ratio(row.computers, students, 100),
      };
    });
}

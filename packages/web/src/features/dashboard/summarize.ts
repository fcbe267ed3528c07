import type { SchoolRow, SchoolType, UrbanRural } from '../../app/api/types';
import { SCHOOL_TYPES, URBAN_RURALS } from '../../app/api/types';

export interface GroupCount {
  schools: number;
  students: number;
}

export interface SchoolSummary {
  schools: number;
  weakSchools: number;
  teachers: number;
  primaryStudents: number;
  juniorStudents: number;
  students: number;
  byUrbanRural: Record<UrbanRural, GroupCount>;
  byType: Record<SchoolType, GroupCount>;
}

function emptyGroups<K extends string>(keys: readonly K[]): Record<K, GroupCount> {
  return Object.fromEntries(keys.map((key) => [key, { schools: 0, students: 0 }])) as Record<K, GroupCount>;
}

/** The cockpit's counts (RPT-1): schools by urban/town/rural and by type, teachers, compulsory-stage students. */
export function summarizeSchools(rows: readonly SchoolRow[]): SchoolSummary {
  const summary: SchoolSummary = {
    schools: rows.length,
    weakSchools: 0,
    teachers: 0,
    primaryStudents: 0,
    juniorStudents: 0,
    students: 0,
    byUrbanRural: emptyGroups(URBAN_RURALS),
    byType: emptyGroups(SCHOOL_TYPES),
  };
  for (const row of rows) {
    const students = row.primaryStudents + row.juniorStudents;
    if (row.weak) summary.weakSchools += 1;
    summary.teachers += row.teacherCount;
    summary.primaryStudents += row.primaryStudents;
    summary.juniorStudents += row.juniorStudents;
    summary.students += students;
    const area = summary.byUrbanRural[row.urbanRural];
    if (area) {
      area.schools += 1;
      area.students += students;
    }
    const type = summary.byType[row.schoolType];
    if (type) {
      type.schools += 1;
      type.students += students;
    }
  }
  return summary;
}

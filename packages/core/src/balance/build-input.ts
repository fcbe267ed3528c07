// buildEvaluationInput: the county's workbook → its school sections for one year under one standard.
import type { CountyData, SchoolYear, SchoolYearStats, Stage } from '../org/types';
import { urbanRuralOf } from '../org/types';
import type { EvaluationInput, Exclusion, FacilityResources, Section, TeacherCounts } from './input';
import { decideSchool, studentsIn } from './population';
import { facilityShares, splitFacilities } from './split';
import type { Standard } from './standards/types';
import { countTeacher, emptyTeacherCounts } from './teacher-counts';

const facilitiesOf = (s: SchoolYearStats): FacilityResources => ({
  teachingAuxArea: s.teachingAuxArea,
  indoorSportsArea: s.indoorSportsArea,
  sportsGroundArea: s.sportsGroundArea,
  equipmentValue: s.equipmentValue,
  computers: s.computers,
  multimediaClassrooms: s.multimediaClassrooms,
  books: s.books,
});

const sectionId = (schoolCode: string, stage: Stage) => `${schoolCode}|${stage}`;

/**
 * Teachers count by their stage at their school of service; in a single-stage school every teacher counts in
 * its one stage (the workbook's 任教学段 is only needed in multi-stage schools).
 */
function teacherCountsBySection(
  data: CountyData,
  schoolYear: SchoolYear,
  sections: Map<string, Stage[]>,
  standard: Standard,
): Map<string, TeacherCounts> {
  const out = new Map<string, TeacherCounts>();
  for (const t of data.teachers) {
    if (t.schoolYear !== schoolYear) continue;
    const stages = sections.get(t.schoolCode);
    if (stages === undefined) continue;
    const stage = stages.length === 1 ? (stages[0] as Stage) : t.stage;
    if (!stages.includes(stage)) continue;
    const id = sectionId(t.schoolCode, stage);
    let counts = out.get(id);
    if (counts === undefined) out.set(id, (counts = emptyTeacherCounts()));
    countTeacher(counts, t, stage, standard.teacherRules);
  }
  return out;
}

/** The county's sections of one school year, in the order of its schools, and every exclusion with its reason. */
export function buildEvaluationInput(
  data: CountyData,
  schoolYear: SchoolYear,
  standard: Standard,
): EvaluationInput {
  const statsByCode = new Map<string, SchoolYearStats>();
  for (const s of data.stats) if (s.schoolYear === schoolYear) statsByCode.set(s.schoolCode, s);
  const excluded: Exclusion[] = [];
  const included: { schoolIndex: number; stats: SchoolYearStats; stages: Stage[] }[] = [];
  const stagesByCode = new Map<string, Stage[]>();
  data.schools.forEach((school, schoolIndex) => {
    const stats = statsByCode.get(school.schoolCode);
    const d = decideSchool(school, stats, standard.population);
    if (!d.in) {
      excluded.push({ schoolCode: school.schoolCode, reason: d.reason });
      return;
    }
    for (const o of d.outStages)
      excluded.push({ schoolCode: school.schoolCode, stage: o.stage, reason: o.reason });
    const stages = d.stages.map((s) => s.stage);
    included.push({ schoolIndex, stats: stats as SchoolYearStats, stages });
    stagesByCode.set(school.schoolCode, stages);
  });
  const teachers = teacherCountsBySection(data, schoolYear, stagesByCode, standard);
  const sections: Section[] = [];
  for (const { schoolIndex, stats, stages } of included) {
    const school = data.schools[schoolIndex];
    if (school === undefined) continue;
    const shares = facilityShares(
      school.schoolType,
      { primary: stats.primaryStudents, junior: stats.juniorStudents, senior: stats.seniorStudents },
      standard.splitWeights,
    );
    const total = facilitiesOf(stats);
    for (const stage of stages) {
      sections.push({
        schoolCode: school.schoolCode,
        schoolName: school.name,
        schoolType: school.schoolType,
        urbanRural: urbanRuralOf(school.urbanRuralCode),
        stage,
        students: studentsIn(stats, stage),
        classes: stage === 'primary' ? stats.primaryClasses : stats.juniorClasses,
        facilityShare: shares[stage],
        facilities: splitFacilities(total, shares[stage]),
        teachers: teachers.get(sectionId(school.schoolCode, stage)) ?? emptyTeacherCounts(),
      });
    }
  }
  return { countyCode: data.county.divisionCode, schoolYear, standardId: standard.id, sections, excluded };
}

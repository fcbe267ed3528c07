// An example provincial basic school standard (省义务教育学校办学基本标准) for basic-2012 per-school compliance:
// ten (indicator, minimum) pairs, "at least 8 of 10 met and none below 60%" (standards.md §4, one province's
// rule). The minimums are illustrative: a province replaces them with its own by withOverrides().
import { INDICATORS } from './indicators';
import type { SchoolRule } from './types';
import { BASIC_2012 } from './basic-2012';
import type { Standard } from './types';

export const PROVINCIAL_BASIC_EXAMPLE_RULE: SchoolRule = {
  name: { zh: '省义务教育学校办学基本标准（示例）', en: 'Provincial basic school standard (example)' },
  items: [
    { ...INDICATORS.teachingAuxAreaPerStudent, minimum: { primary: 3.5, junior: 4.5 } },
    { ...INDICATORS.sportsAreaPerStudent, minimum: { primary: 6, junior: 8 } },
    { ...INDICATORS.equipmentValuePerStudent, minimum: { primary: 1000, junior: 1500 } },
    { ...INDICATORS.computersPer100, minimum: { primary: 10, junior: 12 } },
    { ...INDICATORS.booksPerStudent, minimum: { primary: 15, junior: 25 } },
    // 1 : 19 and 1 : 13.5, the national staffing ratios, as teachers per student.
    { ...INDICATORS.teacherStudentRatio, minimum: { primary: 1 / 19, junior: 1 / 13.5 } },
    { ...INDICATORS.aboveRequiredEducationTeachersPerStudent, minimum: { primary: 0.035, junior: 0.045 } },
    { ...INDICATORS.intermediateTitleTeachersPerStudent, minimum: { primary: 0.02, junior: 0.03 } },
    { ...INDICATORS.multimediaClassroomsPer100, minimum: { primary: 2, junior: 2 } },
    { ...INDICATORS.peArtsTeachersPer100, minimum: { primary: 0.6, junior: 0.6 } },
  ],
  minMet: 8,
  floorShare: 0.6,
};

/** basic-2012 with the example provincial per-school rule. */
export const BASIC_2012_PROVINCIAL_EXAMPLE: Standard = {
  ...BASIC_2012,
  version: `${BASIC_2012.version} + provincial example`,
  schoolRule: PROVINCIAL_BASIC_EXAMPLE_RULE,
};

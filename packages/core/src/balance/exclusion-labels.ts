// How each exclusion reason reads in reports and pages (standards.md §2).
import type { ExclusionReason } from './input';
import type { LocalisedText } from './standards/types';

export const EXCLUSION_REASON_LABELS: Readonly<Record<ExclusionReason, LocalisedText>> = {
  private: { zh: '民办学校', en: 'private school' },
  runByNotCounty: { zh: '非县级政府举办', en: 'not run by the county' },
  specialEducation: { zh: '特殊教育学校', en: 'special-education school' },
  excludedSchoolType: { zh: '不参与计算的学校类型', en: 'school type outside the population' },
  teachingPoint: { zh: '教学点（基本均衡不计）', en: 'teaching point (not counted in basic balance)' },
  teachingPointUnderCutoff: {
    zh: '学生数不足规定人数的教学点',
    en: 'teaching point below the student cutoff',
  },
  noStudentsInStage: { zh: '该学段无学生', en: 'no students in this stage' },
  noStats: { zh: '缺少本学年办学条件数据', en: 'no statistics for this school year' },
};

// 基本均衡: 《县域义务教育均衡发展督导评估暂行办法》(教督〔2012〕3号) and its 差异系数测算说明.
import { DEFAULT_SPLIT_WEIGHTS, DEFAULT_TEACHER_RULES } from './common';
import { INDICATORS } from './indicators';
import type { Standard } from './types';

export const BASIC_2012: Standard = {
  id: 'basic-2012',
  version: '教督〔2012〕3号',
  name: { zh: '县域义务教育基本均衡', en: 'Basic balance (2012)' },
  source: '《县域义务教育均衡发展督导评估暂行办法》（教督〔2012〕3号）',
  // The eight indicators in the order of the official tables (standards.md §4).
  indicators: [
    INDICATORS.teachingAuxAreaPerStudent,
    INDICATORS.sportsAreaPerStudent,
    INDICATORS.equipmentValuePerStudent,
    INDICATORS.computersPer100,
    INDICATORS.booksPerStudent,
    INDICATORS.teacherStudentRatio,
    INDICATORS.aboveRequiredEducationTeachersPerStudent,
    INDICATORS.intermediateTitleTeachersPerStudent,
  ],
  // Single CVs above the line are allowed when the composite passes; the line is shown beside each CV.
  cvThresholds: { primary: 0.65, junior: 0.55 },
  composite: { kind: 'meanOfCvs', threshold: { primary: 0.65, junior: 0.55 } },
  // Per-school compliance is provincial: see PROVINCIAL_BASIC_EXAMPLE and withOverrides().
  schoolRule: null,
  population: {
    excludePrivate: true,
    excludeNotCountyRun: true,
    excludedSchoolTypes: ['specialEducation'],
    teachingPoints: { kind: 'excludeAll' },
  },
  splitWeights: DEFAULT_SPLIT_WEIGHTS,
  teacherRules: DEFAULT_TEACHER_RULES,
};

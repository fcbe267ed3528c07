// 优质均衡: 《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号), still the operative standard in 2025.
import type { StageValues } from '../input';
import { DEFAULT_SPLIT_WEIGHTS, DEFAULT_TEACHER_RULES } from './common';
import { INDICATORS } from './indicators';
import type { IndicatorDefinition, SchoolRuleItem, Standard } from './types';

// The seven resource indicators with their per-stage minimums (教督〔2017〕6号 第五条; standards.md §5).
const withMinimum = (indicator: IndicatorDefinition, minimum: StageValues): SchoolRuleItem => ({
  ...indicator,
  minimum,
});

const ITEMS: SchoolRuleItem[] = [
  withMinimum(INDICATORS.aboveRequiredEducationTeachersPer100, { primary: 4.2, junior: 5.3 }),
  withMinimum(INDICATORS.backboneTeachersPer100, { primary: 1.0, junior: 1.0 }),
  withMinimum(INDICATORS.peArtsTeachersPer100, { primary: 0.9, junior: 0.9 }),
  withMinimum(INDICATORS.teachingAuxAreaExclIndoorSportsPerStudent, { primary: 4.5, junior: 5.8 }),
  withMinimum(INDICATORS.sportsAreaPerStudent, { primary: 7.5, junior: 10.2 }),
  withMinimum(INDICATORS.equipmentValuePerStudent, { primary: 2000, junior: 2500 }),
  withMinimum(INDICATORS.multimediaClassroomsPer100, { primary: 2.3, junior: 2.4 }),
];

export const QUALITY_2017: Standard = {
  id: 'quality-2017',
  version: '教督〔2017〕6号',
  name: { zh: '县域义务教育优质均衡', en: 'Quality balance (2017)' },
  source: '《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）',
  indicators: ITEMS.map(({ minimum: _minimum, ...indicator }) => indicator),
  cvThresholds: { primary: 0.5, junior: 0.45 },
  composite: null,
  // Each school: at least 6 of the 7 met, and the one not met at least 85% of its minimum.
  schoolRule: {
    name: { zh: '校际资源配置达标', en: 'School resource minimums' },
    items: ITEMS,
    minMet: 6,
    floorShare: 0.85,
  },
  population: {
    excludePrivate: true,
    excludeNotCountyRun: true,
    excludedSchoolTypes: ['specialEducation'],
    // standards.md §2 (choice): teaching points with fewer than 50 students are left out.
    teachingPoints: { kind: 'excludeUnder', minStudents: 50 },
  },
  // The same split as basic-2012 (choice, standards.md §5).
  splitWeights: DEFAULT_SPLIT_WEIGHTS,
  teacherRules: DEFAULT_TEACHER_RULES,
};

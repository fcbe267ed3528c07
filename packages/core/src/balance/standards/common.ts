// Rules shared by both national standards (standards.md §2, §3, §4 item 7–8, §5).
import type { SplitWeights, TeacherRules } from './types';

/** standards.md §3: nine-year 1 : 1.1, complete secondary 1 : 1.2 (junior : senior), twelve-year 1 : 1.1 : 1.32. */
export const DEFAULT_SPLIT_WEIGHTS: SplitWeights = {
  nineYear: { primary: 1, junior: 1.1 },
  completeSecondary: { junior: 1, senior: 1.2 },
  twelveYear: { primary: 1, junior: 1.1, senior: 1.32 },
};

/** glossary: above required = primary 专科 or higher, junior 本科 or higher; 中级及以上 = 一级 or above. */
export const DEFAULT_TEACHER_RULES: TeacherRules = {
  requiredEducation: { primary: 'associate', junior: 'bachelor' },
  intermediateTitles: ['first', 'senior', 'senior_professor'],
  backboneLevels: ['county', 'city', 'province', 'national'],
  peArtsSubjects: ['pe', 'music', 'fine_arts'],
};

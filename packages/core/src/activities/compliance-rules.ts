// ACT-2: the joint-work quotas per term or school year, as data. Each default names the seed it comes from;
// a county edits the numbers, the kinds that count, and which communities a rule applies to.
import type { LocalizedText } from '../import/types';
import type { UrbanRural } from '../org/types';
import type { CommunityKind } from '../communities/types';
import type { ActivityKind } from './types';

/** Who a rule is counted for: each community, each master studio, or each county researcher. */
export type ComplianceSubjectKind = 'community' | 'masterStudio' | 'researcher';

export interface ComplianceRule {
  id: string;
  label: LocalizedText;
  /** Where the number comes from, e.g. `seed 002`. */
  source: string;
  subject: ComplianceSubjectKind;
  period: 'term' | 'schoolYear';
  required: number;
  kinds: ActivityKind[];
  /** `activities` counts activities; `lessons` sums lessons observed. */
  measure: 'activities' | 'lessons';
  /** Community rules: the kinds of community the rule applies to (all when absent). */
  communityKinds?: CommunityKind[];
  /** Only activities hosted at schools of these classes count (seed 003: "到集团农村学校"). */
  hostUrbanRural?: UrbanRural[];
  /** Only activities hosted inside the subject count: a member school of the community (or of the studio's
   * group), a school of the researcher's patch. */
  hostInSubject?: boolean;
  /** Only activities flagged as rural-quality research count (seed 003). */
  ruralQualityOnly?: boolean;
}

const RESEARCH_KINDS: ActivityKind[] = [
  'collectiveLessonPrep',
  'jointResearch',
  'teachingSalon',
  'researchProject',
];

export const DEFAULT_COMPLIANCE_RULES: ComplianceRule[] = [
  {
    id: 'communityJointResearch',
    label: {
      'zh-CN': '集体备课、教学沙龙、联合教研、课题研究',
      'en-US': 'Joint lesson prep, salons, research',
    },
    source: 'seed 002: 每学期不少于8次',
    subject: 'community',
    period: 'term',
    required: 8,
    kinds: RESEARCH_KINDS,
    measure: 'activities',
    communityKinds: ['urban_rural_community', 'education_group'],
  },
  {
    id: 'masterStudioOutreach',
    label: {
      'zh-CN': '名师工作室到集团农村学校活动',
      'en-US': 'Master studio activities at rural group schools',
    },
    source: 'seed 003: 每学期到集团农村学校开展活动不少于3次',
    subject: 'masterStudio',
    period: 'term',
    required: 3,
    kinds: ['lessonObservation', 'openLesson', 'themedSeminar', 'masterStudioActivity'],
    measure: 'activities',
    hostUrbanRural: ['rural'],
    hostInSubject: true,
  },
  {
    id: 'researcherLessons',
    label: { 'zh-CN': '教研员听评课节数', 'en-US': 'Lessons observed by the researcher' },
    source: 'seed 003: 每学期听评课不少于15节',
    subject: 'researcher',
    period: 'term',
    required: 15,
    kinds: ['lessonObservation', 'researcherVisit', 'diagnosticVisit'],
    measure: 'lessons',
    hostInSubject: true,
  },
  {
    id: 'researcherGuidance',
    label: { 'zh-CN': '教研员教研指导次数', 'en-US': 'Researcher guidance visits' },
    source: 'seed 003: 开展教研指导不少于2次',
    subject: 'researcher',
    period: 'term',
    required: 2,
    kinds: ['researcherVisit', 'diagnosticVisit'],
    measure: 'activities',
    hostInSubject: true,
  },
  {
    id: 'researcherRuralQuality',
    label: { 'zh-CN': '提升乡村教育质量主题教研', 'en-US': 'Rural-quality research event' },
    source: 'seed 003: 每年组织开展1次',
    subject: 'researcher',
    period: 'schoolYear',
    required: 1,
    kinds: [...RESEARCH_KINDS, 'themedSeminar', 'researcherVisit'],
    measure: 'activities',
    ruralQualityOnly: true,
  },
  {
    id: 'principalForum',
    label: { 'zh-CN': '校长论坛', 'en-US': 'Principal forum' },
    source: 'seed 003: 每学期开展1次',
    subject: 'community',
    period: 'term',
    required: 1,
    kinds: ['principalForum'],
    measure: 'activities',
    communityKinds: ['education_group'],
  },
  {
    id: 'cultureEvent',
    label: { 'zh-CN': '校园文化、社团展演联合活动', 'en-US': 'Joint culture event' },
    source: 'seed 003: 每学年联合组织开展1次',
    subject: 'community',
    period: 'schoolYear',
    required: 1,
    kinds: ['cultureEvent'],
    measure: 'activities',
    communityKinds: ['education_group'],
  },
];

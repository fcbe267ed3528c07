// zh-CN / en-US texts of community violations. Kept apart so wording changes never touch the checks.
import type { LocalizedText } from '../import/types';

export const COMMUNITY_VIOLATION_CODES = [
  'unknownSchool',
  'tooManySchools',
  'tooFewSchools',
  'leadNotMember',
  'weakLead',
  'leadUrbanRural',
  'multipleCommunitiesOfKind',
  'schoolUncovered',
] as const;
export type CommunityViolationCode = (typeof COMMUNITY_VIOLATION_CODES)[number];

export interface ViolationFacts {
  community?: string;
  school?: string;
  count?: number;
  limit?: number;
  others?: string;
  allowed?: string;
}

const s = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

export function violationMessage(code: CommunityViolationCode, f: ViolationFacts): LocalizedText {
  switch (code) {
    case 'unknownSchool':
      return {
        'zh-CN': `${s(f.community)}：学校 ${s(f.school)} 不在学校名册中`,
        'en-US': `${s(f.community)}: school ${s(f.school)} is not in the school list`,
      };
    case 'tooManySchools':
      return {
        'zh-CN': `${s(f.community)} 有 ${s(f.count)} 所学校，超过上限 ${s(f.limit)} 所`,
        'en-US': `${s(f.community)} has ${s(f.count)} schools, above the limit of ${s(f.limit)}`,
      };
    case 'tooFewSchools':
      return {
        'zh-CN': `${s(f.community)} 只有 ${s(f.count)} 所学校，至少需要 ${s(f.limit)} 所`,
        'en-US': `${s(f.community)} has only ${s(f.count)} school(s); at least ${s(f.limit)} are needed`,
      };
    case 'leadNotMember':
      return {
        'zh-CN': `${s(f.community)} 的牵头校 ${s(f.school)} 不是现有成员`,
        'en-US': `${s(f.community)}: the lead school ${s(f.school)} is not a current member`,
      };
    case 'weakLead':
      return {
        'zh-CN': `${s(f.community)} 的牵头校 ${s(f.school)} 是薄弱学校`,
        'en-US': `${s(f.community)}: the lead school ${s(f.school)} is a weak school`,
      };
    case 'leadUrbanRural':
      return {
        'zh-CN': `${s(f.community)} 的牵头校 ${s(f.school)} 应为${s(f.allowed)}学校`,
        'en-US': `${s(f.community)}: the lead school ${s(f.school)} should be ${s(f.allowed)}`,
      };
    case 'multipleCommunitiesOfKind':
      return {
        'zh-CN': `学校 ${s(f.school)} 同时属于多个同类共同体：${s(f.others)}`,
        'en-US': `School ${s(f.school)} is in more than one community of the same kind: ${s(f.others)}`,
      };
    case 'schoolUncovered':
      return {
        'zh-CN': `乡村学校 ${s(f.school)} 未纳入任何共同体`,
        'en-US': `Rural school ${s(f.school)} is in no community`,
      };
  }
}

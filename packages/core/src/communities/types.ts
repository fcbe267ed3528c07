// 共同体: a typed grouping of schools with one lead school (牵头校) and member schools (成员校), the "1+N" shape
// of seeds 002 and 003. Membership carries dates so the history of who belonged when is kept, not overwritten.
import type { LocalizedText } from '../import/types';
import type { IsoDate } from './dates';

export const COMMUNITY_KINDS = [
  'education_group', // 教育集团 (seed 003: 9 groups of ≤ 4 schools)
  'urban_rural_community', // 城乡发展共同体 (seed 002: one urban/town lead + N rural central schools)
  'school_district', // 学区
  'research_alliance', // 教研联盟 (seed 003: "互联网+教研" alliance)
] as const;
export type CommunityKind = (typeof COMMUNITY_KINDS)[number];

export const COMMUNITY_KIND_LABELS: Record<CommunityKind, LocalizedText> = {
  education_group: { 'zh-CN': '教育集团', 'en-US': 'Education group' },
  urban_rural_community: { 'zh-CN': '城乡发展共同体', 'en-US': 'Urban–rural community' },
  school_district: { 'zh-CN': '学区', 'en-US': 'School district' },
  research_alliance: { 'zh-CN': '教研联盟', 'en-US': 'Research alliance' },
};

/** One school's stay in a community; `leftOn` null while it is still a member. The lead is a member too. */
export interface CommunityMembership {
  schoolCode: string;
  joinedOn: IsoDate;
  leftOn: IsoDate | null;
}

export interface Community {
  id: string;
  kind: CommunityKind;
  name: string;
  leadSchoolCode: string;
  members: CommunityMembership[];
  startOn: IsoDate;
  /** Null while the community is running. */
  endOn: IsoDate | null;
  /** 章程: the charter text or a file reference. */
  charter?: string | null;
}

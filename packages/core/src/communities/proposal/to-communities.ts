// A proposal in the shape the server stores (COM-1): one Community per proposed group, the lead listed as a
// member too, every membership starting on the day the bureau accepts the proposal.
import type { IsoDate } from '../dates';
import { COMMUNITY_KIND_LABELS, type Community } from '../types';
import type { Proposal } from './types';

export interface ToCommunitiesOptions {
  startOn: IsoDate;
  /** Ids are `${idPrefix}-1`, `-2`, … in proposal order; the server may replace them with its own. */
  idPrefix: string;
  charter?: string | null;
}

export function proposalToCommunities(proposal: Proposal, options: ToCommunitiesOptions): Community[] {
  const suffix = COMMUNITY_KIND_LABELS[proposal.kind]['zh-CN'];
  return proposal.communities.map((c, i) => ({
    id: `${options.idPrefix}-${i + 1}`,
    kind: proposal.kind,
    // The usual naming: 〈lead school〉教育集团 / 城乡发展共同体 / 学区 / 教研联盟.
    name: `${c.leadName}${suffix}`,
    leadSchoolCode: c.leadSchoolCode,
    members: [c.leadSchoolCode, ...c.members.map((m) => m.schoolCode)].map((schoolCode) => ({
      schoolCode,
      joinedOn: options.startOn,
      leftOn: null,
    })),
    startOn: options.startOn,
    endOn: null,
    charter: options.charter ?? null,
  }));
}

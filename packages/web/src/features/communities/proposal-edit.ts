// COM-3 edits on the web: the bureau moves a member to another proposed lead or leaves it out before accepting.
// A draft is the proposal's groups as plain lists; an unchanged draft is accepted as stored (the server's
// audited accept), a changed one becomes the communities it shows.
import type { Proposal, ProposedMember } from '@junheng/core';

export interface DraftGroup {
  leadCode: string;
  leadName: string;
  members: ProposedMember[];
}
export interface ProposalDraft {
  groups: DraftGroup[];
  /** Members taken out by the bureau (the planner's own left-outs stay in the proposal's list). */
  removed: ProposedMember[];
}

export function draftOf(proposal: Proposal): ProposalDraft {
  return {
    groups: proposal.communities.map((c) => ({
      leadCode: c.leadSchoolCode,
      leadName: c.leadName,
      members: [...c.members],
    })),
    removed: [],
  };
}

/** Moves a member to another group's lead, or out of the draft when `toLeadCode` is null. */
export function moveMember(
  draft: ProposalDraft,
  memberCode: string,
  toLeadCode: string | null,
): ProposalDraft {
  const member =
    draft.groups.flatMap((g) => g.members).find((m) => m.schoolCode === memberCode) ??
    draft.removed.find((m) => m.schoolCode === memberCode);
  if (!member) return draft;
  if (toLeadCode !== null && !draft.groups.some((g) => g.leadCode === toLeadCode)) return draft;
  const groups = draft.groups.map((g) => ({
    ...g,
    members: [
      ...g.members.filter((m) => m.schoolCode !== memberCode),
      ...(g.leadCode === toLeadCode ? [member] : []),
    ],
  }));
  const removed = [
    ...draft.removed.filter((m) => m.schoolCode !== memberCode),
    ...(toLeadCode === null ? [member] : []),
  ];
  return { groups, removed };
}

/** Whether the draft still pairs every member with the lead the planner chose (and removed none). */
export function draftUnchanged(draft: ProposalDraft, proposal: Proposal): boolean {
  if (draft.removed.length > 0) return false;
  const key = (lead: string, members: readonly { schoolCode: string }[]) =>
    `${lead}:${members
      .map((m) => m.schoolCode)
      .sort()
      .join(',')}`;
  const a = draft.groups.map((g) => key(g.leadCode, g.members)).sort();
  const b = proposal.communities.map((c) => key(c.leadSchoolCode, c.members)).sort();
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** [lead code, member code] of every pairing in the draft (for the map's lines). */
export function draftPairs(draft: ProposalDraft): [string, string][] {
  return draft.groups.flatMap((g) => g.members.map((m) => [g.leadCode, m.schoolCode] as [string, string]));
}

/** The groups that would become communities: a lead left without members is no "1+N" and is dropped. */
export function draftCommunities(draft: ProposalDraft): DraftGroup[] {
  return draft.groups.filter((g) => g.members.length > 0);
}

/** Groups over the size cap (lead included) after the edits: the server would refuse them. */
export function overCap(draft: ProposalDraft, maxSchools: number): string[] {
  return draft.groups.filter((g) => g.members.length + 1 > maxSchools).map((g) => g.leadCode);
}

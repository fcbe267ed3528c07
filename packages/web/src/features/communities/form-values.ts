import type { Subject } from '@junheng/core';

/** A text field's value for the API: trimmed, and null when nothing is left (an optional field cleared). */
export const optionalText = (s: string | null | undefined): string | null =>
  s && s.trim() !== '' ? s.trim() : null;

/** The fields a mentorship pair and a master studio share: the group, the subject and the period. */
export interface GroupPeriodValues {
  communityId?: string | undefined;
  subject?: Subject | undefined;
  startOn: string;
  endOn?: string | undefined;
}

/** A record's group, subject and period as the form holds them. */
export const groupPeriodValues = (r: {
  community: { id: string } | null;
  subject: Subject | null;
  startOn: string;
  endOn: string | null;
}): GroupPeriodValues => ({
  communityId: r.community?.id,
  subject: r.subject ?? undefined,
  startOn: r.startOn,
  endOn: r.endOn ?? undefined,
});

/** The form's group, subject and period for the API: cleared ones as null. */
export const groupPeriodBody = (v: GroupPeriodValues) => ({
  communityId: v.communityId ?? null,
  subject: v.subject ?? null,
  startOn: v.startOn,
  endOn: optionalText(v.endOn),
});

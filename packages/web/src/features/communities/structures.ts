// Pure selections for the pages of the joint work's people: mentorship pairs, master studios, researcher
// patches and reminders. The quotas are the server's rows; nothing here recomputes a count.
import type { ComplianceSubjectKind, TrafficLight } from '@junheng/core';
import { worstLight } from './select';
import type { ComplianceItem, MentorshipItem, PatchItem, SchoolRef } from './types';

// ---- mentorship pairs ----

export type PairStatus = 'all' | 'active' | 'ended';
export const PAIR_STATUSES: readonly PairStatus[] = ['all', 'active', 'ended'];

/** The pairs with this status whose mentor or mentee matches the text (name or code, any case). */
export function filterPairs(
  items: readonly MentorshipItem[],
  filter: { status: PairStatus; q?: string | undefined },
): MentorshipItem[] {
  const q = filter.q?.trim().toLowerCase() ?? '';
  return items.filter((p) => {
    if (filter.status === 'active' && !p.active) return false;
    if (filter.status === 'ended' && p.active) return false;
    if (q === '') return true;
    return [p.mentorId, p.mentorName, p.menteeId, p.menteeName].some((v) => v?.toLowerCase().includes(q));
  });
}

/** Who may change a pair: the bureau any, a school the pairs one of its teachers is in (as the server). */
export function mayEditPair(
  pair: Pick<MentorshipItem, 'mentorSchool' | 'menteeSchool'>,
  manager: boolean,
  ownSchoolId: string | null,
): boolean {
  if (manager) return true;
  return (
    ownSchoolId !== null && (pair.mentorSchool?.id === ownSchoolId || pair.menteeSchool?.id === ownSchoolId)
  );
}

// ---- quotas of studios and researchers ----

/** The compliance rows of one kind of subject, by subject id (a studio's or a patch's id). */
export function rowsBySubject(
  items: readonly ComplianceItem[],
  kind: ComplianceSubjectKind,
): Map<string, ComplianceItem[]> {
  const out = new Map<string, ComplianceItem[]>();
  for (const r of items) {
    if (r.subjectKind !== kind) continue;
    out.set(r.subjectId, [...(out.get(r.subjectId) ?? []), r]);
  }
  return out;
}

/** How many subjects stand at each light, a subject at its worst rule's light. */
export function lightCounts(bySubject: ReadonlyMap<string, readonly { status: TrafficLight }[]>) {
  const counts: Record<TrafficLight, number> = { green: 0, amber: 0, red: 0 };
  for (const rows of bySubject.values()) {
    const worst = worstLight(rows);
    if (worst) counts[worst] += 1;
  }
  return counts;
}

// ---- researcher patches ----

export interface SchoolCoverage {
  school: SchoolRef;
  researchers: { id: string; name: string }[];
}

/** Every school with the researchers whose patch holds it (none: uncovered), in the schools' order. */
export function patchesBySchool(
  patches: readonly PatchItem[],
  schools: readonly SchoolRef[],
): SchoolCoverage[] {
  const bySchool = new Map<string, { id: string; name: string }[]>();
  for (const p of patches)
    for (const s of p.schools)
      bySchool.set(s.id, [...(bySchool.get(s.id) ?? []), { id: p.id, name: p.name }]);
  return schools.map((school) => ({ school, researchers: bySchool.get(school.id) ?? [] }));
}

// ---- reminders ----

/** The reminder list in three numbers: rows, the quota still missing in all, and rows behind a steady pace. */
export function reminderTotals(items: readonly ComplianceItem[]) {
  return {
    count: items.length,
    missing: items.reduce((sum, r) => sum + r.missing, 0),
    behind: items.filter((r) => r.behindBy > 0).length,
  };
}

// Who a compliance rule is counted for, and which logged activities count toward each of them.
import type { IsoDate } from '../communities/dates';
import { membersOn } from '../communities/membership';
import type { Community } from '../communities/types';
import type { ComplianceRule, ComplianceSubjectKind } from './compliance-rules';
import type { Period } from './terms';
import type { Activity, MasterStudio, ResearcherPatch } from './types';

export interface ComplianceSubject {
  kind: ComplianceSubjectKind;
  id: string;
  name: string;
  /** Is the activity logged for this subject? */
  owns(activity: Activity): boolean;
  /** Schools inside the subject on a day; null = no restriction. */
  schoolsOn(date: IsoDate): readonly string[] | null;
}

export interface SubjectSources {
  communities: readonly Community[];
  masterStudios: readonly MasterStudio[];
  researcherPatches: readonly ResearcherPatch[];
}

const overlaps = (startOn: IsoDate, endOn: IsoDate | null, p: Period): boolean =>
  startOn <= p.endOn && (endOn === null || endOn >= p.startOn);

export function subjectsFor(rule: ComplianceRule, src: SubjectSources, period: Period): ComplianceSubject[] {
  switch (rule.subject) {
    case 'community':
      return src.communities
        .filter((c) => overlaps(c.startOn, c.endOn, period))
        .filter((c) => rule.communityKinds === undefined || rule.communityKinds.includes(c.kind))
        .map((c) => ({
          kind: 'community',
          id: c.id,
          name: c.name,
          owns: (a) => a.communityId === c.id,
          schoolsOn: (d) => membersOn(c, d),
        }));
    case 'masterStudio':
      return src.masterStudios
        .filter((s) => overlaps(s.startOn, s.endOn, period))
        .map((s) => {
          const group = src.communities.find((c) => c.id === s.communityId);
          return {
            kind: 'masterStudio',
            id: s.id,
            name: s.name,
            owns: (a) => a.masterStudioId === s.id,
            schoolsOn: (d) =>
              s.communityId === null ? null : group === undefined ? [] : membersOn(group, d),
          };
        });
    case 'researcher':
      return src.researcherPatches.map((r) => ({
        kind: 'researcher',
        id: r.researcherId,
        name: r.name,
        owns: (a) => a.researcherId === r.researcherId,
        schoolsOn: () => r.schoolCodes,
      }));
  }
}

/** Schools a subject touches on a day, for scoping a view to one community or one school. */
export function subjectSchools(
  subject: ComplianceSubject,
  src: SubjectSources,
  onDate: IsoDate,
): readonly string[] {
  const inside = subject.schoolsOn(onDate);
  if (inside !== null) return inside;
  const studio = src.masterStudios.find((s) => s.id === subject.id);
  return studio === undefined ? [] : [studio.schoolCode];
}

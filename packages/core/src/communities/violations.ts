// COM-2: check a county's communities against the rules on one day and list every violation.
import { urbanRuralOf, type School, type UrbanRural } from '../org/types';
import type { IsoDate } from './dates';
import { communityActiveOn, membersOn } from './membership';
import { violationMessage, type CommunityViolationCode, type ViolationFacts } from './messages';
import type { CommunityRules, RuleSeverity } from './rules';
import type { LocalizedText } from '../import/types';
import type { Community } from './types';

export interface CommunityViolation {
  code: CommunityViolationCode;
  severity: RuleSeverity;
  communityId: string | null;
  schoolCode: string | null;
  message: LocalizedText;
}

const URBAN_RURAL_ZH: Record<UrbanRural, string> = { urban: '城区', town: '镇区', rural: '乡村' };

export function communityViolations(
  schools: readonly School[],
  communities: readonly Community[],
  rules: CommunityRules,
  onDate: IsoDate,
): CommunityViolation[] {
  const byCode = new Map(schools.map((s) => [s.schoolCode, s]));
  const nameOf = (code: string): string => byCode.get(code)?.name ?? code;
  const out: CommunityViolation[] = [];
  const push = (
    code: CommunityViolationCode,
    severity: RuleSeverity,
    communityId: string | null,
    schoolCode: string | null,
    facts: ViolationFacts,
  ): void => {
    out.push({ code, severity, communityId, schoolCode, message: violationMessage(code, facts) });
  };

  const active = communities.filter((c) => communityActiveOn(c, onDate));
  for (const c of active) {
    const members = membersOn(c, onDate);
    for (const code of members) {
      if (!byCode.has(code)) push('unknownSchool', 'error', c.id, code, { community: c.name, school: code });
    }
    const limit = rules.maxSchools[c.kind];
    if (limit !== undefined && members.length > limit) {
      push('tooManySchools', 'error', c.id, null, { community: c.name, count: members.length, limit });
    }
    if (members.length < rules.minSchools) {
      push('tooFewSchools', 'warning', c.id, null, {
        community: c.name,
        count: members.length,
        limit: rules.minSchools,
      });
    }
    const lead = byCode.get(c.leadSchoolCode);
    const leadFacts = { community: c.name, school: nameOf(c.leadSchoolCode) };
    if (rules.leadMustBeMember && !members.includes(c.leadSchoolCode)) {
      push('leadNotMember', 'error', c.id, c.leadSchoolCode, leadFacts);
    }
    if (lead !== undefined && lead.weak && rules.weakLead !== 'allowed') {
      push('weakLead', rules.weakLead, c.id, c.leadSchoolCode, leadFacts);
    }
    const allowed = rules.leadUrbanRural[c.kind];
    if (lead !== undefined && allowed !== undefined && !allowed.includes(urbanRuralOf(lead.urbanRuralCode))) {
      push('leadUrbanRural', 'error', c.id, c.leadSchoolCode, {
        ...leadFacts,
        allowed: allowed.map((a) => URBAN_RURAL_ZH[a]).join('/'),
      });
    }
  }

  // At most one community of a kind per school, checked per kind so each clash is reported once.
  for (const kind of rules.exclusiveKinds) {
    const of = new Map<string, Community[]>();
    for (const c of active.filter((x) => x.kind === kind)) {
      for (const code of membersOn(c, onDate)) of.set(code, [...(of.get(code) ?? []), c]);
    }
    for (const [code, list] of of) {
      if (list.length > 1) {
        push('multipleCommunitiesOfKind', 'error', null, code, {
          school: nameOf(code),
          others: list.map((c) => c.name).join('、'),
        });
      }
    }
  }

  out.push(...coverageViolations(schools, active, rules, onDate, byCode));
  return out;
}

function coverageViolations(
  schools: readonly School[],
  active: readonly Community[],
  rules: CommunityRules,
  onDate: IsoDate,
  byCode: ReadonlyMap<string, School>,
): CommunityViolation[] {
  if (rules.coverageKinds.length === 0) return [];
  const covered = new Set(
    active.filter((c) => rules.coverageKinds.includes(c.kind)).flatMap((c) => membersOn(c, onDate)),
  );
  const isCovered = (s: School): boolean => {
    if (covered.has(s.schoolCode)) return true;
    if (!rules.teachingPointCoveredByParent || s.schoolType !== 'teachingPoint') return false;
    return s.parentSchoolCode !== null && byCode.has(s.parentSchoolCode) && covered.has(s.parentSchoolCode);
  };
  return schools
    .filter(
      (s) =>
        rules.coverageUrbanRural.includes(urbanRuralOf(s.urbanRuralCode)) &&
        rules.coverageSchoolTypes.includes(s.schoolType) &&
        rules.coverageOwnerships.includes(s.ownership) &&
        !isCovered(s),
    )
    .map((s) => ({
      code: 'schoolUncovered' as const,
      severity: 'error' as const,
      communityId: null,
      schoolCode: s.schoolCode,
      message: violationMessage('schoolUncovered', { school: s.name }),
    }));
}

// Pure selections for the community pages: terms, traffic lights, the rotations that touch a community, and
// each member's indicators against the lead's. The numbers are the server's and the core's; nothing here
// recomputes a quota or a CV.
import type { SchoolResult, Stage, TrafficLight } from '@junheng/core';
import type { AssignmentRow } from '../rotation/types';
import type { CommunityItem, ComplianceItem } from './types';

// ---- terms ----

export interface TermParts {
  schoolYear: string;
  index: 1 | 2;
}

/** `2026-2027-1` → { schoolYear: '2026-2027', index: 1 }; null for anything else. */
export function parseTermId(id: string): TermParts | null {
  const m = /^(\d{4})-(\d{4})-([12])$/.exec(id);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  return { schoolYear: `${m[1]}-${m[2]}`, index: m[3] === '1' ? 1 : 2 };
}

/** The term and the `count − 1` terms before it, newest first (`2026-2027-1`, `2025-2026-2`, …). */
export function recentTermIds(termId: string, count: number): string[] {
  const first = parseTermId(termId);
  if (!first) return [];
  let start = Number(first.schoolYear.slice(0, 4));
  let index: 1 | 2 = first.index;
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    out.push(`${start}-${start + 1}-${index}`);
    if (index === 2) index = 1;
    else {
      index = 2;
      start -= 1;
    }
  }
  return out;
}

/** Today in Beijing time as an ISO date (the bureau's day, whatever the browser's zone). */
export function todayIso(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

// ---- traffic lights ----

export const LIGHT_ORDER: readonly TrafficLight[] = ['red', 'amber', 'green'];
/** Ant Design status colours of the lights. */
export const LIGHT_COLORS: Record<TrafficLight, string> = {
  green: 'success',
  amber: 'warning',
  red: 'error',
};
export const LIGHT_HEX: Record<TrafficLight, string> = { green: '#52c41a', amber: '#faad14', red: '#ff4d4f' };

/** The rows to act on first: red, then amber, then green; within a light the most missing first. */
export function sortByUrgency(rows: readonly ComplianceItem[]): ComplianceItem[] {
  return [...rows].sort(
    (a, b) =>
      LIGHT_ORDER.indexOf(a.status) - LIGHT_ORDER.indexOf(b.status) ||
      b.behindBy - a.behindBy ||
      b.missing - a.missing ||
      a.subjectName.localeCompare(b.subjectName, 'zh-CN') ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** The worst light of a set of rows (no rows: null). */
export function worstLight(rows: readonly { status: TrafficLight }[]): TrafficLight | null {
  for (const light of LIGHT_ORDER) if (rows.some((r) => r.status === light)) return light;
  return null;
}

// ---- communities ----

/** Ids of the schools in a community now (lead first), from its membership rows. */
export function currentSchoolIds(c: Pick<CommunityItem, 'leadSchool' | 'members'>): string[] {
  const ids = c.members.filter((m) => m.current && m.school).map((m) => m.school?.id as string);
  const lead = c.leadSchool?.id;
  return lead ? [lead, ...ids.filter((id) => id !== lead)] : ids;
}

/** A membership's state on a day: still to join, current, or left. */
export function membershipState(
  m: { joinedOn: string; leftOn: string | null },
  onDate: string,
): 'upcoming' | 'current' | 'past' {
  if (onDate < m.joinedOn) return 'upcoming';
  if (m.leftOn !== null && m.leftOn < onDate) return 'past';
  return 'current';
}

// ---- rotation ----

export type RotationDirection = 'in' | 'out' | 'within';
export interface CommunityRotation extends AssignmentRow {
  direction: RotationDirection;
  campaignName: string;
}

/**
 * Assignments that send a teacher into the community from outside (in), out of it (out), or between two of
 * its schools (within); the rest are dropped.
 */
export function rotationsOf(
  campaigns: readonly { name: string; rows: readonly AssignmentRow[] }[],
  schoolIds: readonly string[],
): CommunityRotation[] {
  const inside = new Set(schoolIds);
  const out: CommunityRotation[] = [];
  for (const c of campaigns) {
    for (const a of c.rows) {
      const from = inside.has(a.fromSchool.id);
      const to = inside.has(a.toSchool.id);
      if (!from && !to) continue;
      out.push({ ...a, campaignName: c.name, direction: from && to ? 'within' : to ? 'in' : 'out' });
    }
  }
  return out;
}

// ---- indicators against the lead ----

export interface MemberComparison {
  stage: Stage;
  lead: { schoolCode: string; schoolName: string; values: Record<string, number> };
  members: {
    schoolCode: string;
    schoolName: string;
    values: Record<string, number>;
    /** value ÷ lead's value × 100, one decimal; null when the lead's value is 0 or either is missing. */
    percentOfLead: Record<string, number | null>;
  }[];
}

/**
 * Each member section of the lead's stage (its larger section when it has both) against the lead's section:
 * a nine-year member is compared on the same stage as the lead.
 */
export function compareWithLead(
  schools: readonly SchoolResult[],
  leadCode: string,
  memberCodes: readonly string[],
  keys: readonly string[],
): MemberComparison | null {
  const leadSections = schools.filter((s) => s.schoolCode === leadCode);
  const leadSection = [...leadSections].sort((a, b) => b.students - a.students)[0];
  if (!leadSection) return null;
  const stage = leadSection.stage;
  const members = memberCodes
    .filter((code) => code !== leadCode)
    .map((code) => schools.find((s) => s.schoolCode === code && s.stage === stage))
    .filter((s): s is SchoolResult => s !== undefined)
    .map((s) => ({
      schoolCode: s.schoolCode,
      schoolName: s.schoolName,
      values: pick(s.values, keys),
      percentOfLead: Object.fromEntries(
        keys.map((k) => {
          const lead = leadSection.values[k];
          const value = s.values[k];
          return [
            k,
            lead === undefined || value === undefined || lead === 0
              ? null
              : Math.round((value / lead) * 1000) / 10,
          ];
        }),
      ),
    }));
  return {
    stage,
    lead: {
      schoolCode: leadSection.schoolCode,
      schoolName: leadSection.schoolName,
      values: pick(leadSection.values, keys),
    },
    members,
  };
}

function pick(values: Record<string, number>, keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.filter((k) => values[k] !== undefined).map((k) => [k, values[k] as number]));
}

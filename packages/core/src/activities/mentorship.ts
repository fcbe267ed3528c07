// ACT-3: 师徒结对 counts — how many pairs run, how many cross schools, how many lift a rural school's teacher.
import { withinDates, type IsoDate } from '../communities/dates';
import { urbanRuralOf, type School } from '../org/types';
import type { Mentorship } from './types';

export interface MentorshipCounts {
  active: number;
  /** Mentor and mentee at different schools (the cross-school pairing seed 002 asks for). */
  crossSchool: number;
  /** Mentees serving at rural schools (seed 003: 在农村学校确定一批重点培养对象). */
  ruralMentees: number;
  byCommunity: Record<string, number>;
  bySchool: Record<string, { mentors: number; mentees: number }>;
}

export function mentorshipActiveOn(m: Mentorship, onDate: IsoDate): boolean {
  return withinDates(onDate, m.startOn, m.endOn);
}

export function mentorshipCounts(
  pairs: readonly Mentorship[],
  schools: readonly School[],
  onDate: IsoDate,
): MentorshipCounts {
  const rural = new Set(
    schools.filter((s) => urbanRuralOf(s.urbanRuralCode) === 'rural').map((s) => s.schoolCode),
  );
  const out: MentorshipCounts = { active: 0, crossSchool: 0, ruralMentees: 0, byCommunity: {}, bySchool: {} };
  const at = (code: string) => (out.bySchool[code] ??= { mentors: 0, mentees: 0 });
  for (const m of pairs.filter((p) => mentorshipActiveOn(p, onDate))) {
    out.active += 1;
    if (m.mentorSchoolCode !== m.menteeSchoolCode) out.crossSchool += 1;
    if (rural.has(m.menteeSchoolCode)) out.ruralMentees += 1;
    if (m.communityId !== null) out.byCommunity[m.communityId] = (out.byCommunity[m.communityId] ?? 0) + 1;
    at(m.mentorSchoolCode).mentors += 1;
    at(m.menteeSchoolCode).mentees += 1;
  }
  return out;
}

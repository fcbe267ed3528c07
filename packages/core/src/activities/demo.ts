// Demo data only: a few years of joint work for the demo county's groups — some groups ahead of their quotas,
// some behind — so the traffic lights, reminders and the bundled evaluation have something to show.
import { addDays, daysBetween } from '../communities/dates';
import { membersOn } from '../communities/membership';
import type { Community } from '../communities/types';
import { urbanRuralOf, type CountyData, type SchoolYear } from '../org/types';
import { seededRandom, type Random } from '../shared/random';
import { termOfSchoolYear, DEFAULT_TERM_CALENDAR, type Term } from './terms';
import type { Activity, ActivityKind, MasterStudio, Mentorship, ResearcherPatch } from './types';

export interface DemoJointWork {
  activities: Activity[];
  masterStudios: MasterStudio[];
  researcherPatches: ResearcherPatch[];
  mentorships: Mentorship[];
}

export interface DemoJointWorkOptions {
  schoolYears: readonly SchoolYear[];
  seed: number;
  /** Schools per researcher patch. */
  patchSize: number;
}

export const DEFAULT_DEMO_JOINT_WORK_OPTIONS: DemoJointWorkOptions = {
  schoolYears: ['2023-2024', '2024-2025'],
  seed: 2025,
  patchSize: 5,
};

const RESEARCH: ActivityKind[] = [
  'collectiveLessonPrep',
  'jointResearch',
  'teachingSalon',
  'researchProject',
];

/** `n` dates spread over the term, each nudged by up to two days. */
function spread(rng: Random, term: Term, n: number): string[] {
  const len = daysBetween(term.startOn, term.endOn) + 1;
  return Array.from({ length: n }, (_, k) => {
    const day = Math.min(len - 1, Math.max(0, Math.floor(((k + 0.5) * len) / n) + rng.int(-2, 2)));
    return addDays(term.startOn, day);
  });
}

export function demoJointWork(
  county: CountyData,
  communities: readonly Community[],
  options: DemoJointWorkOptions = DEFAULT_DEMO_JOINT_WORK_OPTIONS,
): DemoJointWork {
  const rng = seededRandom(options.seed);
  const rural = new Set(
    county.schools.filter((s) => urbanRuralOf(s.urbanRuralCode) === 'rural').map((s) => s.schoolCode),
  );
  const activities: Activity[] = [];
  const add = (kind: ActivityKind, date: string, host: string, extra: Partial<Activity> = {}): void => {
    activities.push({
      id: `demo-act-${activities.length + 1}`,
      kind,
      date,
      communityId: null,
      hostSchoolCode: host,
      participantSchoolCodes: [host],
      participants: [],
      researcherId: null,
      masterStudioId: null,
      ruralQuality: false,
      ...extra,
    });
  };
  const masterStudios: MasterStudio[] = communities.map((c, i) => ({
    id: `demo-studio-${i + 1}`,
    name: `${c.name}名师工作室`,
    leaderId: `demo-master-${i + 1}`,
    schoolCode: c.leadSchoolCode,
    communityId: c.id,
    startOn: c.startOn,
    endOn: null,
  }));
  const patchSchools = [...rural].sort();
  const researcherPatches: ResearcherPatch[] = [];
  for (let i = 0; i < patchSchools.length; i += options.patchSize) {
    const n = researcherPatches.length + 1;
    researcherPatches.push({
      researcherId: `demo-researcher-${n}`,
      name: `教研员${n}`,
      schoolCodes: patchSchools.slice(i, i + options.patchSize),
    });
  }

  for (const schoolYear of options.schoolYears) {
    for (const index of [1, 2] as const) {
      const term = termOfSchoolYear(schoolYear, index, DEFAULT_TERM_CALENDAR);
      communities.forEach((c, i) => {
        const members = membersOn(c, term.startOn);
        if (members.length === 0) return;
        const participantSchoolCodes = [...members];
        spread(rng, term, rng.int(4, 11)).forEach((date, k) =>
          add(RESEARCH[k % RESEARCH.length] as ActivityKind, date, members[k % members.length] as string, {
            communityId: c.id,
            participantSchoolCodes,
          }),
        );
        if (rng.chance(0.8))
          add('principalForum', spread(rng, term, 1)[0] as string, c.leadSchoolCode, {
            communityId: c.id,
            participantSchoolCodes,
          });
        if (index === 2 && rng.chance(0.8))
          add('cultureEvent', spread(rng, term, 1)[0] as string, c.leadSchoolCode, {
            communityId: c.id,
            participantSchoolCodes,
          });
        const ruralMembers = members.filter((m) => rural.has(m));
        if (ruralMembers.length > 0) {
          spread(rng, term, rng.int(1, 4)).forEach((date) =>
            add(
              rng.pick(['openLesson', 'lessonObservation', 'themedSeminar'] as const),
              date,
              rng.pick(ruralMembers),
              {
                communityId: c.id,
                masterStudioId: masterStudios[i]?.id ?? null,
              },
            ),
          );
        }
      });
      for (const patch of researcherPatches) {
        spread(rng, term, rng.int(1, 4)).forEach((date) =>
          add('researcherVisit', date, rng.pick(patch.schoolCodes), {
            researcherId: patch.researcherId,
            lessonsObserved: rng.int(3, 6),
          }),
        );
        if (index === 2 && rng.chance(0.85)) {
          add('themedSeminar', spread(rng, term, 1)[0] as string, rng.pick(patch.schoolCodes), {
            researcherId: patch.researcherId,
            ruralQuality: true,
          });
        }
      }
    }
  }
  return { activities, masterStudios, researcherPatches, mentorships: demoMentorships(county, communities) };
}

/** Two pairs per member school: a teacher of the lead mentors one of the member's, same subject when possible. */
function demoMentorships(county: CountyData, communities: readonly Community[]): Mentorship[] {
  const latest = [...new Set(county.teachers.map((t) => t.schoolYear))].sort().at(-1);
  const teachers = county.teachers.filter((t) => t.schoolYear === latest && t.post === 'teacher');
  const out: Mentorship[] = [];
  for (const c of communities) {
    const mentors = teachers.filter((t) => t.schoolCode === c.leadSchoolCode && t.backboneLevel !== null);
    for (const member of membersOn(c, c.startOn).filter((m) => m !== c.leadSchoolCode)) {
      const mentees = teachers.filter((t) => t.schoolCode === member).slice(0, 2);
      mentees.forEach((mentee, k) => {
        const mentor =
          mentors.find((m) => m.subject === mentee.subject) ??
          mentors[(out.length + k) % Math.max(mentors.length, 1)];
        if (mentor === undefined) return;
        out.push({
          id: `demo-mentorship-${out.length + 1}`,
          mentorId: mentor.teacherCode,
          menteeId: mentee.teacherCode,
          mentorSchoolCode: c.leadSchoolCode,
          menteeSchoolCode: member,
          communityId: c.id,
          subject: mentee.subject,
          startOn: c.startOn,
          endOn: null,
        });
      });
    }
  }
  return out;
}

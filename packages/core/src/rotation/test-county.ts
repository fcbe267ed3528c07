// Random small counties for the planner's property tests (test-only helper): a few urban, town and rural
// schools with coordinates, one school year of statistics, and a roster where many teachers are due.
import type { Education, School, SchoolYearStats, Subject, Teacher, UrbanRuralCode } from '../org/types';
import { seededRandom } from '../shared/random';
import type { SchoolCommunityRole } from './directions';
import type { Lock, PlanInput } from './plan-types';
import type { RotationPolicy } from './policy';
import { NATIONAL_POLICY } from './presets';

const SUBJECTS: Subject[] = ['chinese', 'math', 'english', 'music', 'pe', 'fine_arts', 'science'];
const EDUCATION: Education[] = ['associate', 'bachelor', 'bachelor', 'postgraduate', 'secondary'];
const CODES: UrbanRuralCode[] = ['111', '121', '210', '220'];

export interface SmallCountyOptions {
  schools?: number;
  teachersPerSchool?: number;
  policy?: RotationPolicy;
  locks?: number;
  /** Group the schools into communities (a separate random stream, so the schools and roster stay the same). */
  communities?: boolean;
}

/** One or two communities, each led by a random school with a few members; some schools stay outside. */
function randomCommunities(seed: number, schools: readonly School[]): Map<string, SchoolCommunityRole[]> {
  const rng = seededRandom(seed * 7919 + 1);
  const map = new Map<string, SchoolCommunityRole[]>();
  const groups = rng.int(1, 2);
  for (let g = 0; g < groups; g++) {
    const lead = rng.pick(schools).schoolCode;
    const members = schools.filter((s) => s.schoolCode !== lead && rng.chance(0.5)).map((s) => s.schoolCode);
    for (const [code, isLead] of [[lead, true], ...members.map((m) => [m, false])] as [string, boolean][]) {
      map.set(code, [...(map.get(code) ?? []), { communityId: `g${g}`, lead: isLead }]);
    }
  }
  return map;
}

export function smallCounty(seed: number, options: SmallCountyOptions = {}): PlanInput {
  const rng = seededRandom(seed);
  const n = options.schools ?? rng.int(3, 6);
  const schools: School[] = [];
  const stats: SchoolYearStats[] = [];
  const teachers: Teacher[] = [];
  for (let i = 0; i < n; i++) {
    const code = i < 2 ? (['111', '121'][i] as UrbanRuralCode) : rng.pick(CODES);
    const schoolCode = `51072200${String(i).padStart(2, '0')}`;
    const junior = rng.chance(0.3);
    schools.push({
      schoolCode,
      name: `学校${i}`,
      countyCode: '510722',
      township: `乡镇${rng.int(0, 2)}`,
      schoolType: junior ? 'nineYear' : 'primary',
      ownership: 'public',
      runBy: 'county',
      urbanRuralCode: code,
      parentSchoolCode: null,
      weak: rng.chance(0.3),
      lng: 104.7 + rng.next() * 0.4,
      lat: 31.8 + rng.next() * 0.3,
    });
    const primaryStudents = rng.int(60, 900);
    const juniorStudents = junior ? rng.int(60, 500) : 0;
    stats.push({
      schoolYear: '2024-2025',
      schoolCode,
      primaryStudents,
      juniorStudents,
      seniorStudents: 0,
      primaryClasses: Math.max(1, Math.round(primaryStudents / 40)),
      juniorClasses: junior ? Math.max(1, Math.round(juniorStudents / 45)) : 0,
      teachingAuxArea: 0,
      indoorSportsArea: 0,
      sportsGroundArea: 0,
      equipmentValue: 0,
      computers: 0,
      multimediaClassrooms: 0,
      books: 0,
      musicRooms: null,
      artRooms: null,
    });
    const count = options.teachersPerSchool ?? rng.int(3, 14);
    for (let k = 0; k < count; k++) {
      const stage = junior && rng.chance(0.4) ? 'junior' : 'primary';
      teachers.push({
        schoolYear: '2024-2025',
        teacherCode: `${schoolCode}${String(k).padStart(3, '0')}`,
        name: `教师${i}-${k}`,
        gender: rng.chance(0.6) ? 'female' : 'male',
        birthMonth: `${rng.int(1968, 1998)}-0${rng.int(1, 9)}`,
        schoolCode,
        stage,
        employerSchoolCode: null,
        education: rng.pick(EDUCATION),
        title: 'first',
        backboneLevel: rng.chance(0.25) ? 'county' : null,
        subject: rng.pick(SUBJECTS),
        fullTime: rng.chance(0.95),
        certified: true,
        atSchoolSince: `${rng.int(2005, 2023)}-09`,
        post: k === 0 ? 'principal' : 'teacher',
      });
    }
  }
  const locks: Lock[] = [];
  for (let k = 0; k < (options.locks ?? 0) && teachers.length > 0; k++) {
    const t = rng.pick(teachers);
    const kind = rng.pick(['mustGo', 'mustNotGo', 'fixedDestination'] as const);
    locks.push(
      kind === 'fixedDestination'
        ? { teacherCode: t.teacherCode, kind, schoolCode: rng.pick(schools).schoolCode }
        : { teacherCode: t.teacherCode, kind },
    );
  }
  return {
    schools,
    stats,
    teachers,
    ...(options.communities === true ? { communities: randomCommunities(seed, schools) } : {}),
    schoolYear: '2024-2025',
    campaignMonth: '2025-09',
    policy: options.policy ?? NATIONAL_POLICY,
    locks,
    // Small weights keep HiGHS's tolerances out of the comparison; the order of the terms is the same.
    weights: {
      lockPenalty: 10_000_000,
      quotaPenalty: 1_000_000,
      shortageReward: 10_000,
      indicatorWeight: 1000,
      travelPerKm: 1,
    },
  };
}

// One teacher as the generator tracks them across years, and how a tracked teacher becomes a Teacher row.
// Months are counted as year × 12 + (month − 1) so ages and years at a school are plain subtraction.
import type {
  BackboneLevel,
  Education,
  Gender,
  Post,
  SchoolYear,
  Stage,
  Subject,
  Teacher,
  Title,
  UrbanRural,
} from '../org/types';
import type { Random } from '../shared/random';
import { personName } from './names';
import { drawAge, drawBackbone, drawEducation, drawGender, drawSubject, drawTitle } from './teacher-traits';

export interface Member {
  code: string;
  name: string;
  gender: Gender;
  birth: number;
  /** Index of the school of service in the county's plan list. */
  school: number;
  stage: Stage;
  employer: string | null;
  education: Education;
  title: Title;
  backbone: BackboneLevel | null;
  subject: Subject;
  fullTime: boolean;
  certified: boolean;
  since: number;
  post: Post;
}

export function month(year: number, monthOfYear: number): number {
  return year * 12 + (monthOfYear - 1);
}

export function formatMonth(m: number): string {
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** Whole years of age at month `at`. */
export function ageAt(member: Pick<Member, 'birth'>, at: number): number {
  return Math.floor((at - member.birth) / 12);
}

export function yearsAtSchool(member: Pick<Member, 'since'>, at: number): number {
  return Math.floor((at - member.since) / 12);
}

export interface MemberSeed {
  code: string;
  school: number;
  stage: Stage;
  area: UrbanRural;
  /** Reference month: September of the school year. */
  at: number;
  /** Fix the age (new hires); otherwise drawn for the place. */
  age?: number;
}

export function drawMember(rng: Random, seed: MemberSeed): Member {
  const gender = drawGender(rng, seed.stage, seed.area);
  const age = seed.age ?? drawAge(rng, seed.area, gender);
  const birth = seed.at - age * 12 - rng.int(0, 11);
  const title = drawTitle(rng, age, seed.area);
  // Uncertified teachers are mostly the newest hires and a few old village 代课 teachers (standards.md §5: 100% is
  // the target, so some must be missing).
  const uncertified = age < 26 ? 0.1 : seed.area === 'rural' && age > 50 ? 0.06 : 0.012;
  return {
    code: seed.code,
    name: personName(rng, gender),
    gender,
    birth,
    school: seed.school,
    stage: seed.stage,
    employer: null,
    education: drawEducation(rng, seed.area, seed.stage, age),
    title,
    backbone: drawBackbone(rng, seed.area, age, title),
    subject: drawSubject(rng, seed.stage, seed.area),
    fullTime: true,
    certified: !rng.chance(uncertified),
    since: seed.at,
    post: 'teacher',
  };
}

export function toTeacher(m: Member, schoolYear: SchoolYear, schoolCode: string): Teacher {
  return {
    schoolYear,
    teacherCode: m.code,
    name: m.name,
    gender: m.gender,
    birthMonth: formatMonth(m.birth),
    schoolCode,
    stage: m.stage,
    employerSchoolCode: m.employer,
    education: m.education,
    title: m.title,
    backboneLevel: m.backbone,
    subject: m.subject,
    fullTime: m.fullTime,
    certified: m.certified,
    atSchoolSince: formatMonth(m.since),
    post: m.post,
  };
}

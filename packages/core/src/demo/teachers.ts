// The teacher roster over several school years: the same people year to year (stable teacherCode), minus
// retirements and departures, plus September hires, and transfers that follow the students from shrinking to
// growing schools. 交流轮岗 from town to village runs at ~3% of due teachers a year: deliberately below the 10–15%
// that the national rule and seed 000 require, so a county built from this data has a rotation gap to close.
import type { SchoolYear, SchoolYearStats, Stage, Teacher } from '../org/types';
import type { Random } from '../shared/random';
import type { SchoolPlan } from './plan';
import { assignPosts, repairPosts } from './posts';
import { ageAt, drawMember, month, toTeacher, yearsAtSchool, type Member } from './roster';
import {
  countyManaged,
  employerFor,
  hire,
  initialSince,
  STAGES,
  staffingFactor,
  studentsOf,
  teacherDemand,
} from './staffing';
import { advanceCareer } from './careers';
import { retirementAge } from './teacher-traits';

interface Roster {
  rng: Random;
  plans: readonly SchoolPlan[];
  countyCode: string;
  factors: number[];
  members: Member[];
  seq: number;
}

function nextCode(r: Roster): string {
  r.seq++;
  return `${r.countyCode}${String(r.seq).padStart(5, '0')}`;
}

function septemberOf(schoolYear: SchoolYear): number {
  return month(Number(schoolYear.slice(0, 4)), 9);
}

function bySchool(r: Roster): Member[][] {
  const groups: Member[][] = r.plans.map(() => []);
  for (const m of r.members) groups[m.school]?.push(m);
  return groups;
}

function firstYear(r: Roster, stats: readonly SchoolYearStats[], at: number): void {
  const { rng, plans } = r;
  const urbanCodes = plans
    .filter((p) => p.area === 'urban' && countyManaged(p))
    .map((p) => p.school.schoolCode);
  plans.forEach((plan, i) => {
    const row = stats[i] as SchoolYearStats;
    const staff: Member[] = [];
    for (const stage of STAGES) {
      const n = teacherDemand(plan, row, stage, r.factors[i] as number);
      for (let k = 0; k < n; k++) {
        const m = drawMember(rng, { code: nextCode(r), school: i, stage, area: plan.area, at });
        m.since = initialSince(rng, m, at, plan);
        const age = ageAt(m, at);
        m.employer = employerFor(rng, plan, age < 32 ? 0.3 : 0.05);
        // Teachers already on a rotation stint: employed by a city school, serving here for 1–3 years.
        if (plan.area !== 'urban' && countyManaged(plan) && urbanCodes.length > 0 && rng.chance(0.025)) {
          m.employer = rng.pick(urbanCodes);
          m.since = at - rng.int(0, 2) * 12;
        }
        staff.push(m);
      }
    }
    // A few non-teaching staff (教辅/行政) appear on the roster as not full-time.
    const extra = staff.length >= 20 ? Math.round(staff.length * rng.next() * 0.05) : 0;
    const mainStage: Stage = plan.base.primary > 0 ? 'primary' : 'junior';
    for (let k = 0; k < extra; k++) {
      const m = drawMember(rng, { code: nextCode(r), school: i, stage: mainStage, area: plan.area, at });
      m.fullTime = false;
      m.subject = 'other';
      m.backbone = null;
      m.since = initialSince(rng, m, at, plan);
      m.employer = employerFor(rng, plan, 0.05);
      staff.push(m);
    }
    if (plan.school.schoolType !== 'teachingPoint') assignPosts(rng, staff, at);
    r.members.push(...staff);
  });
}

/** Rural or weak county schools that teach `stage`: where rotating teachers go. */
function rotationTargets(r: Roster, stats: readonly SchoolYearStats[], stage: Stage): number[] {
  return r.plans.flatMap((p, i) =>
    countyManaged(p) &&
    p.school.schoolType !== 'teachingPoint' &&
    (p.area === 'rural' || p.school.weak) &&
    studentsOf(stats[i] as SchoolYearStats, stage) > 0
      ? [i]
      : [],
  );
}

function nextYear(r: Roster, stats: readonly SchoolYearStats[], at: number): void {
  const { rng, plans } = r;
  r.members = r.members.filter(
    (m) => ageAt(m, at) < retirementAge(m.gender, m.title) && (m.post === 'principal' || !rng.chance(0.012)),
  );
  for (const m of r.members) advanceCareer(rng, m, plans[m.school] as SchoolPlan, at);
  const targets = {
    primary: rotationTargets(r, stats, 'primary'),
    junior: rotationTargets(r, stats, 'junior'),
  };
  for (const m of r.members) {
    const from = plans[m.school] as SchoolPlan;
    const due = m.fullTime && m.post === 'teacher' && yearsAtSchool(m, at) >= 6;
    if (due && from.area !== 'rural' && countyManaged(from) && rng.chance(0.03)) {
      const choices = targets[m.stage];
      if (choices.length > 0) {
        m.school = rng.pick(choices);
        m.since = at;
      }
    }
  }
  balance(r, stats, at);
  const groups = bySchool(r);
  plans.forEach((plan, i) => {
    if (plan.school.schoolType !== 'teachingPoint') repairPosts(rng, groups[i] as Member[], at);
  });
}

/** Move surplus teachers (youngest first) from over-staffed county schools to short ones; hire the rest. */
function balance(r: Roster, stats: readonly SchoolYearStats[], at: number): void {
  const { rng, plans } = r;
  const groups = bySchool(r);
  const pools: Record<Stage, Member[]> = { primary: [], junior: [] };
  const shortages: { school: number; stage: Stage; need: number }[] = [];
  plans.forEach((plan, i) => {
    for (const stage of STAGES) {
      const staff = (groups[i] as Member[]).filter((m) => m.fullTime && m.stage === stage);
      const demand = teacherDemand(plan, stats[i] as SchoolYearStats, stage, r.factors[i] as number);
      if (staff.length < demand) shortages.push({ school: i, stage, need: demand - staff.length });
      const surplus = staff.length - Math.ceil(demand * 1.05);
      if (surplus > 0 && countyManaged(plan) && plan.school.schoolType !== 'teachingPoint') {
        const movable = staff.filter((m) => m.post === 'teacher').sort((a, b) => b.birth - a.birth);
        pools[stage].push(...movable.slice(0, surplus));
      }
    }
  });
  for (const { school, stage, need } of shortages) {
    const plan = plans[school] as SchoolPlan;
    for (let k = 0; k < need; k++) {
      const pool = pools[stage];
      if (countyManaged(plan) && pool.length > 0) {
        const m = pool.splice(Math.floor(rng.next() * pool.length), 1)[0] as Member;
        m.school = school;
        m.since = at;
        if (m.employer !== null) m.employer = employerFor(rng, plan, 0);
      } else {
        r.members.push(hire(rng, nextCode(r), school, plan, stage, at));
      }
    }
  }
}

function snapshot(r: Roster, schoolYear: SchoolYear): Teacher[] {
  return bySchool(r).flatMap((staff, i) =>
    staff.map((m) => toTeacher(m, schoolYear, (r.plans[i] as SchoolPlan).school.schoolCode)),
  );
}

/** Teacher rows for every year; `statsByYear[y][i]` is plan i's stats row in schoolYears[y]. */
export function buildTeachers(
  rng: Random,
  countyCode: string,
  plans: readonly SchoolPlan[],
  schoolYears: readonly SchoolYear[],
  statsByYear: readonly (readonly SchoolYearStats[])[],
): Teacher[] {
  const r: Roster = {
    rng,
    plans,
    countyCode,
    factors: plans.map((p) => staffingFactor(rng, p)),
    members: [],
    seq: 0,
  };
  const rows: Teacher[] = [];
  schoolYears.forEach((schoolYear, y) => {
    const at = septemberOf(schoolYear);
    const stats = statsByYear[y] as readonly SchoolYearStats[];
    if (y === 0) firstYear(r, stats, at);
    else nextYear(r, stats, at);
    for (const t of snapshot(r, schoolYear)) rows.push(t);
  });
  return rows;
}

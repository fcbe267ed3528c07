// 职务: one principal per school, vice principals and middle managers in proportion to the staff. Teaching points
// have no principal of their own: they are run by their central school (glossary: 教学点 → 中心校).
import type { Title } from '../org/types';
import type { Random } from '../shared/random';
import { ageAt, type Member } from './roster';

const TITLE_RANK: Record<Title, number> = {
  none: 0,
  third: 1,
  second: 2,
  first: 3,
  senior: 4,
  senior_professor: 5,
};

export function titleRank(t: Title): number {
  return TITLE_RANK[t];
}

function leadershipScore(rng: Random, m: Member, at: number): number {
  const age = ageAt(m, at);
  return (
    titleRank(m.title) + (age >= 40 && age <= 56 ? 2 : 0) + (m.gender === 'male' ? 0.8 : 0) + rng.next() * 2
  );
}

function best(rng: Random, pool: Member[], at: number): Member | undefined {
  let top: Member | undefined;
  let topScore = -Infinity;
  for (const m of pool) {
    const s = leadershipScore(rng, m, at);
    if (s > topScore) {
      top = m;
      topScore = s;
    }
  }
  return top;
}

export function viceTarget(staff: number): number {
  return staff < 8 ? 0 : staff < 15 ? 1 : staff < 40 ? 2 : 3;
}

export function managerTarget(staff: number): number {
  return staff < 8 ? 0 : Math.min(8, Math.max(1, Math.round(staff / 14)));
}

/** Fill the school's posts from scratch (first year). */
export function assignPosts(rng: Random, staff: Member[], at: number): void {
  const fullTime = staff.filter((m) => m.fullTime);
  const principal = best(rng, fullTime, at);
  if (!principal) return;
  principal.post = 'principal';
  promote(rng, staff, 'vice_principal', viceTarget(fullTime.length), at);
  promote(rng, staff, 'middle_manager', managerTarget(fullTime.length), at);
}

function promote(
  rng: Random,
  staff: Member[],
  post: 'vice_principal' | 'middle_manager',
  target: number,
  at: number,
) {
  let have = staff.filter((m) => m.post === post).length;
  while (have < target) {
    const next = best(
      rng,
      staff.filter((m) => m.post === 'teacher' && m.fullTime && ageAt(m, at) >= 30),
      at,
    );
    if (!next) return;
    next.post = post;
    have++;
  }
}

/** After a year's retirements and moves: exactly one principal, the vice principals topped up. */
export function repairPosts(rng: Random, staff: Member[], at: number): void {
  const fullTime = staff.filter((m) => m.fullTime);
  if (fullTime.length === 0) return;
  if (!staff.some((m) => m.post === 'principal')) {
    const vices = staff.filter((m) => m.post === 'vice_principal');
    const next = best(rng, vices.length > 0 ? vices : fullTime, at);
    if (next) next.post = 'principal';
  }
  promote(rng, staff, 'vice_principal', viceTarget(fullTime.length), at);
}

// A year in a teacher's career: titles, in-service degrees (在职学历提升), backbone selection, certification.
// Rates are rough yearly odds chosen so the county's title and backbone mix stays about stable over the years.
import type { Random } from '../shared/random';
import type { SchoolPlan } from './plan';
import { ageAt, type Member } from './roster';

export function advanceCareer(rng: Random, m: Member, plan: SchoolPlan, at: number): void {
  const age = ageAt(m, at);
  if (m.title === 'none' && age >= 23 && rng.chance(0.5)) m.title = 'third';
  else if (m.title === 'third' && age >= 25 && rng.chance(0.25)) m.title = 'second';
  else if (m.title === 'second' && age >= 32 && rng.chance(0.07)) m.title = 'first';
  else if (m.title === 'first' && age >= 42 && rng.chance(plan.area === 'urban' ? 0.035 : 0.02))
    m.title = 'senior';
  if (m.education === 'associate' && age < 50 && rng.chance(0.03)) m.education = 'bachelor';
  else if (m.education === 'secondary' && rng.chance(0.03)) m.education = 'associate';
  if (!m.certified && rng.chance(0.2)) m.certified = true;
  if (!m.fullTime) return;
  const eligible = age >= 28 && m.title !== 'none' && m.title !== 'third';
  if (m.backbone === null && eligible) {
    const odds = plan.area === 'urban' ? 0.012 : plan.area === 'town' ? 0.007 : 0.003;
    if (rng.chance(odds)) m.backbone = 'county';
  } else if (m.backbone === 'county' && rng.chance(0.03)) m.backbone = 'city';
  else if (m.backbone === 'city' && rng.chance(0.02)) m.backbone = 'province';
}

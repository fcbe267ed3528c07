// What both sides of the model need: the sections with their teacher counts, the county means, and the
// indicator cost of a section at a given count (weighted, in integer-ready units).
import type { School, Stage } from '../org/types';
import {
  deviationCost,
  sectionKey,
  stageMeans,
  teacherSections,
  type IndicatorParams,
  type Section,
  type StageMeans,
  type TeacherIndicator,
} from './indicators';
import type { PlanInput, PlanWeights } from './plan-types';
import { mayArrive, mayDepart, type SchoolCommunities } from './directions';
import type { RotationPolicy } from './policy';

export interface ModelContext {
  schools: Map<string, School>;
  sections: Map<string, Section>;
  means: Record<Stage, StageMeans>;
  weights: PlanWeights;
  indicatorParams: IndicatorParams;
  /** School → its communities, for the lead ↔ member direction (empty when the input gives none). */
  communities: SchoolCommunities;
}

export function modelContext(
  input: PlanInput,
  weights: PlanWeights,
  indicatorParams: IndicatorParams,
): ModelContext {
  const sections = teacherSections(
    input.schools,
    input.stats,
    input.teachers,
    input.schoolYear,
    indicatorParams,
  );
  return {
    schools: new Map(input.schools.map((s) => [s.schoolCode, s])),
    sections: new Map(sections.map((s) => [sectionKey(s.schoolCode, s.stage), s])),
    means: stageMeans(sections),
    weights,
    indicatorParams,
    communities: input.communities ?? new Map(),
  };
}

/** Weighted cost of indicator k in this section at count c (real-valued; callers round marginals). */
export function indicatorCost(
  ctx: ModelContext,
  section: Section,
  k: TeacherIndicator,
  count: number,
): number {
  const m = ctx.means[section.stage];
  const w = ctx.weights.indicatorWeight * ctx.weights.indicators[k];
  return w * deviationCost(section.students, count, m.perHundred[k], m.students);
}

/** Integer cost of one more (+1) or one fewer (−1) teacher of kind k in the section. */
export function indicatorStep(
  ctx: ModelContext,
  section: Section | undefined,
  k: TeacherIndicator,
  step: 1 | -1,
): number {
  if (section === undefined) return 0;
  const c = section.counts[k];
  return Math.round(indicatorCost(ctx, section, k, c + step) - indicatorCost(ctx, section, k, c));
}

/** Public, not excluded: the schools a policy lets take part at all. */
export function takesPart(school: School, policy: RotationPolicy): boolean {
  if (policy.publicOnly && school.ownership !== 'public') return false;
  return !policy.excludedSchoolTypes.includes(school.schoolType);
}

export function sends(
  school: School,
  policy: RotationPolicy,
  communities: SchoolCommunities = new Map(),
): boolean {
  return takesPart(school, policy) && policy.directions.some((d) => mayDepart(d, school, communities));
}

export function receives(
  school: School,
  policy: RotationPolicy,
  communities: SchoolCommunities = new Map(),
): boolean {
  return takesPart(school, policy) && policy.directions.some((d) => mayArrive(d, school, communities));
}

export * from './types';
export * from './policy';
export * from './presets';
export {
  teacherEligibility,
  rotationEligibility,
  type EligibilityResult,
  type EligibilityInput,
} from './eligibility';
export { retirementAgeOf } from './eligibility-rules';
export * from './needs';
export * from './needs-params';
export {
  DEFAULT_INDICATOR_PARAMS,
  TEACHER_INDICATORS,
  teacherSections,
  stageMeans,
  type IndicatorParams,
  type TeacherIndicator,
  type Section as TeacherSection,
} from './indicators';
export { matchesSelector } from './schools';
export { greatCircleKm, roadKmBetween } from '../shared/distance';
export * from './plan-types';
export type * from './model-types';
export { buildRotationModel, type BuiltModel } from './model';
export { buildPlanNetwork, type PlanNetwork } from './plan-network';
export { planRotation, planFromChoice, solveRotationModel } from './planner';
export { greedyRotation } from './greedy';
export { planObjective, planViolations, planCounts, type PlanCounts } from './objective';
export { indicatorEffect, type IndicatorEffect, type Move } from './effect';
export {
  directionAllows,
  directionFor,
  leadMemberCommunity,
  schoolCommunityRoles,
  type SchoolCommunities,
  type SchoolCommunityRole,
} from './directions';
export * from './service-record';
export * from './shortages-filled';

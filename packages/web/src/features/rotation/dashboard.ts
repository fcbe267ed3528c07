// The campaign dashboard's headline figures, from the live check: teachers rotated, the backbone share of them
// against the policy's share, how many sending schools that owe a quota meet it, and the shortages filled.
import type { PlanCheck } from './types';

export interface DashboardFigures {
  rotated: number;
  backbone: number;
  /** Backbone teachers ÷ teachers rotated; null with nobody rotated. */
  backboneShare: number | null;
  /** The policy's backbone share of those rotated, when the caller knows it. */
  requiredShare: number | null;
  backboneMeets: boolean | null;
  /** Sending schools with a floor: how many meet both their floor and their backbone floor. */
  schoolsMeeting: number;
  schoolsOwing: number;
  shortage: number;
  filled: number;
  filledByArrivals: number;
}

export function dashboardFigures(check: PlanCheck, requiredShare: number | null): DashboardFigures {
  const county = check.quotas.find((q) => q.schoolCode === null);
  const rotated = county?.planned ?? check.assignments;
  const backbone = county?.plannedBackbone ?? 0;
  const backboneShare = rotated > 0 ? backbone / rotated : null;
  const owing = check.quotas.filter((q) => q.schoolCode !== null && (q.floor > 0 || q.backboneFloor > 0));
  const meeting = owing.filter((q) => q.planned >= q.floor && q.plannedBackbone >= q.backboneFloor);
  return {
    rotated,
    backbone,
    backboneShare,
    requiredShare,
    backboneMeets:
      backboneShare === null || requiredShare === null ? null : backboneShare + 1e-9 >= requiredShare,
    schoolsMeeting: meeting.length,
    schoolsOwing: owing.length,
    shortage: check.shortages.totals.shortage,
    filled: check.shortages.totals.filled,
    filledByArrivals: check.shortages.totals.filledByArrivals,
  };
}

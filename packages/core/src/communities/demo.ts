// Demo data only: education groups for the generated demo county, so the demo has communities to show. Not the
// COM-3 proposal planner (that one will weigh distance and strength with the flow solver): each candidate simply
// joins the nearest urban lead that still has room, in a fixed order, so the same county gives the same groups.
import { urbanRuralOf, type CountyData, type School } from '../org/types';
import { greatCircleKm } from '../shared/distance';
import type { IsoDate } from './dates';
import type { Community } from './types';

export interface DemoCommunityOptions {
  startOn: IsoDate;
  /** Schools per group, lead included (seed 003: ≤ 4). */
  groupSize: number;
}

export const DEFAULT_DEMO_COMMUNITY_OPTIONS: DemoCommunityOptions = { startOn: '2023-09-01', groupSize: 4 };

const COMPULSORY = ['primary', 'junior', 'nineYear', 'completeSecondary', 'twelveYear'];
const inPopulation = (s: School): boolean =>
  s.ownership === 'public' && s.runBy === 'county' && COMPULSORY.includes(s.schoolType);

/** Urban schools lead; rural schools and the town schools with teaching points are the members. */
export function demoCommunities(
  county: CountyData,
  options: DemoCommunityOptions = DEFAULT_DEMO_COMMUNITY_OPTIONS,
): Community[] {
  const schools = county.schools.filter(inPopulation);
  const leads = schools.filter((s) => urbanRuralOf(s.urbanRuralCode) === 'urban' && !s.weak);
  const parents = new Set(
    county.schools.filter((s) => s.schoolType === 'teachingPoint').map((s) => s.parentSchoolCode),
  );
  const candidates = schools.filter(
    (s) => !leads.includes(s) && (urbanRuralOf(s.urbanRuralCode) === 'rural' || parents.has(s.schoolCode)),
  );
  const groups = new Map<string, string[]>(leads.map((l) => [l.schoolCode, []]));
  for (const s of candidates) {
    const open = leads.filter((l) => (groups.get(l.schoolCode)?.length ?? 0) < options.groupSize - 1);
    const nearest = open
      .map((l) => ({ l, km: greatCircleKm(l, s) ?? Number.POSITIVE_INFINITY }))
      .sort((a, b) => a.km - b.km)[0];
    if (nearest !== undefined) groups.get(nearest.l.schoolCode)?.push(s.schoolCode);
  }
  return leads
    .filter((l) => (groups.get(l.schoolCode)?.length ?? 0) > 0)
    .map((lead, i) => ({
      id: `demo-group-${i + 1}`,
      kind: 'education_group' as const,
      name: `${lead.name}教育集团`,
      leadSchoolCode: lead.schoolCode,
      members: [lead.schoolCode, ...(groups.get(lead.schoolCode) ?? [])].map((schoolCode) => ({
        schoolCode,
        joinedOn: options.startOn,
        leftOn: null,
      })),
      startOn: options.startOn,
      endOn: null,
      charter: null,
    }));
}

// A tiny county's joint work for tests: one education group, one urban–rural community, a studio, a researcher.
import { community, SCHOOLS } from '../communities/test-fixtures';
import type { Activity, ActivityKind, MasterStudio, ResearcherPatch } from './types';

export { SCHOOLS };
export const G1 = community('G1', 'U1', ['R1', 'R2', 'R3']);
export const C2 = community('C2', 'U2', ['R4', 'R5'], 'urban_rural_community');
export const STUDIO: MasterStudio = {
  id: 'S1',
  name: '语文名师工作室',
  leaderId: 'T001',
  schoolCode: 'U1',
  communityId: 'G1',
  startOn: '2023-09-01',
  endOn: null,
};
export const PATCH: ResearcherPatch = { researcherId: 'r1', name: '王教研员', schoolCodes: ['R1', 'R2'] };

let next = 0;
export function activity(
  kind: ActivityKind,
  date: string,
  host: string,
  extra: Partial<Activity> = {},
): Activity {
  next += 1;
  return {
    id: `a${next}`,
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
  };
}

/** `n` activities of a kind on consecutive days from `from`. */
export function series(
  n: number,
  kind: ActivityKind,
  from: string,
  host: string,
  extra: Partial<Activity> = {},
): Activity[] {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return Array.from({ length: n }, (_, i) =>
    activity(kind, `${y}-${String(m).padStart(2, '0')}-${String(d + i).padStart(2, '0')}`, host, extra),
  );
}

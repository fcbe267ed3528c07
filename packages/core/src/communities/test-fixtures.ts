// Small hand-made counties for tests: schools by code with only the fields the community rules read.
import type { School, UrbanRuralCode } from '../org/types';
import type { Community, CommunityKind } from './types';

export function school(code: string, urbanRuralCode: UrbanRuralCode, extra: Partial<School> = {}): School {
  return {
    schoolCode: code,
    name: `学校${code}`,
    countyCode: '510722',
    township: null,
    schoolType: 'primary',
    ownership: 'public',
    runBy: 'county',
    urbanRuralCode,
    parentSchoolCode: null,
    weak: false,
    lng: null,
    lat: null,
    ...extra,
  };
}

export function community(
  id: string,
  lead: string,
  others: readonly string[],
  kind: CommunityKind = 'education_group',
  startOn = '2023-09-01',
): Community {
  return {
    id,
    kind,
    name: `共同体${id}`,
    leadSchoolCode: lead,
    members: [lead, ...others].map((schoolCode) => ({ schoolCode, joinedOn: startOn, leftOn: null })),
    startOn,
    endOn: null,
  };
}

/** Urban leads U1, U2; rural schools R1–R5; a teaching point T1 under R1. */
export const SCHOOLS: School[] = [
  school('U1', '111'),
  school('U2', '112'),
  school('R1', '210'),
  school('R2', '210'),
  school('R3', '220'),
  school('R4', '210'),
  school('R5', '210'),
  school('T1', '220', { schoolType: 'teachingPoint', parentSchoolCode: 'R1' }),
];

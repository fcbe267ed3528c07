// Test-only builders: schools placed by km offsets from a fixed point, and random counties for property tests.
import fc from 'fast-check';
import type { UrbanRural } from '../../org/types';
import { proposalParams } from './params';
import type { ProposalParams, ProposalSchool } from './types';

const ORIGIN = { lng: 104, lat: 30 };
const KM_PER_DEGREE_LAT = 111.195; // 6371.0088 km × π / 180: the haversine radius, so offsets read back exactly

/** A school `east` km east and `north` km north of a fixed origin (east-west is exact only near the origin). */
export function schoolAt(
  code: string,
  east: number,
  north: number,
  urbanRural: UrbanRural,
  extra: Partial<ProposalSchool> = {},
): ProposalSchool {
  const lat = ORIGIN.lat + north / KM_PER_DEGREE_LAT;
  const lng = ORIGIN.lng + east / (KM_PER_DEGREE_LAT * Math.cos((ORIGIN.lat * Math.PI) / 180));
  return { schoolCode: code, name: `S${code}`, urbanRural, weak: false, students: 100, lng, lat, ...extra };
}

export interface ProposalCase {
  schools: ProposalSchool[];
  leads: string[];
  params: ProposalParams;
}

const arbSchool = (i: number): fc.Arbitrary<ProposalSchool> =>
  fc
    .record({
      east: fc.double({ min: -40, max: 40, noNaN: true }),
      north: fc.double({ min: -40, max: 40, noNaN: true }),
      urbanRural: fc.constantFrom<UrbanRural>('urban', 'town', 'rural', 'rural'),
      weak: fc.boolean(),
      strength: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      students: fc.integer({ min: 10, max: 3000 }),
    })
    .map(({ east, north, urbanRural, ...rest }) => {
      const s = schoolAt(String(1000 + i), east, north, urbanRural, {
        weak: rest.weak,
        students: rest.students,
      });
      return rest.strength === undefined ? s : { ...s, strength: rest.strength };
    });

export const arbParams: fc.Arbitrary<ProposalParams> = fc
  .record({
    maxSchools: fc.integer({ min: 2, max: 6 }),
    maxRoadKm: fc.option(fc.integer({ min: 20, max: 150 }), { nil: null }),
    roadFactor: fc.constantFrom(1, 1.4, 1.6),
    perKm: fc.constantFrom(0.5, 1, 2),
    strengthGap: fc.constantFrom(0, 10, 30, 100),
    leaveOut: fc.constantFrom(20, 60, 200),
    mayTown: fc.boolean(),
  })
  .map((r) =>
    proposalParams({
      maxSchools: r.maxSchools,
      maxRoadKm: r.maxRoadKm,
      roadFactor: r.roadFactor,
      weights: { perKm: r.perKm, strengthGap: r.strengthGap, leaveOut: r.leaveOut },
      mayCover: r.mayTown ? ['town'] : [],
    }),
  );

/** A random county of 3–40 schools with 1–10 of them given as leads. */
export const arbCase: fc.Arbitrary<ProposalCase> = fc
  .integer({ min: 3, max: 40 })
  .chain((n) =>
    fc.record({
      schools: fc.tuple(...Array.from({ length: n }, (_, i) => arbSchool(i))),
      leadPicks: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), {
        minLength: 1,
        maxLength: Math.min(10, n),
      }),
      params: arbParams,
    }),
  )
  .map(({ schools, leadPicks, params }) => ({
    schools,
    leads: leadPicks.map((i) => schools[i]!.schoolCode),
    params,
  }));

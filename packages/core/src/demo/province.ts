// A whole province for benchmarks: 183 counties (Sichuan's count of county-level divisions), about 9,000 schools
// and 600,000 teachers for one school year. Yields one county at a time so a caller never holds the province.
import type { County, CountyData, SchoolYear } from '../org/types';
import { seededRandom } from '../shared/random';
import { buildDemoCounty } from './county';
import { placeName } from './names';
import { childSeed, clippedNormal, pad, uniform } from './sampling';

export interface ProvinceOptions {
  seed?: number;
  counties?: number;
  schoolYear?: SchoolYear;
}

const COUNTIES_PER_CITY = 9;
const MAX_CITIES = 99;

/** Division codes 51CC00 for cities and 51CCNN for counties: unique by construction. */
function divisionCodes(index: number): { city: string; county: string } {
  const city = Math.floor(index / COUNTIES_PER_CITY) + 1;
  const county = 21 + (index % COUNTIES_PER_CITY);
  return { city: `51${pad(city, 2)}00`, county: `51${pad(city, 2)}${pad(county, 2)}` };
}

export function* generateProvince({
  seed = 2025,
  counties = 183,
  schoolYear = '2024-2025',
}: ProvinceOptions = {}): Generator<CountyData, void, undefined> {
  if (!Number.isInteger(counties) || counties < 1 || counties > COUNTIES_PER_CITY * MAX_CITIES) {
    throw new RangeError(`counties must be an integer from 1 to ${COUNTIES_PER_CITY * MAX_CITIES}`);
  }
  const rng = seededRandom(seed);
  const usedNames = new Set<string>();
  let cityName = '';
  for (let i = 0; i < counties; i++) {
    const codes = divisionCodes(i);
    const firstInCity = i % COUNTIES_PER_CITY === 0;
    if (firstInCity) cityName = `${placeName(rng, usedNames)}市`;
    const county: County = {
      divisionCode: codes.county,
      // The first of each city is its urban district (区), the rest are counties (县).
      name: `${placeName(rng, usedNames)}${firstInCity ? '区' : '县'}`,
      cityDivisionCode: codes.city,
      cityName,
    };
    const townshipCount = rng.int(9, 13);
    // County sizes are skewed: a few big ones, many middling (lognormal round 51,000 pupils).
    const students = Math.round(
      Math.exp(clippedNormal(rng, Math.log(49_000), 0.3, Math.log(20_000), Math.log(150_000))),
    );
    const seat = { lng: uniform(rng, 102.5, 107.5), lat: uniform(rng, 27.5, 32.5) };
    const countySeed = childSeed(rng);
    yield buildDemoCounty(seededRandom(countySeed), {
      county,
      schoolYears: [schoolYear],
      seat,
      townshipCount,
      scale: 1,
      targetStudents: students,
    });
  }
}

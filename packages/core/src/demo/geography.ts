// Where the demo county's townships and schools sit. A county seat with its urban schools, townships in a ring
// 8–40 km out, villages a few km from their township: the distances that make rural schools small and remote.
import type { Random } from '../shared/random';
import { SEAT_NAMES, TOWNSHIP_NAMES } from './names';
import { sampleDistinct, uniform } from './sampling';

export interface LngLat {
  lng: number;
  lat: number;
}

export interface Township extends LngLat {
  name: string;
  /** The county seat (城区): urban schools. */
  seat: boolean;
  /** A 乡 rather than a 镇: its centre counts as rural (城乡分类 210), a 镇's as town (121). */
  xiang: boolean;
  distanceKm: number;
}

const KM_PER_DEGREE_LAT = 111.0;

/** A point at `minKm`–`maxKm` from `center` in a random direction (equirectangular; fine at county scale). */
export function pointNear(rng: Random, center: LngLat, minKm: number, maxKm: number): LngLat {
  const angle = rng.next() * 2 * Math.PI;
  const km = uniform(rng, minKm, maxKm);
  const kmPerDegreeLng = KM_PER_DEGREE_LAT * Math.cos((center.lat * Math.PI) / 180);
  return {
    lng: round6(center.lng + (km * Math.cos(angle)) / kmPerDegreeLng),
    lat: round6(center.lat + (km * Math.sin(angle)) / KM_PER_DEGREE_LAT),
  };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The seat first, then `count − 1` townships spread evenly round the seat so none overlap. */
export function layoutTownships(rng: Random, seatCenter: LngLat, count: number): Township[] {
  const seatName = rng.pick(SEAT_NAMES);
  const seat: Township = { name: seatName, seat: true, xiang: false, distanceKm: 0, ...seatCenter };
  const names = sampleDistinct(rng, TOWNSHIP_NAMES, count - 1);
  const start = rng.next() * 2 * Math.PI;
  const kmPerDegreeLng = KM_PER_DEGREE_LAT * Math.cos((seatCenter.lat * Math.PI) / 180);
  const others = names.map((name, i): Township => {
    const angle = start + (2 * Math.PI * i) / names.length + uniform(rng, -0.2, 0.2);
    const km = uniform(rng, 8, 40);
    return {
      name,
      seat: false,
      xiang: name.endsWith('乡'),
      distanceKm: km,
      lng: round6(seatCenter.lng + (km * Math.cos(angle)) / kmPerDegreeLng),
      lat: round6(seatCenter.lat + (km * Math.sin(angle)) / KM_PER_DEGREE_LAT),
    };
  });
  return [seat, ...others];
}

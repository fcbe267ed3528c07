// School selectors and distances: the pieces directions and scope are built from.
import type { School } from '../org/types';
import { urbanRuralOf } from '../org/types';
import type { SchoolSelector } from './types';

export function matchesSelector(
  school: Pick<School, 'urbanRuralCode' | 'schoolType' | 'weak'>,
  selector: SchoolSelector,
): boolean {
  if (
    selector.urbanRural !== undefined &&
    !selector.urbanRural.includes(urbanRuralOf(school.urbanRuralCode))
  ) {
    return false;
  }
  if (selector.urbanRuralCodes !== undefined && !selector.urbanRuralCodes.includes(school.urbanRuralCode)) {
    return false;
  }
  if (selector.schoolTypes !== undefined && !selector.schoolTypes.includes(school.schoolType)) return false;
  if (selector.weak !== undefined && school.weak !== selector.weak) return false;
  return true;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine); null when either school has no coordinates. */
export function haversineKm(a: School, b: School): number | null {
  if (a.lat === null || a.lng === null || b.lat === null || b.lng === null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Road distance estimate: straight line × a road factor (hill counties wind: the factor is a parameter). */
export function roadKm(a: School, b: School, roadFactor: number): number | null {
  const km = haversineKm(a, b);
  return km === null ? null : km * roadFactor;
}

// Distance between two schools, for the rotation planner and the community proposal: anything with coordinates.
const EARTH_RADIUS_KM = 6371.0088;

export interface Coordinates {
  lng: number | null;
  lat: number | null;
}

/** Great-circle km (haversine); null when either side has no coordinates. */
export function greatCircleKm(a: Coordinates, b: Coordinates): number | null {
  if (a.lat === null || a.lng === null || b.lat === null || b.lng === null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Road km estimate: the straight line times a road factor (a parameter: hill counties wind more). */
export function roadKmBetween(a: Coordinates, b: Coordinates, roadFactor: number): number | null {
  const km = greatCircleKm(a, b);
  return km === null ? null : km * roadFactor;
}

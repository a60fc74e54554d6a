/**
 * A boundary's geometry: checked (Polygon or MultiPolygon only, rings closed with at least four
 * positions, longitudes in [-180, 180] and latitudes in [-90, 90], finite numbers), then simplified
 * for display. Pure, so the rules are tested without a database or a file.
 *
 * Simplification is Douglas-Peucker per ring with a tolerance in degrees (about 100 m by default,
 * invisible at the zoom a whole country is drawn at), coordinates rounded to 5 decimals (about
 * 1 m); a ring that would fall below four positions keeps its original shape. The original is kept
 * beside the display version, so a later, finer view loses nothing.
 */
import type { AreaGeometry } from '../contracts/index.js';
import { because, type Reason } from '../imports/import-errors.js';

type Position = number[];
type Ring = Position[];

/** Degrees: about 110 m at the equator. */
export const DISPLAY_TOLERANCE = 0.001;

/** The geometry when it is valid; otherwise the reason (English and code), naming the polygon, ring and position. */
export function checkGeometry(geometry: unknown): { geometry: AreaGeometry } | { problem: Reason } {
  const candidate = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!candidate || typeof candidate !== 'object') return { problem: because('has no geometry', 'boundary.no_geometry') };
  if (candidate.type !== 'Polygon' && candidate.type !== 'MultiPolygon')
    return {
      problem: because(`has a ${String(candidate.type)} geometry; only Polygon and MultiPolygon are boundaries`, 'boundary.not_a_polygon', {
        type: String(candidate.type),
      }),
    };
  const polygons = candidate.type === 'Polygon' ? [candidate.coordinates] : candidate.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return { problem: because('has no coordinates', 'boundary.no_coordinates') };
  for (const [p, polygon] of polygons.entries()) {
    // 0 for a Polygon: its sentence names no polygon.
    const number = candidate.type === 'MultiPolygon' ? p + 1 : 0;
    const where = number > 0 ? `polygon ${number}, ` : '';
    if (!Array.isArray(polygon) || polygon.length === 0)
      return { problem: because(`${where}has no ring`, 'boundary.polygon_no_ring', { polygon: number }) };
    for (const [r, ring] of polygon.entries()) {
      const problem = ringProblem(ring, { polygon: number, ring: r + 1 });
      if (problem) return { problem: { ...problem, reason: `${where}ring ${r + 1}: ${problem.reason}` } };
    }
  }
  return { geometry: { type: candidate.type, coordinates: candidate.coordinates } as AreaGeometry };
}

/** The ring's problem, its English without the "polygon p, ring r: " the caller puts before it. */
function ringProblem(ring: unknown, at: { polygon: number; ring: number }): Reason | null {
  if (!Array.isArray(ring)) return because('is not a list of positions', 'boundary.ring_not_a_list', at);
  for (const [index, position] of ring.entries()) {
    const here = { ...at, position: index + 1 };
    if (!Array.isArray(position) || position.length < 2 || !position.every((n) => typeof n === 'number' && Number.isFinite(n)))
      return because(`position ${index + 1} is not a pair of numbers`, 'boundary.position_not_a_pair', here);
    const [longitude, latitude] = position as [number, number];
    if (longitude < -180 || longitude > 180)
      return because(
        `position ${index + 1} has longitude ${longitude}, outside -180..180 (projected coordinates?)`,
        'boundary.longitude_out_of_range',
        { ...here, longitude },
      );
    if (latitude < -90 || latitude > 90)
      return because(`position ${index + 1} has latitude ${latitude}, outside -90..90`, 'boundary.latitude_out_of_range', {
        ...here,
        latitude,
      });
  }
  if (ring.length < 4)
    return because(`has ${ring.length} positions; a ring needs at least 4`, 'boundary.ring_too_short', { ...at, count: ring.length });
  const first = ring[0] as Position;
  const last = ring.at(-1) as Position;
  if (first[0] !== last[0] || first[1] !== last[1])
    return because('is not closed (its last position differs from its first)', 'boundary.ring_not_closed', at);
  return null;
}

/** Every ring of the geometry, whatever its type. */
export function ringsOf(geometry: AreaGeometry): Ring[] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

export function countPositions(geometry: AreaGeometry): number {
  return ringsOf(geometry).reduce((sum, ring) => sum + ring.length, 0);
}

/** [west, south, east, north]. */
export function boundingBox(geometry: AreaGeometry): [number, number, number, number] {
  let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of ringsOf(geometry)) for (const position of ring) box = extend(box, position);
  return box;
}

function extend(box: [number, number, number, number], [x, y]: Position): [number, number, number, number] {
  return [Math.min(box[0], x as number), Math.min(box[1], y as number), Math.max(box[2], x as number), Math.max(box[3], y as number)];
}

/** The display version: Douglas-Peucker per ring, 5 decimals, 2D only. */
export function simplifyGeometry(geometry: AreaGeometry, tolerance = DISPLAY_TOLERANCE): AreaGeometry {
  const polygon = (rings: Ring[]) => rings.map((ring) => simplifyRing(ring, tolerance));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
}

function simplifyRing(ring: Ring, tolerance: number): Ring {
  const rounded = ring.map(([x, y]) => [round(x as number), round(y as number)]);
  const keep = new Uint8Array(rounded.length);
  keep[0] = 1;
  keep[rounded.length - 1] = 1;
  // A closed ring's ends are one point: split it at its farthest point so both halves have a chord.
  const far = farthestFrom(rounded, 0);
  keep[far] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, rounded.length - 1],
  ];
  while (stack.length > 0) {
    const [start, end] = stack.pop() as [number, number];
    let worst = -1;
    let worstDistance = tolerance * tolerance;
    for (let index = start + 1; index < end; index += 1) {
      const distance = segmentDistanceSquared(rounded[index] as Position, rounded[start] as Position, rounded[end] as Position);
      if (distance > worstDistance) {
        worst = index;
        worstDistance = distance;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([start, worst], [worst, end]);
    }
  }
  const simplified = rounded.filter((_, index) => keep[index] === 1);
  return simplified.length >= 4 ? simplified : rounded;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

function farthestFrom(ring: Ring, from: number): number {
  const [x0, y0] = ring[from] as Position;
  let best = Math.floor(ring.length / 2);
  let bestDistance = -1;
  for (const [index, [x, y]] of ring.entries()) {
    const distance = ((x as number) - (x0 as number)) ** 2 + ((y as number) - (y0 as number)) ** 2;
    if (distance > bestDistance && index !== ring.length - 1) {
      best = index;
      bestDistance = distance;
    }
  }
  return Math.max(1, Math.min(best, ring.length - 2));
}

function segmentDistanceSquared([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  const dx = (bx as number) - (ax as number);
  const dy = (by as number) - (ay as number);
  const length = dx * dx + dy * dy;
  let t = length === 0 ? 0 : (((px as number) - (ax as number)) * dx + ((py as number) - (ay as number)) * dy) / length;
  t = Math.max(0, Math.min(1, t));
  const x = (ax as number) + t * dx - (px as number);
  const y = (ay as number) + t * dy - (py as number);
  return x * x + y * y;
}

/**
 * Fictional boundaries for the generated bench map (issue 16: the map view is measured on 200
 * areas with outlines): a grid of provinces in the open Atlantic, like the demo's, whose shared
 * borders wander (seeded jitter, several points per border) so the outlines look like admin areas
 * rather than squares, and neighbours meet without gaps. Written as a COD-AB-style GeoJSON file
 * (ADM1_PCODE, ADM1_EN) and stored by the product's own boundary import (load-map.ts).
 */
import { mulberry32 as seededRandom } from '../server/random/mulberry32.js';

interface Area {
  id: string;
  name: string;
  pcode?: string | null | undefined;
}

/** Points between two corners on each border. */
const BORDER_POINTS = 4;
/**
 * Degrees per grid cell: a cell a degree wide, so the actors layer's symbols (spread 0.12 degrees
 * around an area's anchor) stay inside their area. The grid (20 by 10 degrees for 200 areas) lies
 * in the open South Atlantic, south of the demo's country, over no land.
 */
const CELL = 1;
const ORIGIN: [number, number] = [-30, -26];

type Position = [number, number];

/** A grid of `areas` cells, each a closed polygon with wandering borders shared with its neighbours. */
export function generateBoundaries(areas: readonly Area[], seed: number): Uint8Array {
  const random = seededRandom(seed);
  const columns = Math.ceil(Math.sqrt(areas.length * 2));
  const rows = Math.ceil(areas.length / columns);
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  const wobble = (amount: number) => (random() - 0.5) * amount * CELL;
  // Corners jittered once, so the four cells meeting at one agree on it.
  const corners: Position[][] = Array.from({ length: rows + 1 }, (_, r) =>
    Array.from({ length: columns + 1 }, (_, c) => {
      const edge = r === 0 || r === rows || c === 0 || c === columns;
      return [ORIGIN[0] + c * CELL + (edge ? 0 : wobble(0.5)), ORIGIN[1] + r * CELL + (edge ? 0 : wobble(0.5))];
    }),
  );
  // Each border's inner points drawn once (keyed by its two corners), walked forwards by one cell and backwards by the other.
  const borders = new Map<string, Position[]>();
  const border = (a: [number, number], b: [number, number]): Position[] => {
    const key = `${a.join(',')}|${b.join(',')}`;
    const reverse = borders.get(`${b.join(',')}|${a.join(',')}`);
    if (reverse) return [...reverse].reverse();
    const from = corners[a[0]]![a[1]]!;
    const to = corners[b[0]]![b[1]]!;
    const outer = a[0] === b[0] ? a[0] === 0 || a[0] === rows : a[1] === 0 || a[1] === columns;
    const points = Array.from({ length: BORDER_POINTS }, (_, i): Position => {
      const f = (i + 1) / (BORDER_POINTS + 1);
      const x = from[0] + (to[0] - from[0]) * f;
      const y = from[1] + (to[1] - from[1]) * f;
      // The coast wanders too, across the border's direction.
      const across = wobble(outer ? 0.15 : 0.25);
      return a[0] === b[0] ? [x, y + across] : [x + across, y];
    });
    borders.set(key, points);
    return points;
  };
  const features = areas.map((area, index) => {
    const r = Math.floor(index / columns);
    const c = index % columns;
    const ring: [number, number][] = [
      [r, c],
      [r, c + 1],
      [r + 1, c + 1],
      [r + 1, c],
    ];
    const positions: Position[] = [];
    ring.forEach((corner, i) => {
      const next = ring[(i + 1) % ring.length]!;
      positions.push(corners[corner[0]]![corner[1]]!, ...border(corner, next));
    });
    positions.push(positions[0]!);
    return {
      type: 'Feature',
      properties: { ADM0_PCODE: 'BX', ADM0_EN: 'Bench Republic (fictional)', ADM1_PCODE: area.pcode ?? area.id, ADM1_EN: area.name },
      geometry: { type: 'Polygon', coordinates: [positions.map(([x, y]) => [round(x), round(y)])] },
    };
  });
  const collection = { type: 'FeatureCollection', name: 'Fictional boundaries of the bench map (not a real place)', features };
  return new TextEncoder().encode(JSON.stringify(collection));
}

/**
 * fCoSE makes roundish maps; a landscape screen is better used by a wider one. The layout's
 * positions are spread horizontally (or vertically) towards the map's width / height, by at most
 * MAX_STRETCH, on the page (the layout itself does not know the screen). Spreading only moves
 * actors apart, so no overlap comes back.
 */
import type { Positions } from './fcose-input.js';

const MAX_STRETCH = 1.5;

/** `positions` spread towards `aspect` (width / height); a new object, the input is untouched. */
export function stretchToAspect(positions: Positions, aspect: number): Positions {
  const points = Object.values(positions);
  if (points.length === 0 || !Number.isFinite(aspect) || aspect <= 0) return positions;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  const [w, h] = [x2 - x1, y2 - y1];
  if (w === 0 || h === 0) return positions;
  const ratio = aspect / (w / h);
  const sx = Math.min(MAX_STRETCH, Math.max(1, ratio));
  const sy = Math.min(MAX_STRETCH, Math.max(1, 1 / ratio));
  const [cx, cy] = [x1 + w / 2, y1 + h / 2];
  return Object.fromEntries(Object.entries(positions).map(([id, { x, y }]) => [id, { x: cx + (x - cx) * sx, y: cy + (y - cy) * sy }]));
}

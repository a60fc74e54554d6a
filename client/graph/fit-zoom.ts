/**
 * The zoom at which actors fit the map's viewport, worked out from their positions and sizes
 * before they are drawn: the first map's labels are set for it as its actors are added. It is what
 * `cy.fit` chooses less the room for labels, so the real fit is the same or a little further out.
 */

export interface FitLimits {
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/** Zoom that fits discs (centre and diameter) into `width` x `height` with `padding` all round. */
export function zoomToFit(
  discs: Iterable<{ x: number; y: number; size: number }>,
  width: number,
  height: number,
  limits: FitLimits,
): number {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y, size } of discs) {
    x1 = Math.min(x1, x - size / 2);
    y1 = Math.min(y1, y - size / 2);
    x2 = Math.max(x2, x + size / 2);
    y2 = Math.max(y2, y + size / 2);
  }
  if (!(x2 > x1 && y2 > y1) || width <= 0 || height <= 0) return 1;
  const zoom = Math.min((width - 2 * limits.padding) / (x2 - x1), (height - 2 * limits.padding) / (y2 - y1));
  return Math.min(limits.maxZoom, Math.max(limits.minZoom, zoom));
}

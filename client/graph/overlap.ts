/**
 * fCoSE at "default" quality can leave nodes on top of one another, which hides an actor
 * completely. This pass pushes overlapping pairs apart until every node has a small gap around
 * it (or the pass budget runs out). A uniform grid finds the candidate pairs, so a pass costs
 * about O(n) and 2,000 actors stay cheap. Pure and deterministic; fixed (pinned) nodes never move.
 */

export interface Disc {
  x: number;
  y: number;
  r: number;
  fixed?: boolean;
}

const GAP = 6;
const MAX_PASSES = 30;

/** Move discs (as little as possible) so that no two overlap. Mutates and returns `discs`. */
export function separateOverlaps<T extends Disc>(discs: T[]): T[] {
  if (discs.length < 2) return discs;
  const cell = 2 * Math.max(...discs.map((disc) => disc.r)) + GAP;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const grid = new Map<string, number[]>();
    discs.forEach((disc, index) => {
      const key = `${Math.floor(disc.x / cell)},${Math.floor(disc.y / cell)}`;
      const bucket = grid.get(key);
      if (bucket) bucket.push(index);
      else grid.set(key, [index]);
    });
    let moved = false;
    discs.forEach((a, i) => {
      const gx = Math.floor(a.x / cell);
      const gy = Math.floor(a.y / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(`${gx + dx},${gy + dy}`) ?? []) {
            if (j <= i) continue;
            const b = discs[j]!;
            const ddx = b.x - a.x;
            const ddy = b.y - a.y;
            const distance = Math.hypot(ddx, ddy);
            const needed = a.r + b.r + GAP;
            if (distance >= needed || (a.fixed && b.fixed)) continue;
            // Coincident nodes get a fixed direction so the result stays deterministic.
            const [ux, uy] = distance > 0.01 ? [ddx / distance, ddy / distance] : [Math.cos(i + j), Math.sin(i + j)];
            const push = needed - distance;
            const shareA = a.fixed ? 0 : b.fixed ? 1 : 0.5;
            a.x -= ux * push * shareA;
            a.y -= uy * push * shareA;
            b.x += ux * push * (1 - shareA);
            b.y += uy * push * (1 - shareA);
            moved = true;
          }
        }
      }
    });
    if (!moved) break;
  }
  return discs;
}

/**
 * fCoSE at "default" quality can leave nodes on top of one another, which hides an actor
 * completely. This pass pushes overlapping pairs apart until every node has a small gap around
 * it (or the pass budget runs out). A uniform grid finds the candidate pairs, so a pass costs
 * about O(n) on a spread-out map. Pure and deterministic; fixed (pinned) nodes never move.
 *
 * On a large map the draft layout packs thousands of nodes into a few hundred pixels, every grid
 * cell holds dozens of them and all 30 passes run: the work is then the pair checks themselves,
 * so they read positions from typed arrays, start each cell's scan after the disc at hand and
 * settle clear pairs without a square root (with the same results as the plain loop).
 */

export interface Disc {
  x: number;
  y: number;
  r: number;
  fixed?: boolean;
}

const GAP = 6;
const MAX_PASSES = 30;
/** Squared distances this much above the squared gap are apart whatever the rounding. */
const CLEARLY_APART = 1 + 1e-9;

/** One number per grid cell; distinct for cells within 2^20 of the origin, far beyond any map. */
function cellKey(column: number, row: number): number {
  return column * 2 ** 21 + row;
}

/** Index of the first entry of the ascending `bucket` greater than `value`. */
function firstAfter(bucket: readonly number[], value: number): number {
  let low = 0;
  let high = bucket.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (bucket[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Move discs (as little as possible) so that no two overlap. Mutates and returns `discs`. */
export function separateOverlaps<T extends Disc>(discs: T[]): T[] {
  const count = discs.length;
  if (count < 2) return discs;
  const xs = Float64Array.from(discs, (disc) => disc.x);
  const ys = Float64Array.from(discs, (disc) => disc.y);
  const rs = Float64Array.from(discs, (disc) => disc.r);
  const fixed = Uint8Array.from(discs, (disc) => (disc.fixed ? 1 : 0));
  const cell = 2 * Math.max(...rs) + GAP;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // Buckets hold disc indexes in ascending order, from the positions at the start of the pass.
    const grid = new Map<number, number[]>();
    for (let index = 0; index < count; index++) {
      const key = cellKey(Math.floor(xs[index]! / cell), Math.floor(ys[index]! / cell));
      const bucket = grid.get(key);
      if (bucket) bucket.push(index);
      else grid.set(key, [index]);
    }
    let moved = false;
    for (let i = 0; i < count; i++) {
      const gx = Math.floor(xs[i]! / cell);
      const gy = Math.floor(ys[i]! / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const bucket = grid.get(cellKey(gx + dx, gy + dy));
          if (!bucket) continue;
          // Each pair once, the lower index first, in index order (as a scan from the start would).
          for (let k = firstAfter(bucket, i); k < bucket.length; k++) {
            const j = bucket[k]!;
            const ddx = xs[j]! - xs[i]!;
            const ddy = ys[j]! - ys[i]!;
            const needed = rs[i]! + rs[j]! + GAP;
            // Most candidates are clear by far: squares settle those without a square root (the
            // margin leaves every close call to the exact test below, so results do not change).
            if (ddx * ddx + ddy * ddy > needed * needed * CLEARLY_APART) continue;
            const distance = Math.hypot(ddx, ddy);
            if (distance >= needed || (fixed[i] && fixed[j])) continue;
            // Coincident nodes get a fixed direction so the result stays deterministic.
            const apart = distance > 0.01;
            const ux = apart ? ddx / distance : Math.cos(i + j);
            const uy = apart ? ddy / distance : Math.sin(i + j);
            const push = needed - distance;
            const shareA = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
            xs[i] = xs[i]! - ux * push * shareA;
            ys[i] = ys[i]! - uy * push * shareA;
            xs[j] = xs[j]! + ux * push * (1 - shareA);
            ys[j] = ys[j]! + uy * push * (1 - shareA);
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
  discs.forEach((disc, index) => {
    disc.x = xs[index]!;
    disc.y = ys[index]!;
  });
  return discs;
}

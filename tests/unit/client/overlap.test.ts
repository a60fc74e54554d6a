/**
 * separateOverlaps (client/graph/overlap.ts): after it, no two actors cover each other, pinned
 * actors have not moved, and the same input gives the same picture. Crowded inputs are the case
 * that matters: the large-map draft layout puts hundreds of nodes within a few cells of the grid.
 */
import { describe, expect, it } from 'vitest';
import { separateOverlaps, type Disc } from '../../../client/graph/overlap.js';
import { mulberry32 } from '../../../server/random/mulberry32.js';

function crowd(count: number, spread: number, seed: number): Disc[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, index) => ({
    x: (random() - 0.5) * spread,
    y: (random() - 0.5) * spread,
    r: 7 + 4 * Math.floor(random() * 5),
    fixed: index % 25 === 0,
  }));
}

function overlappingPairs(discs: readonly Disc[]): number {
  let pairs = 0;
  for (let i = 0; i < discs.length; i++) {
    for (let j = i + 1; j < discs.length; j++) {
      const [a, b] = [discs[i]!, discs[j]!];
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 1e-6 && !(a.fixed && b.fixed)) pairs++;
    }
  }
  return pairs;
}

describe('separateOverlaps', () => {
  it('leaves no two discs on top of each other in a crowd it has room to spread', () => {
    const discs = crowd(60, 300, 7);
    expect(overlappingPairs(discs)).toBeGreaterThan(20);
    separateOverlaps(discs);
    expect(overlappingPairs(discs)).toBe(0);
  });

  it('moves no pinned disc', () => {
    const discs = crowd(120, 200, 11);
    const pinned = discs.filter((disc) => disc.fixed).map((disc) => ({ ...disc }));
    separateOverlaps(discs);
    expect(discs.filter((disc) => disc.fixed)).toEqual(pinned);
  });

  it('gives the same positions for the same input, even for a crowd too dense to clear in its passes', () => {
    const [first, second] = [crowd(600, 150, 3), crowd(600, 150, 3)];
    separateOverlaps(first);
    separateOverlaps(second);
    expect(second).toEqual(first);
    expect(overlappingPairs(first)).toBeLessThan(overlappingPairs(crowd(600, 150, 3)));
  });
});

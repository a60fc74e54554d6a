/**
 * The grid of groups (grouped layouts, issue 13 point 10): cells never intersect and fit the
 * viewport at the zoom they were packed for, from 3 to 100 groups; names that all share words
 * are told apart on one-line captions.
 */
import { describe, expect, it } from 'vitest';
import { packGroups } from '../../client/graph/group-grid.js';
import { distinctParts } from '../../client/graph/layout-groups.js';

const groups = (count: number, size: (i: number) => number) =>
  Array.from({ length: count }, (_, i) => ({
    key: `g${i}`,
    caption: `Group ${i}`,
    members: Array.from({ length: size(i) }, (_, j) => j),
    radius: 20 + 13 * Math.sqrt(size(i)),
  }));

describe('packGroups', () => {
  it.each([
    [3, 1280, 720],
    [12, 1280, 720],
    [60, 965, 542],
    [100, 965, 542],
    [100, 1860, 960],
  ])('%i groups in %ix%i: no two cells intersect and all fit on screen', (count, width, height) => {
    const { cells, zoom } = packGroups(
      groups(count, (i) => 1 + ((i * 7) % 40)),
      { width, height },
    );
    expect(cells).toHaveLength(count);
    expect(zoom).toBeGreaterThan(0.02);
    for (const [i, a] of cells.entries()) {
      expect(a.cell.x1 * zoom).toBeGreaterThanOrEqual(0);
      expect(a.cell.y1 * zoom).toBeGreaterThanOrEqual(0);
      expect(a.cell.x2 * zoom).toBeLessThanOrEqual(width + 1e-6);
      expect(a.cell.y2 * zoom).toBeLessThanOrEqual(height + 1e-6);
      expect(a.band.y2).toBeLessThan(a.centre.y);
      for (const b of cells.slice(i + 1)) {
        const apart = a.cell.x2 <= b.cell.x1 || b.cell.x2 <= a.cell.x1 || a.cell.y2 <= b.cell.y1 || b.cell.y2 <= a.cell.y1;
        expect(apart, `${a.key} and ${b.key}`).toBe(true);
      }
    }
  });
});

describe('distinctParts', () => {
  it('drops the words every name shares, keeping one of each name', () => {
    const short = distinctParts(['Large Map District 1', 'Large Map District 12', 'Large Map District 3']);
    expect([...short.values()]).toEqual(['1', '12', '3']);
    expect([...distinctParts(['North Highlands', 'River Delta']).values()]).toEqual(['North Highlands', 'River Delta']);
    expect([...distinctParts(['Lake District', 'Capital District']).values()]).toEqual(['Lake', 'Capital']);
    expect([...distinctParts(['District', 'District 2']).values()]).toEqual(['District', 'District 2']);
  });
});

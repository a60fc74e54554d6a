/** Where an admin area may sit: p-code unique without case, parent one level up, no loops, levels of child areas kept. */
import { describe, expect, it } from 'vitest';
import { placementProblems, type PlacedArea } from '../../../server/services/area-rules.js';

const tree = new Map<string, PlacedArea>(
  [
    { id: 'country', name: 'Testland', level: 0, parentId: null, pcode: 'TT' },
    { id: 'east', name: 'East', level: 1, parentId: 'country', pcode: 'TT02' },
    { id: 'riverside', name: 'Riverside', level: 2, parentId: 'east', pcode: null },
  ].map((area) => [area.id, area]),
);

describe('placementProblems', () => {
  it('accepts a district one below its region with a free p-code', () => {
    const next = { id: 'new', name: 'New', level: 2, parentId: 'east', pcode: 'TT0202' };
    expect(placementProblems(tree, { next, current: null, movesInTree: true })).toEqual({ invalid: [], conflicts: [] });
  });

  it('refuses a p-code another area holds, in any case', () => {
    const next = { id: 'new', name: 'New', level: 1, parentId: 'country', pcode: 'tt02' };
    expect(placementProblems(tree, { next, current: null, movesInTree: true }).conflicts).toEqual([
      {
        path: 'body.pcode',
        message: 'p-code tt02 is already used by East',
        messageCode: 'field.pcode_taken',
        params: { pcode: 'tt02', name: 'East' },
      },
    ]);
  });

  it('refuses a level that is not one below the parent, and a parent inside the area', () => {
    const wrongLevel = { id: 'new', name: 'New', level: 3, parentId: 'east', pcode: null };
    expect(placementProblems(tree, { next: wrongLevel, current: null, movesInTree: true }).invalid[0]?.path).toBe('body.level');
    const east = tree.get('east')!;
    const loop = { ...east, parentId: 'riverside', level: 3 };
    expect(placementProblems(tree, { next: loop, current: east, movesInTree: true }).invalid[0]?.path).toBe('body.parentId');
  });

  it('refuses a level change while child areas hang below, and ignores the tree when only the name changes', () => {
    const east = tree.get('east')!;
    expect(placementProblems(tree, { next: { ...east, level: 2 }, current: east, movesInTree: true }).conflicts[0]?.path).toBe(
      'body.level',
    );
    expect(placementProblems(tree, { next: { ...east, name: 'Eastern' }, current: east, movesInTree: false })).toEqual({
      invalid: [],
      conflicts: [],
    });
  });
});

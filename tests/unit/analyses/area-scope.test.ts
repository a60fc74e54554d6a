import { describe, expect, it } from 'vitest';
import { scopeAreas } from '../../../server/analyses/area-scope.js';
import type { VisibleGraph } from '../../../server/analyses/visible-graph.js';

const area = (id: string, level: number, parentId: string | null = null) => ({
  id,
  name: id.toUpperCase(),
  isCapital: false,
  level,
  parentId,
});
const AREAS = [area('north', 1), area('south', 1), area('n1', 2, 'north'), area('n2', 2, 'north'), area('s1', 2, 'south'), area('far', 1)];

function graphWith(actors: Array<{ basedIn?: string[]; activeIn?: string[] }>): VisibleGraph {
  const full = actors.map((actor, i) => ({
    id: `a${i}`,
    name: `A${i}`,
    kind: 'civil_society' as const,
    subtype: null,
    influence: null,
    doNoHarmRole: 'unknown' as const,
    womenFocus: false,
    youthFocus: false,
    basedIn: actor.basedIn ?? [],
    activeIn: actor.activeIn ?? [],
  }));
  return { actors: full, ties: [], byId: new Map(full.map((a) => [a.id, a])) };
}

describe('the areas a per-area analysis counts', () => {
  const graph = graphWith([{ basedIn: ['north'] }, { activeIn: ['s1'] }]);

  it('by default, the areas where a visible actor is based or active, or that a role or engagement names', () => {
    const { areas, scope } = scopeAreas(AREAS, {}, graph, ['n2']);
    expect(areas.map((a) => a.id)).toEqual(['north', 'n2', 's1']);
    expect(scope).toMatchObject({ mode: 'worked', areaCount: 3, totalAreas: 6, level: null, parentId: null });
    expect(scope.statement).toBe('Scope: 3 areas where anyone works (of 6 admin areas).');
  });

  it('one level, optionally under one parent, named in the statement', () => {
    expect(scopeAreas(AREAS, { scope: 'level', level: 2 }, graph, []).areas.map((a) => a.id)).toEqual(['n1', 'n2', 's1']);
    const { areas, scope } = scopeAreas(AREAS, { scope: 'level', level: 2, parent: 'north' }, graph, []);
    expect(areas.map((a) => a.id)).toEqual(['n1', 'n2']);
    expect(scope.statement).toBe('Scope: 2 areas of level 2 in NORTH (of 6 admin areas).');
  });

  it('every area on request', () => {
    const { areas, scope } = scopeAreas(AREAS, { scope: 'all' }, graphWith([]), []);
    expect(areas).toHaveLength(6);
    expect(scope.statement).toBe('Scope: every admin area (6).');
  });
});

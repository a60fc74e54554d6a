/**
 * Which admin areas a per-area analysis counts. A country has 20-150 areas of level 1 and 2, and
 * an import may bring areas nobody works in; counting every area would bury the few gaps that
 * matter and make any spread look uneven. By default an analysis counts the areas where anyone
 * works: a visible actor is based or active there, or a role or an engagement names it. The caller
 * may instead ask for one level (optionally under one parent), or for every area. The result
 * states the scope in words, so no figure is read without it.
 */
import { analysisMessage, type AreaScope, type AreaScopeQuery } from '../contracts/index.js';
import type { AdminAreaRow } from '../queries/analysis.js';
import type { VisibleGraph } from './visible-graph.js';

/** The areas in scope, in the order given, and the statement of the scope. */
export function scopeAreas(
  areas: readonly AdminAreaRow[],
  query: AreaScopeQuery,
  graph: VisibleGraph,
  alsoWorked: Iterable<string>,
): { areas: AdminAreaRow[]; scope: AreaScope } {
  const mode = query.scope ?? 'worked';
  const level = query.level ?? 1;
  const parentId = query.parent ?? null;
  let kept: AdminAreaRow[];
  if (mode === 'all') {
    kept = [...areas];
  } else if (mode === 'level') {
    kept = areas.filter((area) => area.level === level && (parentId === null || area.parentId === parentId));
  } else {
    const worked = new Set<string>(alsoWorked);
    for (const actor of graph.actors) for (const id of [...actor.basedIn, ...actor.activeIn]) worked.add(id);
    kept = areas.filter((area) => worked.has(area.id));
  }
  const parentName = parentId ? (areas.find((area) => area.id === parentId)?.name ?? parentId) : null;
  const count = `${kept.length} ${kept.length === 1 ? 'area' : 'areas'}`;
  const described =
    mode === 'all'
      ? `Scope: every admin area (${areas.length}).`
      : `Scope: ${count} ${mode === 'level' ? `of level ${level}${parentName ? ` in ${parentName}` : ''}` : 'where anyone works'} (of ${areas.length} admin areas).`;
  return {
    areas: kept,
    scope: {
      mode,
      level: mode === 'level' ? level : null,
      parentId: mode === 'level' ? parentId : null,
      areaCount: kept.length,
      totalAreas: areas.length,
      statement: described,
      statementCode:
        mode === 'all'
          ? analysisMessage('scope.all', { total: areas.length })
          : mode === 'worked'
            ? analysisMessage('scope.worked', { count: kept.length, total: areas.length })
            : parentName
              ? analysisMessage('scope.level_in', { count: kept.length, level, parent: parentName, total: areas.length })
              : analysisMessage('scope.level', { count: kept.length, level, total: areas.length }),
    },
  };
}

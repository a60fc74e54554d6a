/** Admin areas in tree order: each parent followed by its children (by name), depth from the top. */
import type { AdminArea } from '../../server/contracts/index.js';

export interface AreaInTree {
  area: AdminArea;
  depth: number;
}

export function areasInTreeOrder(areas: readonly AdminArea[]): AreaInTree[] {
  const ids = new Set(areas.map((area) => area.id));
  const children = new Map<string | null, AdminArea[]>();
  for (const area of areas) {
    // An area whose parent is unknown is shown at the top, not lost.
    const parent = area.parentId && ids.has(area.parentId) ? area.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), area]);
  }
  const ordered: AreaInTree[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    const below = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
    for (const area of below) {
      if (seen.has(area.id)) continue;
      seen.add(area.id);
      ordered.push({ area, depth });
      visit(area.id, depth + 1);
    }
  };
  visit(null, 0);
  // Areas caught in a loop of parents (possible in imported data) come last, at the top level.
  for (const area of areas) if (!seen.has(area.id)) ordered.push({ area, depth: 0 });
  return ordered;
}

/**
 * The overview of a large map and its groups opened one at a time. Both start from the map the
 * viewer would get from GET /api/graph (through its cache, so a revalidated map is not read twice),
 * and the grouping of a map version is kept per ETag: Louvain over 20,000 actors is not redone
 * for every group a user opens.
 */
import type { GraphOverview, OverviewGrouping, OverviewMembers } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { createAreaDirectory } from '../services/area-directory.js';
import type { MapGraphCache } from '../services/map-graph-cache.js';
import { groupActors, membersOf, overviewOf, type Grouping } from './group-map.js';

export interface OverviewService {
  overview(groupBy: OverviewGrouping, viewer: Viewer): Promise<GraphOverview>;
  /** 404 for a group with no actor the viewer may see, as for one that does not exist. */
  members(groupBy: OverviewGrouping, group: string, viewer: Viewer): Promise<OverviewMembers>;
}

/** Groupings kept (each holds a group id per visible actor). */
const KEPT = 8;

export function createOverviewService(db: Database, cache: MapGraphCache): OverviewService {
  const areas = createAreaDirectory(db);
  const kept = new Map<string, Grouping>();

  async function grouped(groupBy: OverviewGrouping, viewer: Viewer) {
    const answer = await cache.answer({}, viewer, undefined);
    if (answer.status === 304) throw new Error('unreachable: no If-None-Match was given');
    const key = answer.etag ? `${answer.etag} ${groupBy}` : null;
    let grouping = key ? kept.get(key) : undefined;
    if (!grouping) {
      const names =
        groupBy === 'area' ? new Map((await areas.list()).map((area) => [area.id, area.name] as const)) : new Map<string, string>();
      grouping = groupActors(answer.elements, groupBy, names);
      if (key) {
        if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
        kept.set(key, grouping);
      }
    }
    return { elements: answer.elements, grouping };
  }

  return {
    async overview(groupBy, viewer) {
      const { elements, grouping } = await grouped(groupBy, viewer);
      return overviewOf(elements, grouping);
    },
    async members(groupBy, group, viewer) {
      const { elements, grouping } = await grouped(groupBy, viewer);
      const members = membersOf(elements, grouping, group);
      if (!members) throw notFound('Group', group);
      return members;
    },
  };
}

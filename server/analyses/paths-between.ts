/** Path analysis (GET /api/analysis/path): the shortest paths between two actors, with their ties. */
import type { PathQuery, PathResult } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { buildAdjacency, countPaths, enumeratePaths, presentPath, shortestPathTree } from './path-search.js';
import { actorRef, loadVisibleGraph, type AnalysisDate } from './visible-graph.js';

/** Finds every shortest path (up to `limit`) from one visible actor to another within `maxLength` steps. */
export async function findPaths(db: Database, query: PathQuery, viewer: Viewer, context: AnalysisDate = {}): Promise<PathResult> {
  const graph = await loadVisibleGraph(
    db,
    { tieTypes: query.tieTypes, date: query.date, evidence: query.evidence, asOf: context.asOf },
    viewer,
  );
  const from = graph.byId.get(query.from);
  if (!from) throw notFound('actor', query.from);
  const to = graph.byId.get(query.to);
  if (!to) throw notFound('actor', query.to);
  const adjacency = buildAdjacency(graph, query.directed);
  const tree = shortestPathTree(adjacency, from.id, query.maxLength);
  const distance = tree.dist.get(to.id) ?? null;
  return {
    from: actorRef(from),
    to: actorRef(to),
    distance,
    pathCount: distance === null ? 0 : countPaths(tree, to.id),
    paths: enumeratePaths(tree, to.id, query.limit).map((ids) => presentPath(graph, adjacency, ids)),
  };
}

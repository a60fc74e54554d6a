/**
 * Influence analysis (GET /api/analysis/influence): per actor degree, brokerage (betweenness),
 * closeness, eigenvector, PageRank, 2-step reach and Louvain community, on the visible subgraph
 * with the caller's tie types, direction and date. The heavy part runs on the worker pool on large
 * maps (see influence-workers.ts); when too many jobs already wait it rejects with
 * `WorkerPoolFullError`, which the route answers as 503 with Retry-After.
 */
import { TIE_TYPES, type ActorInfluence, type InfluenceQuery, type InfluenceResult } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { toTieArrays } from '../graph-algorithms/graph-arrays.js';
import { runInfluenceJob, type RunOptions } from './influence-compute.js';
import { actorRef, loadVisibleGraph, type AnalysisDate } from './visible-graph.js';

/** Computes the influence of every visible actor. */
export async function analyseInfluence(
  db: Database,
  query: InfluenceQuery,
  viewer: Viewer,
  options: RunOptions & AnalysisDate = {},
): Promise<InfluenceResult> {
  const graph = await loadVisibleGraph(
    db,
    { tieTypes: query.tieTypes, date: query.date, evidence: query.evidence, asOf: options.asOf },
    viewer,
  );
  const ids = graph.actors.map((actor) => actor.id);
  const arrays = await runInfluenceJob(
    { ties: toTieArrays(ids, graph.ties), ids, directed: query.directed },
    { mode: options.mode, signal: options.signal },
  );
  const actors: ActorInfluence[] = graph.actors.map((actor, v) => ({
    ...actorRef(actor),
    inDegree: arrays.inDegree[v] ?? 0,
    outDegree: arrays.outDegree[v] ?? 0,
    degree: arrays.degree[v] ?? 0,
    weightedDegree: arrays.weightedDegree[v] ?? 0,
    betweenness: arrays.betweenness[v] ?? 0,
    closeness: arrays.closeness[v] ?? 0,
    eigenvector: arrays.eigenvector[v] ?? 0,
    pageRank: arrays.pageRank[v] ?? 0,
    reach: arrays.reach[v] ?? 0,
    community: arrays.membership[v] ?? 0,
  }));
  const communities = new Map<number, string[]>();
  for (const actor of actors) communities.set(actor.community, [...(communities.get(actor.community) ?? []), actor.id]);
  actors.sort((a, b) => b.betweenness - a.betweenness || b.pageRank - a.pageRank || (a.id < b.id ? -1 : 1));
  return {
    directed: query.directed,
    tieTypes: query.tieTypes ? [...query.tieTypes] : [...TIE_TYPES],
    date: query.date ?? null,
    actorCount: graph.actors.length,
    tieCount: graph.ties.length,
    actors,
    communities: [...communities.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([community, actorIds]) => ({ community, size: actorIds.length, actorIds: actorIds.sort() })),
    modularity: arrays.modularity,
    eigenvectorConverged: arrays.eigenvectorConverged,
  };
}

/**
 * Influence analysis (GET /api/analysis/influence): per actor degree, brokerage (betweenness),
 * closeness, eigenvector, PageRank, 2-step reach and Louvain community, on the visible subgraph
 * with the caller's tie types, direction and date; with `compareEvidence`, each actor's rank on all
 * ties beside its rank on the corroborated ties alone (issue #15). The heavy part runs on the worker pool on large
 * maps (see influence-workers.ts); when too many jobs already wait it rejects with
 * `WorkerPoolFullError`, which the route answers as 503 with Retry-After.
 */
import { TIE_TYPES, type ActorInfluence, type InfluenceQuery, type InfluenceResult } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { toTieArrays } from '../graph-algorithms/graph-arrays.js';
import { runInfluenceJob, type RunOptions } from './influence-compute.js';
import { actorRef, loadVisibleGraph, type AnalysisDate, type VisibleActor, type VisibleGraph, type VisibleTie } from './visible-graph.js';

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
  const run = (ties: VisibleTie[]) =>
    runInfluenceJob({ ties: toTieArrays(ids, ties), ids, directed: query.directed }, { mode: options.mode, signal: options.signal });
  // The comparison ranks the same actors on the corroborated ties alone: the grades are those the
  // map read already carries, so it is a second computation, not a second read.
  const corroborated = query.compareEvidence ? graph.ties.filter((tie) => tie.evidenceGrade === 'corroborated') : null;
  const [arrays, corroboratedArrays] = await Promise.all([run(graph.ties), corroborated ? run(corroborated) : null]);
  const actors = graph.actors.map((actor, v) => influenceOf(actor, v, arrays));
  const communities = new Map<number, string[]>();
  for (const actor of actors) communities.set(actor.community, [...(communities.get(actor.community) ?? []), actor.id]);
  actors.sort(byInfluence);
  if (corroborated && corroboratedArrays) compareEvidence(actors, graph, corroboratedArrays);
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
    ...(corroborated ? { corroboratedTieCount: corroborated.length } : {}),
  };
}

type InfluenceArrays = Awaited<ReturnType<typeof runInfluenceJob>>;

function influenceOf(actor: VisibleActor, v: number, arrays: InfluenceArrays): ActorInfluence {
  return {
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
  };
}

/** The response's order: brokerage first, then PageRank, then id, so a rank means one thing. */
const byInfluence = (a: ActorInfluence, b: ActorInfluence) =>
  b.betweenness - a.betweenness || b.pageRank - a.pageRank || (a.id < b.id ? -1 : 1);

/** Gives each actor (already in the response's order) its rank on all ties and on corroborated ties alone. */
function compareEvidence(actors: ActorInfluence[], graph: VisibleGraph, corroboratedArrays: InfluenceArrays): void {
  const corroboratedOrder = graph.actors.map((actor, v) => influenceOf(actor, v, corroboratedArrays)).sort(byInfluence);
  const rankCorroborated = new Map(corroboratedOrder.map((actor, index) => [actor.id, index + 1]));
  const uncorroborated = new Map<string, number>();
  for (const tie of graph.ties) {
    if (tie.evidenceGrade === 'corroborated') continue;
    for (const end of new Set([tie.sourceId, tie.targetId])) uncorroborated.set(end, (uncorroborated.get(end) ?? 0) + 1);
  }
  actors.forEach((actor, index) => {
    actor.evidenceComparison = {
      rank: index + 1,
      rankCorroborated: rankCorroborated.get(actor.id)!,
      uncorroboratedTies: uncorroborated.get(actor.id) ?? 0,
    };
  });
}

/**
 * Ties to conflict parties (GET /api/analysis/conflict-ties): for every civil society
 * organisation, or one actor, the shortest paths of up to 3 steps to each party, and its lean.
 */
import type { ConflictTiesQuery, ConflictTiesResult } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { leanOf, linksToParties } from './party-links.js';
import { buildAdjacency } from './path-search.js';
import { actorRef, loadVisibleGraph, type AnalysisDate } from './visible-graph.js';

/** Maximum path length to a party, in steps. */
export const CONFLICT_TIE_DEPTH = 3;

/** Lists each CSO's (or one actor's) ties to the parties, nearest first. */
export async function analyseConflictTies(
  db: Database,
  query: ConflictTiesQuery,
  viewer: Viewer,
  context: AnalysisDate = {},
): Promise<ConflictTiesResult> {
  const graph = await loadVisibleGraph(
    db,
    { tieTypes: query.tieTypes, date: query.date, evidence: query.evidence, asOf: context.asOf },
    viewer,
  );
  if (query.actor !== undefined && !graph.byId.has(query.actor)) throw notFound('actor', query.actor);
  // Ties to a party count whichever way they point.
  const adjacency = buildAdjacency(graph, false);
  const subjects = graph.actors.filter((actor) => (query.actor === undefined ? actor.kind === 'civil_society' : actor.id === query.actor));
  const actors = subjects.map((actor) => {
    const found = linksToParties(graph, adjacency, actor.id, CONFLICT_TIE_DEPTH);
    return { actor: { ...actorRef(actor), doNoHarmRole: actor.doNoHarmRole }, parties: found.links, lean: leanOf(graph, actor.id, found) };
  });
  const nearest = (entry: (typeof actors)[number]) => entry.parties[0]?.distance ?? Infinity;
  actors.sort((a, b) => nearest(a) - nearest(b) || a.actor.name.localeCompare(b.actor.name) || a.actor.id.localeCompare(b.actor.id));
  return {
    conflictParties: graph.actors
      .filter((actor) => actor.kind === 'conflict_party')
      .map(actorRef)
      .sort((a, b) => a.name.localeCompare(b.name)),
    actors,
  };
}

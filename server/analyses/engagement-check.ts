/**
 * Do-no-harm check (GET /api/analysis/engagement-check?actor=): before the mission engages an
 * actor, its direct and 2-step ties to the parties, the dividers on those paths, and how the
 * mission's balance of engagements between the parties would change if it went ahead.
 */
import type { EngagementCheckQuery, EngagementCheckResult } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { leanOf, linksToParties } from './party-links.js';
import { leansOf, loadEngagements, partyBalance } from './engagement-data.js';
import { buildAdjacency } from './path-search.js';
import { engagementVerdict } from './engagement-verdict.js';
import { actorRef, loadVisibleGraph, type AnalysisDate } from './visible-graph.js';

const DIVIDER_ROLES = new Set(['divider', 'both']);

/** Checks one actor before engagement. */
export async function checkEngagement(
  db: Database,
  query: EngagementCheckQuery,
  viewer: Viewer,
  context: AnalysisDate = {},
): Promise<EngagementCheckResult> {
  const graph = await loadVisibleGraph(
    db,
    { tieTypes: query.tieTypes, date: query.date, evidence: query.evidence, asOf: context.asOf },
    viewer,
  );
  const actor = graph.byId.get(query.actor);
  if (!actor) throw notFound('actor', query.actor);
  const adjacency = buildAdjacency(graph, false);
  const near = linksToParties(graph, adjacency, actor.id, 2);
  const lean = leanOf(graph, actor.id, linksToParties(graph, adjacency, actor.id, 3));

  const dividers = new Map<string, Set<string>>();
  for (const link of near.links) {
    for (const path of link.paths) {
      for (const step of path.actors) {
        const onPath = graph.byId.get(step.id);
        if (onPath && onPath.kind !== 'conflict_party' && DIVIDER_ROLES.has(onPath.doNoHarmRole))
          dividers.set(step.id, (dividers.get(step.id) ?? new Set()).add(link.party.id));
      }
    }
  }
  if (DIVIDER_ROLES.has(actor.doNoHarmRole) && !dividers.has(actor.id)) dividers.set(actor.id, new Set());
  // A divider the actor is tied to directly counts, on a path to a party or not.
  for (const neighbour of adjacency.get(actor.id) ?? []) {
    const tied = graph.byId.get(neighbour.to);
    if (tied && tied.kind !== 'conflict_party' && DIVIDER_ROLES.has(tied.doNoHarmRole) && !dividers.has(tied.id))
      dividers.set(tied.id, new Set());
  }

  const parties = graph.actors
    .filter((a) => a.kind === 'conflict_party')
    .map(actorRef)
    .sort((a, b) => a.name.localeCompare(b.name));
  const engagements = await loadEngagements(db, graph, query.from ?? null, query.to ?? null, viewer);
  const participants = engagements.flatMap((engagement) => engagement.actorIds);
  const leans = leansOf(graph, adjacency, [...participants, actor.id]);
  const balanceNow = partyBalance(parties, leans, participants);
  const balanceIfEngaged = partyBalance(parties, leans, [...participants, actor.id]);

  const direct = near.links.filter((link) => link.distance === 1);
  const twoStep = near.links.filter((link) => link.distance === 2);
  const verdict = engagementVerdict({
    actorName: actor.name,
    isParty: actor.kind === 'conflict_party',
    isDivider: DIVIDER_ROLES.has(actor.doNoHarmRole),
    direct,
    twoStep,
    dividerNames: [...dividers.keys()].filter((id) => id !== actor.id).map((id) => graph.byId.get(id)?.name ?? id),
    lean,
    balanceNow,
    balanceIfEngaged,
  });

  return {
    actor: { ...actorRef(actor), doNoHarmRole: actor.doNoHarmRole },
    direct,
    twoStep,
    lean,
    dividers: [...dividers.entries()]
      .map(([id, partyIds]) => {
        const divider = graph.byId.get(id) ?? actor;
        return { ...actorRef(divider), doNoHarmRole: divider.doNoHarmRole, onPathsToPartyIds: [...partyIds].sort() };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    balanceNow,
    balanceIfEngaged,
    // The reasons of the verdict, kept under their earlier name for API clients.
    warnings: verdict.reasons,
    verdict,
  };
}

/**
 * Do-no-harm check (GET /api/analysis/engagement-check?actor=): before the mission engages an
 * actor, its direct and 2-step ties to the parties, the dividers on those paths, and how the
 * mission's balance of engagements between the parties would change if it went ahead.
 */
import type { EngagementCheckQuery, EngagementCheckResult } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { leanOf, linksToParties } from './conflict-links.js';
import { leansOf, loadEngagements, partyBalance } from './engagement-data.js';
import { buildAdjacency } from './paths.js';
import { actorRef, loadVisibleGraph } from './visible-graph.js';

const DIVIDER_ROLES = new Set(['divider', 'both']);

/** Checks one actor before engagement. */
export async function checkEngagement(db: Database, query: EngagementCheckQuery, viewer: Viewer): Promise<EngagementCheckResult> {
  const graph = await loadVisibleGraph(db, { tieTypes: query.tieTypes, date: query.date }, viewer);
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
        if (onPath && onPath.kind !== 'conflict_party' && DIVIDER_ROLES.has(onPath.doNoHarmRole)) dividers.set(step.id, (dividers.get(step.id) ?? new Set()).add(link.party.id));
      }
    }
  }
  if (DIVIDER_ROLES.has(actor.doNoHarmRole) && !dividers.has(actor.id)) dividers.set(actor.id, new Set());

  const parties = graph.actors.filter((a) => a.kind === 'conflict_party').map(actorRef).sort((a, b) => a.name.localeCompare(b.name));
  const engagements = await loadEngagements(db, graph, query.from ?? null, query.to ?? null, viewer);
  const participants = engagements.flatMap((engagement) => engagement.actorIds);
  const leans = leansOf(graph, adjacency, [...participants, actor.id]);
  const balanceNow = partyBalance(parties, leans, participants);
  const balanceIfEngaged = partyBalance(parties, leans, [...participants, actor.id]);

  const warnings: string[] = [];
  if (actor.kind === 'conflict_party') warnings.push(`${actor.name} is itself a party to the conflict.`);
  for (const link of near.links) {
    const types = [...new Set(link.paths.flatMap((path) => path.steps.flatMap((step) => step.ties.map((tie) => tie.type))))].join(', ');
    warnings.push(`${link.distance === 1 ? 'Directly tied' : 'Two steps'} to ${link.party.name} (${types}; ${link.confidence}).`);
  }
  for (const [id] of dividers) warnings.push(`${graph.byId.get(id)?.name ?? id} is marked as a divider.`);
  if (lean) {
    const before = balanceNow.parties.find((p) => p.partyId === lean.partyId)?.share ?? 0;
    const after = balanceIfEngaged.parties.find((p) => p.partyId === lean.partyId)?.share ?? 0;
    warnings.push(`Engaging would count toward ${lean.partyName}: its share of party-leaning participations goes from ${before} to ${after}.`);
  }

  return {
    actor: { ...actorRef(actor), doNoHarmRole: actor.doNoHarmRole },
    direct: near.links.filter((link) => link.distance === 1),
    twoStep: near.links.filter((link) => link.distance === 2),
    lean,
    dividers: [...dividers.entries()]
      .map(([id, partyIds]) => {
        const divider = graph.byId.get(id) ?? actor;
        return { ...actorRef(divider), doNoHarmRole: divider.doNoHarmRole, onPathsToPartyIds: [...partyIds].sort() };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    balanceNow,
    balanceIfEngaged,
    warnings,
  };
}

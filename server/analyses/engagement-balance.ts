/**
 * Engagement balance (GET /api/analysis/engagement): over a period, whom the mission engaged, by
 * admin area (capital or not), CSO subtype, women's and youth groups and lean toward each party;
 * concentration (capital share, Gini over areas), party balance, and influential CSOs never engaged.
 */
import type { EngagementBalanceQuery, EngagementBalanceResult } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { readAdminAreas } from './as-of-reads.js';
import { scopeAreas } from './area-scope.js';
import { round } from './party-links.js';
import { followUpsDue, leansOf, loadEngagements, partyBalance } from './engagement-data.js';
import { buildAdjacency } from './path-search.js';
import { actorRef, loadVisibleGraph, type AnalysisDate } from './visible-graph.js';

/** Gini coefficient: sum over pairs |xi - xj| / (2 n^2 mean); null for no area or no engagement. */
export function gini(values: readonly number[]): number | null {
  const n = values.length;
  const total = values.reduce((sum, value) => sum + value, 0);
  if (n === 0 || total === 0) return null;
  let differences = 0;
  for (const a of values) for (const b of values) differences += Math.abs(a - b);
  return differences / (2 * n * total);
}

/** Computes the balance of the mission's engagements in the period. */
export async function analyseEngagementBalance(
  db: Database,
  query: EngagementBalanceQuery,
  viewer: Viewer,
  context: AnalysisDate = {},
): Promise<EngagementBalanceResult> {
  const graph = await loadVisibleGraph(
    db,
    { tieTypes: query.tieTypes, date: query.date, evidence: query.evidence, asOf: context.asOf },
    viewer,
  );
  const engagements = await loadEngagements(db, graph, query.from ?? null, query.to ?? null, viewer);
  const allAreas = await db.readTransaction((tx) => readAdminAreas(tx, graph.asOf ?? null));
  // "Where anyone works" includes every area a counted engagement was held in.
  const heldIn = engagements.flatMap((engagement) => (engagement.areaId ? [engagement.areaId] : []));
  const { areas, scope } = scopeAreas(allAreas, query, graph, heldIn);

  const byArea = areas.map((area) => {
    const held = engagements.filter((engagement) => engagement.areaId === area.id);
    return {
      key: area.id,
      label: area.name,
      isCapital: area.isCapital,
      engagements: held.length,
      participations: held.reduce((sum, engagement) => sum + engagement.actorIds.length, 0),
      share: engagements.length > 0 ? round(held.length / engagements.length) : 0,
    };
  });
  const capital = byArea.filter((row) => row.isCapital).reduce((sum, row) => sum + row.engagements, 0);
  const giniValue = gini(byArea.map((row) => row.engagements));

  const subtypes = new Map<string, { engagements: Set<string>; participations: number }>();
  let womenFocused = 0;
  let youthFocused = 0;
  const engaged = new Set<string>();
  for (const engagement of engagements) {
    for (const id of engagement.actorIds) {
      engaged.add(id);
      const actor = graph.byId.get(id);
      if (!actor || actor.kind !== 'civil_society') continue;
      const key = actor.subtype ?? 'unspecified';
      const row = subtypes.get(key) ?? { engagements: new Set<string>(), participations: 0 };
      row.engagements.add(engagement.id);
      row.participations += 1;
      subtypes.set(key, row);
      if (actor.womenFocus || actor.subtype === 'womens_group') womenFocused += 1;
      if (actor.youthFocus || actor.subtype === 'youth_group') youthFocused += 1;
    }
  }

  const adjacency = buildAdjacency(graph, false);
  const participants = engagements.flatMap((engagement) => engagement.actorIds);
  const parties = graph.actors
    .filter((a) => a.kind === 'conflict_party')
    .map(actorRef)
    .sort((a, b) => a.name.localeCompare(b.name));
  const minInfluence = query.minInfluence;

  return {
    from: query.from ?? null,
    to: query.to ?? null,
    engagements: engagements.length,
    participations: participants.length,
    scope,
    byArea: byArea.sort((a, b) => b.engagements - a.engagements || a.label.localeCompare(b.label)),
    capitalShare: engagements.length > 0 ? round(capital / engagements.length) : null,
    areaGini: giniValue === null ? null : round(giniValue),
    byCsoSubtype: [...subtypes.entries()]
      .map(([key, row]) => ({ key, label: key.replace(/_/g, ' '), engagements: row.engagements.size, participations: row.participations }))
      .sort((a, b) => b.participations - a.participations || a.key.localeCompare(b.key)),
    women: { mechanismEngagements: engagements.filter((e) => e.womensMechanism).length, womenFocusedParticipations: womenFocused },
    youth: { mechanismEngagements: engagements.filter((e) => e.youthMechanism).length, youthFocusedParticipations: youthFocused },
    partyBalance: partyBalance(parties, leansOf(graph, adjacency, participants), participants),
    neverEngaged: graph.actors
      .filter((actor) => actor.kind === 'civil_society' && (actor.influence ?? 0) >= minInfluence && !engaged.has(actor.id))
      .map((actor) => ({ ...actorRef(actor), influence: actor.influence ?? 0, basedIn: actor.basedIn }))
      .sort((a, b) => b.influence - a.influence || a.name.localeCompare(b.name)),
    // As of a date, "overdue" means overdue then, as the analysis run that day said.
    ...followUpsDue(engagements, new Date(graph.asOf ?? Date.now()).toISOString().slice(0, 10)),
  };
}

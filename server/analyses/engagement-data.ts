/**
 * The mission's engagements as the analyses read them, and the balance of those engagements
 * between the parties to the conflict. Shared by the engagement-balance analysis and the
 * do-no-harm check, so "the current balance" means the same in both.
 */
import type { AnalysisActor, FollowUpDue, PartyBalance } from '../contracts/index.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { fieldAccess } from '../presenters/field-access.js';
import { engagements } from '../queries/analysis.js';
import { asOfEngagements } from './as-of-reads.js';
import { round } from './party-links.js';
import { partyLeans } from './party-leans.js';
import type { Adjacency } from './path-search.js';
import type { VisibleGraph } from './visible-graph.js';

export interface EngagementRecord {
  id: string;
  date: string;
  areaId: string | null;
  womensMechanism: boolean;
  youthMechanism: boolean;
  /** Visible actors present. */
  actorIds: string[];
  /** Follow-up actions, in stored order; text null when the role does not receive summaries. */
  followUps: { text: string | null; due: string | null; done: boolean }[];
}

/**
 * Engagements between `from` and `to` (inclusive; null = open) that the viewer may see (their own
 * sensitivity within clearance, at least one visible participant: @visibleEngagement), with only
 * visible actors present. A meeting of hidden actors alone is not counted anywhere, so no window,
 * however narrow, reveals that it took place. A graph read as of a date reads the engagements as
 * they were then (their versions), judged the same way.
 */
export async function loadEngagements(
  db: Database,
  graph: VisibleGraph,
  from: string | null,
  to: string | null,
  viewer: Viewer,
): Promise<EngagementRecord[]> {
  const params = {
    from,
    to,
    actorIds: graph.actors.map((actor) => actor.id),
    access: accessParameters(viewer),
    fields: fieldAccess(viewer),
  };
  const rows = graph.asOf == null ? await db.read(engagements, params) : await db.read(asOfEngagements, { ...params, at: graph.asOf });
  return rows.map(({ engagement: e }) => ({
    id: e.id,
    date: e.date,
    areaId: e.areaId ?? null,
    womensMechanism: e.womensMechanism === true,
    youthMechanism: e.youthMechanism === true,
    actorIds: e.actorIds,
    followUps: e.followUps,
  }));
}

/** At most this many follow-ups in `followUpsDue`; the rest are counted in `followUpsMore`. */
export const FOLLOW_UPS_DUE_LIMIT = 200;

/**
 * The open follow-ups of the counted engagements, by due date (undated last), then engagement
 * date and id and the action's place in its engagement. `today` is a UTC YYYY-MM-DD: an action is
 * overdue when due before it. The text is left out (not emptied) when the role does not receive it.
 */
export function followUpsDue(
  engagements: readonly EngagementRecord[],
  today: string,
): { followUpsDue: FollowUpDue[]; followUpsMore: number } {
  const open = engagements.flatMap((engagement) =>
    engagement.followUps.flatMap((followUp, index) =>
      followUp.done
        ? []
        : [
            {
              engagementId: engagement.id,
              engagementDate: engagement.date.slice(0, 10),
              participantId: engagement.actorIds[0] ?? null,
              ...(followUp.text === null ? {} : { text: followUp.text }),
              due: followUp.due,
              overdue: followUp.due !== null && followUp.due < today,
              index,
            },
          ],
    ),
  );
  open.sort(
    (a, b) =>
      (a.due === null ? 1 : 0) - (b.due === null ? 1 : 0) ||
      (a.due ?? '').localeCompare(b.due ?? '') ||
      a.engagementDate.localeCompare(b.engagementDate) ||
      a.engagementId.localeCompare(b.engagementId) ||
      a.index - b.index,
  );
  return {
    followUpsDue: open.slice(0, FOLLOW_UPS_DUE_LIMIT).map(({ index: _index, ...item }) => item),
    followUpsMore: Math.max(0, open.length - FOLLOW_UPS_DUE_LIMIT),
  };
}

/**
 * A participation counts toward a party only for a moderate or strong lean (score >= 0.2): a weak
 * 3-step lean (a CSO that cooperates with a local authority whose ministry pays a militia) would
 * otherwise make almost every engagement "toward" someone.
 */
export const BALANCE_MIN_LEAN_SCORE = 0.2;

/** The party each actor counts toward in the balance (or null): its lean over 3 steps (party-leans.ts). */
export function leansOf(graph: VisibleGraph, adjacency: Adjacency, actorIds: Iterable<string>): Map<string, string | null> {
  return partyLeans(graph, adjacency, actorIds, BALANCE_MIN_LEAN_SCORE);
}

/**
 * Participations by actors leaning toward each party, and an index of balance: the Shannon
 * entropy of the parties' shares divided by ln(number of parties), so 1 is even and 0 is one-sided.
 */
export function partyBalance(
  parties: readonly AnalysisActor[],
  leans: Map<string, string | null>,
  participantIds: readonly string[],
): PartyBalance {
  const counts = new Map<string, number>(parties.map((party) => [party.id, 0]));
  let nonAligned = 0;
  for (const id of participantIds) {
    const party = leans.get(id) ?? null;
    if (party !== null && counts.has(party)) counts.set(party, (counts.get(party) ?? 0) + 1);
    else nonAligned += 1;
  }
  const leaning = [...counts.values()].reduce((sum, count) => sum + count, 0);
  let balanceIndex: number | null = null;
  if (leaning > 0 && parties.length >= 2) {
    const entropy = [...counts.values()].reduce((sum, count) => (count > 0 ? sum - (count / leaning) * Math.log(count / leaning) : sum), 0);
    balanceIndex = round(entropy / Math.log(parties.length));
  }
  return {
    parties: parties
      .map((party) => ({
        partyId: party.id,
        partyName: party.name,
        participations: counts.get(party.id) ?? 0,
        share: leaning > 0 ? round((counts.get(party.id) ?? 0) / leaning) : 0,
      }))
      .sort((a, b) => b.participations - a.participations || a.partyName.localeCompare(b.partyName)),
    nonAligned,
    balanceIndex,
  };
}

/**
 * The demo's two mapping rounds (issue 14): the demo data is the record of today, loaded as of
 * the first round, six months ago; then the history of a few records is dated between the rounds
 * (a youth group's tie to an armed group is new, a women's group's stance turned negative, a
 * government actor became a divider, an output that had no lead in an area got one, and a few
 * engagements held in the capital then are held elsewhere now, the day before the second round). The present-day demo is
 * left exactly as it was, so every analysis of it is unchanged. The demo opens on the latest
 * round, and the diff between the two names each change.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { historyClock, OPEN_END } from '../history/versions.js';
import {
  countRounds,
  createRound,
  dateDemoCoordinationHistory,
  dateDemoHistory,
  demoCoordinationTargets,
  demoRoundTargets,
} from '../queries/rounds.js';

const DAY = 86_400_000;
/** About six months between the demo's rounds. */
const ROUND_GAP_DAYS = 183;

/** When the demo's first round is: its records' first versions begin then. */
export function firstDemoRoundAt(now = historyClock.now()): number {
  return now - ROUND_GAP_DAYS * DAY;
}

/** Whether the database has no round yet: only then does the demo seed date its records and name its rounds. */
export async function hasNoRounds(db: Database): Promise<boolean> {
  const [row] = await db.read(countRounds, {});
  return (row?.rounds ?? 0) === 0;
}

/** How many of the demo's engagements outside the capital were held in the capital in the first round. */
const ENGAGEMENTS_MOVED = 6;

export interface PlantedChanges {
  tieId: string | null;
  womenId: string | null;
  governmentId: string | null;
  /** A lead role new since the first round: its output had no lead in its areas then (a coordination gap closed). */
  leadRoleId: string | null;
  /** Engagements held outside the capital now that were held in the capital in the first round. */
  movedEngagementIds: string[];
}

/** Dates the planted changes and names the two rounds; returns the ids of the records changed between them. */
export async function seedDemoRounds(db: Database): Promise<PlantedChanges> {
  const now = historyClock.now();
  const first = firstDemoRoundAt(now);
  return db.writeTransaction(async (tx) => {
    const [targets] = await tx.run(demoRoundTargets, {});
    const ids = {
      tieId: targets?.tieId ?? null,
      womenId: targets?.womenId ?? null,
      governmentId: targets?.governmentId ?? null,
    };
    await tx.run(dateDemoHistory, { ...ids, pastStance: 1, pastRole: 'connector', changedAt: now - DAY, openEnd: OPEN_END });
    // Coordination between the rounds: a gap closed by a new lead, engagements moving out of the capital.
    const [coordination] = await tx.run(demoCoordinationTargets, { moved: ENGAGEMENTS_MOVED });
    const planted = {
      leadRoleId: coordination?.leadRoleId ?? null,
      movedEngagementIds: coordination?.engagementIds ?? [],
    };
    await tx.run(dateDemoCoordinationHistory, {
      leadRoleId: planted.leadRoleId,
      engagementIds: planted.movedEngagementIds,
      capitalId: coordination?.capitalId ?? null,
      changedAt: now - DAY,
      openEnd: OPEN_END,
    });
    const round = (name: string, description: string, at: number) =>
      tx.run(createRound, {
        id: randomUUID(),
        name,
        description,
        signedOffBy: 'Head of Office (fictional)',
        at,
        createdBy: null,
        createdAt: at,
      });
    await round('Mapping round Q1', 'First mapping round of the fictional demo', first + DAY);
    await round('Mapping round Q3', 'Second mapping round, six months later', now);
    return { ...ids, ...planted };
  });
}

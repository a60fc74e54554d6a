/**
 * The demo's two mapping rounds (issue 14): the demo data is loaded as of the first round, six
 * months ago; planted changes follow (a youth group newly tied to an armed group, a women's group
 * whose stance turned, a government actor become a divider), dated the day before the second
 * round, today. The demo opens on the latest round and its diff names each change.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { bringHistoryUpToDate, historyClock } from '../history/versions.js';

const DAY = 86_400_000;
/** About six months between the demo's rounds. */
const ROUND_GAP_DAYS = 183;
export const DEMO_PLANTED_TIE_ID = 'demo-round-2-youth-armed';

/** When the demo's first round is: its records' first versions begin then. */
export function firstDemoRoundAt(now = historyClock.now()): number {
  return now - ROUND_GAP_DAYS * DAY;
}

export async function seedDemoRounds(db: Database): Promise<void> {
  const now = historyClock.now();
  const first = firstDemoRoundAt(now);
  await db.writeTransaction(async (tx) => {
    await tx.run('rounds/plant-demo-changes', { tieId: DEMO_PLANTED_TIE_ID });
    await bringHistoryUpToDate(tx, { op: 'update', by: null, at: now - DAY });
    const round = (name: string, description: string, at: number) =>
      tx.run('rounds/create-round', {
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
  });
}

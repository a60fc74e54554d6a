/**
 * The start-up baseline of record history: a database written before history existed (or by a
 * path that keeps none) gets a version for every record whose present state has none, so the
 * maps of later dates and every record's history start from what is there. Idempotent: a second
 * run finds every record equal to its open version and writes nothing.
 */
import type { Database } from '../db/database.js';
import { bringHistoryUpToDate, type VersionOp } from './versions.js';

/** `stamp`: the seed records its loads as an import, dated as its first round. */
export async function recordHistoryBaseline(
  db: Database,
  stamp: { op: VersionOp; by: null; at?: number | undefined } = { op: 'baseline', by: null },
): Promise<void> {
  await db.writeTransaction((tx) => bringHistoryUpToDate(tx, stamp));
}

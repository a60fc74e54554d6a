/**
 * A tie claim keeps the ids of its tie's two ends (`tieStartId`, `tieEndId`) beside `tieId`.
 *
 * Why: a relationship has no index across types, so a tie found by id alone means a scan of every
 * relationship. The claim visibility check (@visibleClaim in visibility.cypher) ran one per claim
 * (/api/claims and /api/sources did not answer within the bench's samples at 7,200 claims), and
 * storing grades one per tie (grading a 2,282-tie map took 156 s). With the ends kept, both find
 * the tie from two unique-index seeks on the actors and an expand between them.
 *
 * Kept current wherever a claim or its tie moves:
 * - every writer of a claim sets them (the claim store and edits from the tie found visible,
 *   imports and the start-up migration from the tie they read);
 * - a tie's edit never changes its ends (type and properties only); a merge re-points ties and
 *   moves claims onto the ties it keeps, and its undo puts both back: each then calls
 *   `anchorClaimsOfActors` for the actors whose ties moved;
 * - `anchorEveryTieClaim` repairs, at start-up, claims written before the ends were kept.
 * A claim whose ends do not lead to its tie is hidden, as if its tie were gone: the repair and
 * the merge paths are what keep that from happening (tests/integration/claim-tie-ends.test.ts).
 */
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import type { Database, Transaction } from '../db/database.js';
import { anchorAllTieClaims, anchorClaimsOfActorsTies } from '../queries/evidence.js';

/** Claims written by one start-up repair transaction (a database from before holds them all). */
const REPAIR_BATCH = 20_000;

/** In the caller's transaction: the claims about the ties of these actors take their ties' present ends. */
export async function anchorClaimsOfActors(tx: Pick<Transaction, 'run'>, actorIds: readonly string[]): Promise<number> {
  if (actorIds.length === 0) return 0;
  const [row] = await tx.run(anchorClaimsOfActorsTies, { actorIds: [...new Set(actorIds)], relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
  return row?.anchored ?? 0;
}

/** Start-up repair (idempotent): every tie claim without its tie's present ends takes them; returns how many. */
export async function anchorEveryTieClaim(db: Database): Promise<number> {
  let anchored = 0;
  for (;;) {
    const [row] = await db.writeTransaction((tx) =>
      tx.run(anchorAllTieClaims, { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES, limit: REPAIR_BATCH }),
    );
    anchored += row?.anchored ?? 0;
    if ((row?.anchored ?? 0) < REPAIR_BATCH) return anchored;
  }
}

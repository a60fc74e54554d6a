/**
 * What becomes of claims when the record they are about goes away or is merged (issue #15).
 *
 * A claim is a source's statement about one tie or one actor: it does not outlive its subject.
 * - Deleting an actor or a tie deletes the claims about it (an actor's: also those about its
 *   ties, which go with it), whoever may see them, in the transaction of the delete, and closes
 *   their versions there: the maps of earlier dates still show them, the claims list and the
 *   sources' counts no longer count statements about nothing. A claim is no record of its own to
 *   refuse the delete for (as a hidden tie is): its subject's delete is the decision, and its
 *   last state stays in the history.
 * - A merge moves the claims with the records: claims about a duplicate are about the kept actor,
 *   claims about a tie combined into another are about the tie kept, and the kept records are
 *   graded again. Claims about a tie the merge drops (a tie of the kept actor to itself) are
 *   deleted with it. The merge record keeps a copy of each (cypher/merge/record-merge-claims), so
 *   undoing the merge gives every claim its subject back and recreates the dropped ones.
 * - `closeOrphanClaims` repairs, at start-up, what databases written before this rule hold.
 */
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import type { Database, Transaction } from '../db/database.js';
import { closeLinkedVersion } from '../history/linked-record-versions.js';
import type { VersionOp } from '../history/version-fields.js';
import {
  claimedTieIds,
  deleteClaimsOfActor,
  deleteClaimsOfTie,
  deleteOrphanClaims,
  moveMergedClaims,
  repairMergedClaims,
} from '../queries/evidence.js';
import { anchorClaimsOfActors } from './claim-tie-ends.js';
import { regrade } from './evidence-grades.js';

interface Stamp {
  op: VersionOp;
  by: string | null;
}

const allTypes = { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES };

async function closeVersions(tx: Transaction, claimIds: readonly string[], stamp: Stamp): Promise<void> {
  for (const id of claimIds) await closeLinkedVersion(tx, 'claim', id, stamp);
}

/** Before an actor's delete, in its transaction: the claims about it and its ties go, their versions closed. */
export async function closeClaimsOfActor(tx: Transaction, actorId: string, stamp: Stamp): Promise<string[]> {
  const [row] = await tx.run(deleteClaimsOfActor, { id: actorId, ...allTypes });
  const claimIds = row?.claimIds ?? [];
  await closeVersions(tx, claimIds, stamp);
  return claimIds;
}

/** After a tie's delete, in its transaction: the claims about it go, their versions closed. */
export async function closeClaimsOfTie(tx: Transaction, tieId: string, stamp: Stamp): Promise<string[]> {
  const [row] = await tx.run(deleteClaimsOfTie, { id: tieId, ...allTypes });
  const claimIds = row?.claimIds ?? [];
  await closeVersions(tx, claimIds, stamp);
  return claimIds;
}

/**
 * In a merge's transaction, after the duplicates' links moved and before they are removed: claims
 * follow their subjects and the kept actor and ties are graded again. The merge brings history up
 * to date afterwards, which versions the moved claims and closes the deleted ones.
 */
export async function moveClaimsOfMerge(
  tx: Transaction,
  merge: { keptId: string; duplicateIds: readonly string[]; combined: { from: string; to: string }[]; droppedTieIds: readonly string[] },
): Promise<void> {
  const [moved] = await tx.run(moveMergedClaims, merge);
  // The kept actor's ties are every tie the merge re-pointed or kept: their claims take the ties' present ends.
  await anchorClaimsOfActors(tx, [merge.keptId]);
  // Only records whose claims changed: a merge without claims writes no grade (its undo gives back the map exactly).
  await regrade(tx, {
    tieIds: (moved?.movedToTie ?? 0) > 0 ? merge.combined.map((row) => row.to) : [],
    actorIds: (moved?.movedToActor ?? 0) > 0 ? [merge.keptId] : [],
  });
}

/**
 * Start-up repair (idempotent): claims a merge left naming a duplicate are about the actor they
 * are linked to, and claims about records gone are deleted, their versions closed.
 */
export async function closeOrphanClaims(db: Database): Promise<number> {
  const [ids] = await db.read(claimedTieIds, allTypes);
  const present = new Set(ids?.tieIds ?? []);
  const goneTieIds = (ids?.claimedTieIds ?? []).filter((id) => !present.has(id));
  return db.writeTransaction(async (tx) => {
    const [repaired] = await tx.run(repairMergedClaims, {});
    const [deleted] = await tx.run(deleteOrphanClaims, { goneTieIds });
    const claimIds = deleted?.claimIds ?? [];
    await closeVersions(tx, claimIds, { op: 'delete', by: null });
    await regrade(tx, { actorIds: repaired?.actorIds ?? [] });
    return claimIds.length;
  });
}

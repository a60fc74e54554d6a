/**
 * Undoing a merge (DELETE /api/merges/:id). Before a merge writes, `recordMerge` keeps exact
 * copies of the merged actors, of every link touching them and of the saved views it rewrites
 * (cypher/merge/record-merge); after, `finishRecord` keeps a fingerprint of the kept actor as the
 * merge left it. An undo puts everything back in one write transaction with its audit event, and
 * only when it is safe:
 * - only the user who merged, or an administrator, may undo (anyone else: 404, like no merge);
 * - the kept actor and its links must be exactly as the merge left them (same fingerprint);
 * - nothing restored may be hidden from the caller now (a copy above their clearance, a link of
 *   the kept actor to a record they may not see), no restored link may have lost its other end,
 *   and no duplicate's id may be held again.
 * Every refusal after the ownership check is the same 409, which names nothing. A merge is
 * undoable for SESSION_HOURS; merges of merges are undone in reverse order.
 */
import { createHash, randomUUID } from 'node:crypto';
import { SESSION_HOURS } from '../access/credentials.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { MergeUndoResult } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import { conflict, notFound } from '../errors.js';
import {
  countHiddenRecords,
  countUnrestorable,
  createMergeRecord,
  finishMergeRecord,
  forgetStaleMergeRecords,
  lockMergeRecord,
  readKeptState,
  undoFinish,
  undoRestoreActors,
  undoRestoreClaims,
  undoRestoreLinks,
} from '../queries/merge.js';
import type { WriteContext } from '../services/write-context.js';
import { bringHistoryUpToDate } from '../history/versions.js';
import { anchorClaimsOfActors } from '../evidence/claim-tie-ends.js';
import { regrade } from '../evidence/evidence-grades.js';

/** The one answer for an undo that is not safe, whatever the reason (what is hidden stays hidden). */
export const NOT_UNDOABLE =
  'This merge can no longer be undone: the kept actor or its links changed since, or not all of its records are open to you';

const notUndoable = () => conflict(NOT_UNDOABLE).saying('conflict.merge_not_undoable');

/** A new merge id: random, nothing taken from the records. */
export function newMergeId(): string {
  return `merge-${randomUUID()}`;
}

/** A value with its keys sorted, so equal records give equal text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  return value;
}

/** The fingerprint of the kept actor: its fields and its links (grants aside), in a stable order. */
export async function keptFingerprint(tx: Transaction, keptId: string): Promise<string | null> {
  const [row] = await tx.run(readKeptState, { keptId });
  if (!row) return null;
  const links = row.links.map((link) => JSON.stringify(canonical(link))).sort();
  return createHash('sha256')
    .update(JSON.stringify([canonical(row.actor), links]))
    .digest('hex');
}

/**
 * Undo records last a session (SESSION_HOURS): older ones, with the copies of merged records
 * they hold, are removed whenever a merge is made or undone.
 */
async function forgetStaleRecords(tx: Transaction): Promise<void> {
  await tx.run(forgetStaleMergeRecords, { hours: SESSION_HOURS });
}

/** Keeps what undoing this merge needs; call before the merge writes anything. */
export async function recordMerge(
  tx: Transaction,
  merge: { mergeId: string; keptId: string; duplicateIds: readonly string[]; userId: string },
): Promise<void> {
  await forgetStaleRecords(tx);
  await tx.run(createMergeRecord, {
    mergeId: merge.mergeId,
    keptId: merge.keptId,
    duplicateIds: [...merge.duplicateIds],
    ids: [merge.keptId, ...merge.duplicateIds],
    userId: merge.userId,
  });
}

/** Completes the record once the merge has written. */
export async function finishRecord(tx: Transaction, mergeId: string, keptId: string): Promise<void> {
  await tx.run(finishMergeRecord, { mergeId, fingerprint: await keptFingerprint(tx, keptId) });
}

export interface MergeUndoer {
  /** Undoes merge `mergeId` for `viewer`, in one write transaction with its audit event. */
  undo(mergeId: string, viewer: Viewer, context?: WriteContext): Promise<MergeUndoResult>;
}

export function createMergeUndoer(db: Database): MergeUndoer {
  return {
    undo: (mergeId, viewer, context) =>
      db.writeTransaction(async (tx) => {
        await forgetStaleRecords(tx);
        const [row] = await tx.run(lockMergeRecord, { mergeId });
        const merge = row?.merge;
        if (!merge || (merge.mergedBy !== viewer.userId && viewer.role !== 'administrator')) throw notFound('merge', mergeId);
        const access = accessParameters(viewer);
        const now = await keptFingerprint(tx, merge.keptId);
        if (now === null || merge.fingerprint === null || now !== merge.fingerprint) throw notUndoable();
        const [hidden] = await tx.run(countHiddenRecords, {
          ids: [merge.keptId],
          access,
          relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES,
        });
        if ((hidden?.hidden ?? 0) > 0) throw notUndoable();
        const [blocking] = await tx.run(countUnrestorable, { mergeId, access, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
        if ((blocking?.blocking ?? 0) > 0) throw notUndoable();
        await tx.run(undoRestoreActors, { mergeId });
        await tx.run(undoRestoreLinks, { mergeId });
        // Claims the merge moved or dropped are about what they were about, and graded there again.
        const [claims] = await tx.run(undoRestoreClaims, { mergeId });
        // The ties are back at their ends from before: so are the ends their claims keep.
        await anchorClaimsOfActors(tx, [merge.keptId, ...merge.duplicateIds]);
        await regrade(tx, { tieIds: claims?.tieIds, actorIds: claims?.actorIds });
        await tx.run(undoFinish, { mergeId });
        await bringHistoryUpToDate(tx, { op: 'merge', by: viewer.userId });
        await context?.audit?.recordIn(tx, [merge.keptId, ...merge.duplicateIds]);
        return { mergeId, keptId: merge.keptId, duplicateIds: merge.duplicateIds, undone: true as const };
      }),
  };
}

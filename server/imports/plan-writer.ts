/**
 * Writes a validated import plan into the map, all or nothing: every batch runs inside ONE write
 * transaction (chosen over stage-and-promote because the upload limit keeps plans to a size one
 * transaction holds), so a failure or an interruption mid-way (driver closed, database stopped)
 * leaves nothing of the import. The records go through the one dataset writer
 * (server/dataset/write-dataset.ts, shared with the seed); ids were resolved before the
 * transaction (import-identities.ts), so a retried transaction or a repeated import leaves the
 * same graph as one run. Admin areas are checked again under the area lock (import-areas.ts). The import itself and the sensitivity lowerings the plan carries are
 * audited in the same transaction, so the log and the map agree.
 */
import { createAuditLog } from '../access/audit-log.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database, Transaction } from '../db/database.js';
import { writeDataset, type WriteProgress } from '../dataset/write-dataset.js';
import { importAreaProblems } from './import-areas.js';
import { ImportRefused, problemFromError } from './import-errors.js';
import { bringHistoryUpToDate } from '../history/versions.js';
import { writtenRecords } from '../history/written-records.js';
import type { ImportPlan } from './import-plan.js';
import { importDateConflict } from './import-date.js';
import { claimsFromImportedTies } from '../evidence/imported-tie-claims.js';

export type { WriteProgress } from '../dataset/write-dataset.js';

export interface WritePlanOptions {
  batchSize: number;
  viewer: Viewer;
  /** The import's id: stamped on what it writes (undo) and on its audit event. */
  importId: string;
  /** Dated import (epoch milliseconds): the versions it writes begin then, and its audit event says so. */
  asOf?: number | undefined;
  onProgress?: WriteProgress;
}

/** Writes the plan in one transaction as `viewer`; returns the number of records merged. */
export async function writePlan(db: Database, plan: ImportPlan, options: WritePlanOptions): Promise<number> {
  const { batchSize, viewer, importId, onProgress, asOf } = options;
  const audit = createAuditLog(db);
  return db.writeTransaction(async (tx: Transaction) => {
    // Under the area lock, the areas are checked again: nothing may have changed since validation.
    const areaProblems = await importAreaProblems(tx.run, plan, { lock: true });
    if (areaProblems.length > 0) throw new ImportRefused(areaProblems);
    // Again in the transaction: a record written since the check must not be given an earlier version.
    if (asOf !== undefined) {
      const dateConflict = await importDateConflict(tx.run, plan, asOf);
      if (dateConflict) throw new ImportRefused([problemFromError(dateConflict, 'asOf')]);
    }
    // A tie's evidence (the grades a table states) is for its claim, not a property of the tie.
    const ties = plan.ties.map(({ evidence: _evidence, ...tie }) => tie);
    const written = await writeDataset(
      tx,
      { ...plan, ties },
      {
        batchSize,
        access: accessParameters(viewer),
        importId,
        writtenBy: viewer.userId,
        ...(onProgress ? { onProgress } : {}),
      },
    );
    // A source column: each imported tie's source text becomes a source and a claim, graded as the file states (issue 15).
    const claimIds = await claimsFromImportedTies(tx, plan.ties, { recordedBy: viewer.userId, importId });
    // What the import wrote becomes each record's new version (server/history), in this transaction.
    await bringHistoryUpToDate(tx, { op: 'import', by: viewer.userId, at: asOf }, { ...writtenRecords(plan), claimIds });
    const detail = asOf === undefined ? 'imported' : `imported as of ${new Date(asOf).toISOString()}`;
    await audit.recordIn(tx, { userId: viewer.userId, action: 'import', targetType: 'import', targetIds: [importId], detail });
    for (const lowering of plan.lowerings) {
      await audit.recordIn(tx, {
        userId: viewer.userId,
        action: 'sensitivity_lowered',
        targetType: lowering.targetType,
        targetIds: [lowering.id],
        detail: lowering.detail,
      });
    }
    return written;
  });
}

/**
 * Undoing an import (DELETE /api/imports/:id): removes what that import created, as a whole, and
 * restores nothing else (records it updated keep their new values). The dataset writer stamps
 * what an import creates (`createdByImport`) and what it writes (`writtenByImport`, with the
 * time); an import is undone only while nothing it created has been written since by anyone
 * (another import, an edit, a new link to it), and while the caller may still see all of it: a
 * record, and both ends of every link it created (tie, participation, membership, area link),
 * changed or not, since ends may have been raised or the caller's clearance or grant withdrawn.
 * Otherwise the answer is 409 with the records changed since, named only when the caller may see
 * them (a hidden one is not named, nor why). Check and removal run in one write
 * transaction that first locks every record concerned, and the undo is audited in it.
 *
 * Claims (issue 15) are the exception to "restores nothing": the claims and sources the import
 * created go with it, and a claim or source it changed (a re-import's credibility, date observed
 * or reliability) gets its earlier values back, unless it was written again since (409, as for
 * records); the ties they are about are graded again, so the evidence says what it said before.
 */
import { createAuditLog } from '../access/audit-log.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { ImportUndo } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { conflict, notFound, problem } from '../errors.js';
import { readJob } from './import-jobs.js';
import { bringHistoryUpToDate } from '../history/versions.js';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import { regrade } from '../evidence/evidence-grades.js';
import { sourceSubjects } from '../queries/evidence.js';
import {
  findImportChanges,
  findImportPriorChanges,
  lockImportRecords,
  markJobUndone,
  undoImport as undoImportQuery,
  undoImportClaims,
  type UndoneClaimsRow,
} from '../queries/import.js';

/** The ties whose claims the undo removed or restored, and every subject of a source whose reliability it restored. */
async function regradeAfterUndo(tx: Transaction, claims: UndoneClaimsRow | undefined): Promise<void> {
  const tieIds = new Set(claims?.tieIds ?? []);
  const actorIds = new Set<string>();
  for (const sourceId of claims?.sourceIds ?? []) {
    const [subjects] = await tx.run(sourceSubjects, { id: sourceId });
    subjects?.tieIds.forEach((tieId) => tieIds.add(tieId));
    subjects?.actorIds.forEach((actorId) => actorIds.add(actorId));
  }
  await regrade(tx, { tieIds: [...tieIds], actorIds: [...actorIds] });
}

/** At most this many changed ids are named in the 409. */
const NAMED_CHANGES = 100;

/** Undoes the import `id` of `viewer` (their own imports only), or throws 404 / 409. */
export async function undoImport(db: Database, id: string, viewer: Viewer): Promise<ImportUndo> {
  const report = await readJob(db, id, viewer);
  if (!report) throw notFound('import', id);
  if (report.status !== 'imported')
    throw conflict(`Only an import that wrote can be undone; this one is ${report.status}`, [
      { path: 'params.id', message: report.status },
    ]).saying('conflict.import_not_undoable', { status: report.status });
  const audit = createAuditLog(db);
  return db.writeTransaction(async (tx) => {
    if ((await tx.run(markJobUndone, { id })).length === 0)
      throw conflict('This import has already been undone', [{ path: 'params.id', message: 'already undone' }]).saying(
        'conflict.import_already_undone',
      );
    await tx.run(lockImportRecords, { importId: id });
    const access = accessParameters(viewer);
    const changed = [
      ...(await tx.run(findImportChanges, { importId: id, access })),
      ...(await tx.run(findImportPriorChanges, { importId: id, access, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES })),
    ];
    if (changed.length > 0) {
      const named = [...new Set(changed.filter((row) => row.visible === true).map((row) => row.id))].slice(0, NAMED_CHANGES);
      throw conflict(
        'This import cannot be undone: records it created have changed since (edited, written by a later import, or linked to); undo or remove those changes first',
        named.map((changedId) => problem(`records.${changedId}`, 'changed since the import', 'field.changed_since_import')),
      ).saying('conflict.import_changed_since', { count: named.length });
    }
    const [claims] = await tx.run(undoImportClaims, { importId: id });
    const [removed] = await tx.run(undoImportQuery, { importId: id });
    await regradeAfterUndo(tx, claims);
    await bringHistoryUpToDate(tx, { op: 'import', by: viewer.userId });
    await audit.recordIn(tx, { userId: viewer.userId, action: 'import', targetType: 'import', targetIds: [id], detail: 'undone' });
    return { importId: id, removed: { records: removed?.nodes ?? 0, links: removed?.relationships ?? 0 } };
  });
}

/**
 * Reverting an actor or tie to an earlier version (issue 14), as an undoable command: the
 * server writes the restored fields as a new version; undo reverts to the version that was
 * current before (itself a new version), and redo reverts to the chosen one again.
 */
import { z } from 'zod';
import type { Command as HistoryCommand } from '../edit/history.js';
import { formatDate, t } from '../i18n/i18n.js';
import { revertRecord, type RecordKind } from '../rounds/rounds-api.js';

export interface RevertRecord {
  op: 'revert-record';
  kind: RecordKind;
  id: string;
  /** The actor's name or "tie", for the Undo button. */
  name: string;
  /** The version restored. */
  versionId: string;
  /** The version that was current before the revert: undo restores it. */
  previousVersionId: string;
  /** When the restored version was written (ISO), for the label. */
  versionAt: string;
}

/** The record as kept in the tab's session (edit/kept-history.ts checks what it reads back). */
export const REVERT_RECORD_SCHEMA = z.object({
  op: z.literal('revert-record'),
  kind: z.enum(['actor', 'tie']),
  id: z.string(),
  name: z.string(),
  versionId: z.string(),
  previousVersionId: z.string(),
  versionAt: z.string(),
});

export function revertCommandFor(record: RevertRecord): HistoryCommand<RevertRecord> {
  return {
    record,
    label: t('rounds.label_revert', { kind: record.kind, name: record.name, date: formatDate(record.versionAt) }),
    run: () => revertRecord(record.kind, record.id, record.versionId),
    revert: () => revertRecord(record.kind, record.id, record.previousVersionId),
  };
}

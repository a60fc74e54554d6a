/**
 * A merge as a command of the session's undo history (client/edit/commands.ts): run merges the
 * duplicates into the kept actor and remembers the merge's id; revert asks the server to undo
 * that merge (DELETE /api/merges/:id), which it does only while nothing changed since; redo
 * merges again, under a new id. The record holds ids and the kept actor's name only.
 */
import { z } from 'zod';
import { IdSchema } from '../../server/contracts/index.js';
import { mergeActors, undoMerge } from '../api/merge.js';
import type { Command } from '../edit/history.js';
import { t } from '../i18n/i18n.js';

export interface MergeCommandRecord {
  op: 'merge-actors';
  keptId: string;
  keptName: string;
  duplicateIds: string[];
  /** The last run's merge, null before the first run. */
  mergeId: string | null;
}

/** How kept-history.ts checks this record when it reads it back from sessionStorage. */
export const MERGE_COMMAND_RECORD_SCHEMA = z.object({
  op: z.literal('merge-actors'),
  keptId: IdSchema,
  keptName: z.string(),
  duplicateIds: z.array(IdSchema).min(1),
  mergeId: IdSchema.nullable(),
});

export function mergeCommandFor(record: MergeCommandRecord): Command<MergeCommandRecord> {
  const count = record.duplicateIds.length;
  return {
    record,
    label: t('merge.label_merge', { count, name: record.keptName }),
    run: async () => {
      const result = await mergeActors(record.keptId, record.duplicateIds);
      // The history is kept after each run (kept-history.ts): the new id is what a later undo needs.
      record.mergeId = result.mergeId;
    },
    revert: async () => {
      if (record.mergeId === null) throw new Error(t('merge.noMergeId'));
      await undoMerge(record.mergeId);
    },
  };
}

/** Record history (issue 14): the versions of an actor or tie, and a revert to one of them. */
import { z } from 'zod';

export const HISTORY_OPS = ['create', 'update', 'delete', 'revert', 'import', 'merge', 'baseline'] as const;

/** One entry of a record's history: a version written, or the record's delete. */
export const HistoryEntrySchema = z.object({
  /** The version written; null for a delete, which writes none (it closes the last version). */
  versionId: z.string().nullable(),
  op: z.enum(HISTORY_OPS),
  /** Server time of the write (ISO date-time). */
  at: z.string(),
  by: z.object({ id: z.string(), name: z.string() }).nullable().describe('Who wrote it; null for the seed and the start-up baseline'),
  /** Fields the write changed that the caller's role receives. */
  changed: z.array(z.string()),
  /** Those fields before (null when the earlier version is not visible to the caller or there is none) and after (null for a delete). */
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const HistorySchema = z.object({
  recordId: z.string(),
  kind: z.enum(['actor', 'tie', 'engagement', 'role', 'mechanism', 'area', 'claim']),
  /** Newest first; only the versions the caller may see. */
  items: z.array(HistoryEntrySchema),
  total: z.number().int(),
});
export type History = z.infer<typeof HistorySchema>;

export const RevertRequestSchema = z.strictObject({ versionId: z.string().min(1).max(100) });
export type RevertRequest = z.infer<typeof RevertRequestSchema>;

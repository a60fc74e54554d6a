/**
 * Retention: actors whose review-by date has passed, for a person to review, update or delete;
 * and import reports, which are deleted once they are older than IMPORT_REPORT_KEEP_DAYS (each
 * new import clears the expired ones; an expired one is never answered meanwhile).
 */
import { z } from 'zod';
import { accessParameters, type Viewer } from '../access/viewer.js';
import { ACTOR_KINDS, SENSITIVITY_LEVELS } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { IMPORT_REPORT_KEEP_DAYS } from '../imports/import-jobs.js';
import { listOverdueActors } from '../queries/actors.js';
import { deleteExpiredImportJobs as deleteExpiredJobs } from '../queries/import.js';

/** Deletes import jobs (and their reports) older than IMPORT_REPORT_KEEP_DAYS; returns how many. */
export async function deleteExpiredImportJobs(db: Database): Promise<number> {
  const [row] = await db.write(deleteExpiredJobs, { keepDays: IMPORT_REPORT_KEEP_DAYS });
  return row?.deleted ?? 0;
}

export const OverdueActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  subtype: z.string().nullable(),
  reviewBy: z.string(),
  sensitivity: z.enum(SENSITIVITY_LEVELS),
});

export function createRetention(db: Database) {
  return {
    /** Overdue on `today` (UTC date by default). */
    async overdue(viewer: Viewer, today = new Date().toISOString().slice(0, 10)) {
      const rows = await db.read(listOverdueActors, { today, access: accessParameters(viewer) });
      return rows.map((row) => OverdueActorSchema.parse(row.actor));
    },
  };
}
export type Retention = ReturnType<typeof createRetention>;

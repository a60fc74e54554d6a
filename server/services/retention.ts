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

/** Deletes import jobs (and their reports) older than IMPORT_REPORT_KEEP_DAYS; returns how many. */
export async function deleteExpiredImportJobs(db: Database): Promise<number> {
  db.requireQueries('import/delete-expired-jobs');
  const [row] = await db.write('import/delete-expired-jobs', { keepDays: IMPORT_REPORT_KEEP_DAYS });
  return Number(row?.deleted ?? 0);
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
  db.requireQueries('actors/list-overdue-actors');
  return {
    /** Overdue on `today` (UTC date by default). */
    async overdue(viewer: Viewer, today = new Date().toISOString().slice(0, 10)) {
      const rows = await db.read('actors/list-overdue-actors', { today, access: accessParameters(viewer) });
      return rows.map((row) => OverdueActorSchema.parse({ subtype: null, ...(row.actor as object) }));
    },
  };
}
export type Retention = ReturnType<typeof createRetention>;

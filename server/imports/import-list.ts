/**
 * The caller's recent imports (GET /api/imports?mine=true), for the import dialog's "Your recent
 * imports": id, file name, time, status, counts and whether it was undone. Only the caller's own
 * jobs, administrators included (need to know: managing accounts is no reason to see what others
 * imported). Counts are numbers only, so the list names nothing from the map.
 */
import { z } from 'zod';
import { ImportReportSchema, type ImportListItem } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { listMyJobs } from '../queries/import.js';
import { IMPORT_REPORT_KEEP_DAYS } from './import-jobs.js';

/** How many recent imports are listed. */
export const LISTED_IMPORTS = 10;

export async function listMyImports(db: Database, userId: string): Promise<ImportListItem[]> {
  const rows = await db.read(listMyJobs, { userId, keepDays: IMPORT_REPORT_KEEP_DAYS, limit: LISTED_IMPORTS });
  return rows.map((row) => {
    const stored = StoredCountsSchema.safeParse(safeJson(row.report));
    const status = ImportReportSchema.shape.status.safeParse(row.status);
    return {
      importId: row.id,
      fileName: row.fileName ?? '',
      status: status.success ? status.data : 'failed',
      startedAt: row.startedAt,
      undoneAt: row.undoneAt || null,
      counts: stored.success ? stored.data.counts : null,
    };
  });
}

/** The counts of a stored report (its JSON text); a report that does not parse lists none. */
const StoredCountsSchema = z.object({ counts: ImportReportSchema.shape.counts });

function safeJson(text: string | null): unknown {
  try {
    return JSON.parse(String(text));
  } catch {
    return null;
  }
}

/**
 * The caller's recent imports (GET /api/imports?mine=true), for the import dialog's "Your recent
 * imports": id, file name, time, status, counts and whether it was undone. Only the caller's own
 * jobs, administrators included (need to know: managing accounts is no reason to see what others
 * imported). Counts are numbers only, so the list names nothing from the map.
 */
import { ImportReportSchema, type ImportListItem } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { IMPORT_REPORT_KEEP_DAYS } from './import-jobs.js';

/** How many recent imports are listed. */
export const LISTED_IMPORTS = 10;

export async function listMyImports(db: Database, userId: string): Promise<ImportListItem[]> {
  const rows = await db.read('import/list-my-jobs', { userId, keepDays: IMPORT_REPORT_KEEP_DAYS, limit: LISTED_IMPORTS });
  return rows.map((row) => {
    const stored = ImportReportSchema.shape.counts.safeParse(safeJson(row.report)?.counts);
    const status = ImportReportSchema.shape.status.safeParse(row.status);
    return {
      importId: String(row.id),
      fileName: String(row.fileName ?? ''),
      status: status.success ? status.data : 'failed',
      startedAt: String(row.startedAt),
      undoneAt: row.undoneAt ? String(row.undoneAt) : null,
      counts: stored.success ? stored.data : null,
    };
  });
}

function safeJson(text: unknown): Record<string, unknown> | null {
  try {
    return JSON.parse(String(text)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/**
 * Import jobs live in Neo4j as (:ImportJob) nodes, not in process memory, so that any API
 * instance (several may share one database) can answer "how far is import X?". The report is
 * stored as JSON text and checked with its schema when read back.
 */
import { ImportReportSchema, type ImportReport } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';

export const JOB_QUERIES = ['import/save-job', 'import/update-job-progress', 'import/get-job'];

/** Stores the whole report (status, counters, problems). */
export async function saveJob(db: Database, report: ImportReport, userId: string): Promise<void> {
  await db.write('import/save-job', {
    userId,
    id: report.importId,
    status: report.status,
    fileName: report.file.name,
    rowsTotal: report.rows.total,
    rowsValidated: report.rows.validated,
    recordsTotal: report.records.total,
    recordsWritten: report.records.written,
    report: JSON.stringify(report),
  });
}

/** Moves the counters on while the import runs. */
export async function saveJobProgress(db: Database, report: ImportReport): Promise<void> {
  await db.write('import/update-job-progress', {
    id: report.importId,
    status: report.status,
    rowsValidated: report.rows.validated,
    recordsWritten: report.records.written,
  });
}

/**
 * The job's latest report with live counters, or null when no job has this id or it is another
 * user's (its report names actors that user's clearance chose). Administrators see every job.
 */
export async function readJob(db: Database, id: string, viewer: Viewer): Promise<ImportReport | null> {
  const [row] = await db.read('import/get-job', { id });
  const job = row?.job as Record<string, unknown> | undefined;
  if (!job || (job.userId !== viewer.userId && viewer.role !== 'administrator')) return null;
  const report = ImportReportSchema.parse(JSON.parse(String(job.report)));
  return {
    ...report,
    status: ImportReportSchema.shape.status.parse(job.status),
    rows: { total: Number(job.rowsTotal), validated: Number(job.rowsValidated) },
    records: { total: Number(job.recordsTotal), written: Number(job.recordsWritten) },
  };
}

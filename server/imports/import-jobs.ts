/**
 * Import jobs live in Neo4j as (:ImportJob) nodes, not in process memory, so that any API
 * instance (several may share one database) can answer "how far is import X?". The report is
 * stored as JSON text and checked with its schema when read back.
 */
import { ImportReportSchema, type ImportReport } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { fileProblem } from './import-errors.js';

export const JOB_QUERIES = ['import/save-job', 'import/update-job-progress', 'import/get-job', 'import/touch-job'];

/** How often a running import says it is alive, so a job whose instance died can be told apart. */
export const JOB_HEARTBEAT_MS = 15_000;
/**
 * A job still "validating" or "writing" that has not been saved or touched for this long has lost
 * the instance running it (crash, restart, kill): eight missed heartbeats, far beyond any pause.
 */
export const JOB_SILENT_LIMIT_SECONDS = 120;

const RUNNING_STATUSES: ReadonlySet<ImportReport['status']> = new Set(['validating', 'writing']);

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

/** Says the job is still running (no-op once it has finished). */
export async function touchJob(db: Database, id: string): Promise<void> {
  await db.write('import/touch-job', { id });
}

/**
 * Touches the job every `intervalMs` until the returned function is called. A failed touch is
 * ignored: the job's own saves report database trouble, and a missed beat only matters when
 * eight in a row are missed.
 */
export function startHeartbeat(db: Database, id: string, intervalMs = JOB_HEARTBEAT_MS): () => void {
  const timer = setInterval(() => void touchJob(db, id).catch(() => undefined), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
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
  const status = ImportReportSchema.shape.status.parse(job.status);
  const current: ImportReport = {
    ...report,
    status,
    rows: { total: Number(job.rowsTotal), validated: Number(job.rowsValidated) },
    records: { total: Number(job.recordsTotal), written: Number(job.recordsWritten) },
  };
  return RUNNING_STATUSES.has(status) && Number(job.silentSeconds) > JOB_SILENT_LIMIT_SECONDS ? abandoned(current, String(job.updatedAt)) : current;
}

/**
 * A job whose instance stopped mid-way. Its write was one transaction, which the database rolled
 * back when the connection went, so nothing of it is in the map; the user is told to run it again.
 */
function abandoned(report: ImportReport, lastHeardOf: string): ImportReport {
  return {
    ...report,
    status: 'failed',
    records: { ...report.records, written: 0 },
    problems: [...report.problems, fileProblem(
      `the import stopped answering (last heard of at ${lastHeardOf}): the API instance running it stopped before it finished; ` +
      'its transaction was rolled back and nothing of this import remains; run it again',
    )],
  };
}

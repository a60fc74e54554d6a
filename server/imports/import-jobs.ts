/**
 * Import jobs live in Neo4j as (:ImportJob) nodes, not in process memory, so that any API
 * instance (several may share one database) can answer "how far is import X?". The report is
 * stored as JSON text and checked with its schema when read back.
 *
 * A stored report keeps no names from the map: duplicate suggestions and actor matches keep the
 * actors' ids, and their names are filled in when the report is read, for the actors the reader
 * may see then (a suggestion with an actor they may no longer see is left out; a match keeps its
 * id, unnamed, and its note names only the other actors of that name the reader may see). Once an import has written,
 * the sample cells of its columns (names, now in the map) are dropped too. What stays is the
 * file's own text for files that wrote nothing (problems quoting cells, names of rows that are
 * not in the map), and only for as long as reports are kept: IMPORT_REPORT_KEEP_DAYS, after
 * which the job is not answered and is deleted (services/retention.ts).
 */
import { ImportReportSchema, type DuplicateSuggestion, type ImportReport } from '../contracts/index.js';
import { createAuditLog, type AuditEntry } from '../access/audit-log.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { getJob, saveJob as saveJobQuery, touchJob as touchJobQuery, updateJobProgress, visibleActorNames } from '../queries/import.js';
import { alsoNamedNote } from './actor-matching.js';
import { because, fileProblem } from './import-errors.js';

/** How long import jobs and their reports are kept. */
export const IMPORT_REPORT_KEEP_DAYS = 7;

/** How often a running import says it is alive, so a job whose instance died can be told apart. */
export const JOB_HEARTBEAT_MS = 15_000;
/**
 * A job still "validating" or "writing" that has not been saved or touched for this long has lost
 * the instance running it (crash, restart, kill): eight missed heartbeats, far beyond any pause.
 */
export const JOB_SILENT_LIMIT_SECONDS = 120;

const RUNNING_STATUSES: ReadonlySet<ImportReport['status']> = new Set(['validating', 'writing']);

const WROTE: ReadonlySet<ImportReport['status']> = new Set(['writing', 'imported']);

/** The report as it is kept: no names from the map (see the header). */
export function storedReport(report: ImportReport): ImportReport {
  const wrote = WROTE.has(report.status);
  // A side's name is kept only when it is the file's own text and nothing was written.
  const side = (entry: DuplicateSuggestion['a']) => ({ ...entry, name: entry.existing || wrote ? '' : entry.name });
  return {
    ...report,
    duplicates: report.duplicates.map((suggestion) => ({ ...suggestion, a: side(suggestion.a), b: side(suggestion.b) })),
    // The matched actor's name and the names an "also named so" note quotes are the map's: ids only.
    matches: report.matches.map((match) => ({ ...match, existingName: null, note: match.alsoNamedIds?.length ? null : match.note })),
    columns: wrote ? report.columns.map((column) => ({ ...column, samples: [] })) : report.columns,
  };
}

/**
 * Stores the whole report (status, counters, problems), with the audit event that goes with this
 * step of the import (if any) in the same transaction.
 */
export async function saveJob(db: Database, report: ImportReport, userId: string, event?: Omit<AuditEntry, 'userId'>): Promise<void> {
  const audit = createAuditLog(db);
  await db.writeTransaction(async (tx) => {
    await tx.run(saveJobQuery, {
      userId,
      id: report.importId,
      status: report.status,
      fileName: report.file.name,
      rowsTotal: report.rows.total,
      rowsValidated: report.rows.validated,
      recordsTotal: report.records.total,
      recordsWritten: report.records.written,
      report: JSON.stringify(storedReport(report)),
    });
    if (event) await audit.recordIn(tx, { ...event, userId });
  });
}

/** Moves the counters on while the import runs. */
export async function saveJobProgress(db: Database, report: ImportReport): Promise<void> {
  await db.write(updateJobProgress, {
    id: report.importId,
    status: report.status,
    rowsValidated: report.rows.validated,
    recordsWritten: report.records.written,
  });
}

/** Says the job is still running (no-op once it has finished). */
export async function touchJob(db: Database, id: string): Promise<void> {
  await db.write(touchJobQuery, { id });
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
 * The job's latest report with live counters, or null when no job has this id, it has expired,
 * or it is another user's. An administrator viewer reads every job: the command line follows
 * imports as the server (SYSTEM_VIEWER); the HTTP route reads as an analyst, so that managing
 * accounts gives no need to know what another user imported.
 */
export async function readJob(db: Database, id: string, viewer: Viewer): Promise<ImportReport | null> {
  const [row] = await db.read(getJob, { id, keepDays: IMPORT_REPORT_KEEP_DAYS });
  const job = row?.job;
  if (!job || (job.userId !== viewer.userId && viewer.role !== 'administrator')) return null;
  const report = await withCurrentNames(db, ImportReportSchema.parse(JSON.parse(job.report)), viewer);
  const status = ImportReportSchema.shape.status.parse(job.status);
  if (job.undoneAt)
    report.warnings = [
      ...report.warnings,
      fileProblem(
        because(`this import was undone at ${job.undoneAt}: what it created was removed`, 'import.undone_at', {
          at: job.undoneAt,
        }),
      ),
    ];
  const current: ImportReport = {
    ...report,
    status,
    rows: { total: job.rowsTotal, validated: job.rowsValidated },
    records: { total: job.recordsTotal, written: job.recordsWritten },
  };
  return RUNNING_STATUSES.has(status) && job.silentSeconds > JOB_SILENT_LIMIT_SECONDS ? abandoned(current, job.updatedAt) : current;
}

/**
 * Fills the names a stored report left out from the map as `viewer` may see it now; drops the
 * suggestions naming an actor they may not see (or that is gone).
 */
async function withCurrentNames(db: Database, report: ImportReport, viewer: Viewer): Promise<ImportReport> {
  const missing = [
    ...new Set([
      ...report.duplicates
        .flatMap((suggestion) => [suggestion.a, suggestion.b])
        .filter((side) => !side.name)
        .map((side) => side.id),
      ...report.matches.flatMap((match) => [...(match.id ? [match.id] : []), ...(match.alsoNamedIds ?? [])]),
    ]),
  ];
  if (missing.length === 0) return report;
  const rows = await db.read(visibleActorNames, { ids: missing, access: accessParameters(viewer) });
  const names = new Map(rows.map((row) => [row.id, row.name]));
  // Names come from the map as it is now, never from the stored text (reports stored before names
  // were left out still hold them; their "also named so" notes, which kept no ids, are dropped).
  const matches = report.matches.map((match) => {
    const existingName = match.id ? (names.get(match.id) ?? null) : null;
    if (!match.alsoNamedIds) return { ...match, existingName, note: match.note?.startsWith('also named so:') ? null : match.note };
    const others = match.alsoNamedIds.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : []));
    return {
      ...match,
      existingName,
      alsoNamedIds: others.map((other) => other.id),
      note: others.length > 0 ? alsoNamedNote(others) : null,
    };
  });
  const named = (side: DuplicateSuggestion['a']) => (side.name ? side : names.has(side.id) ? { ...side, name: names.get(side.id)! } : null);
  const duplicates = report.duplicates.flatMap((suggestion) => {
    const a = named(suggestion.a);
    const b = named(suggestion.b);
    return a && b ? [{ ...suggestion, a, b }] : [];
  });
  return { ...report, duplicates, matches };
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
    problems: [
      ...report.problems,
      fileProblem(
        because(
          `the import stopped answering (last heard of at ${lastHeardOf}): the API instance running it stopped before it finished; ` +
            'its transaction was rolled back and nothing of this import remains; run it again',
          'import.stopped_answering',
          { at: lastHeardOf },
        ),
      ),
    ],
  };
}

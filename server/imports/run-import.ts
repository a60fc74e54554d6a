/**
 * One import from start to end: record the job, read and validate the whole file (nothing is
 * written unless every row is valid), suggest duplicates, then write everything in one
 * transaction with progress saved on the job. Returns the final report; never half-imports.
 */
import { randomUUID } from 'node:crypto';
import type { ColumnMapping, ImportReport } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import type { NamedActor } from './duplicate-suggestions.js';
import { because, ImportNeedsMapping, ImportRefused, fileProblem, problemFromError } from './import-errors.js';
import { importAreaProblems } from './import-areas.js';
import { resolveIdentities, type VisibleActor } from './import-identities.js';
import { saveJob, saveJobProgress, startHeartbeat } from './import-jobs.js';
import { countPlan } from './import-plan.js';
import { datasetPlanSize } from '../dataset/dataset-plan.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits.js';
import { writePlan } from './plan-writer.js';
import { readUploadInWorker, suggestDuplicatesInWorker } from './import-workers.js';
import type { UploadedFile } from './read-upload.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import { deleteExpiredImportJobs } from '../services/retention.js';
import { matchPlanActors } from './actor-matching.js';
import { matchingContext } from './matching-context.js';
import { importDate, importDateConflict } from './import-date.js';
import { existingRecords } from '../queries/import.js';

export interface ImportOptions {
  dryRun?: boolean;
  mapping?: ColumnMapping | undefined;
  /** Tables only: create the admin areas the file names that the map lacks (default: warn, leave them out). */
  createAreas?: boolean | undefined;
  /** Dated import: the date-time (or date) the file describes; its versions begin then (import-date.ts). */
  asOf?: string | undefined;
  /** The job's id when the server already started it (async imports); never a client's choice. */
  jobId?: string | undefined;
  limits?: ImportLimits;
  /** Called whenever the report changes (validated, each batch written, finished): for the CLI. */
  onProgress?: (report: ImportReport) => void | Promise<void>;
  /** How often the running job says it is alive (tests shorten it). */
  heartbeatMs?: number;
  /** Test hook: called after each batch inside the open transaction. */
  afterBatch?: (written: number, total: number) => Promise<void> | void;
}

/** A report in its first state, before anything is read. */
export function startReport(file: UploadedFile, jobId?: string): ImportReport {
  return {
    importId: jobId ?? randomUUID(),
    status: 'validating',
    file: { name: file.name, bytes: file.bytes.length, format: null, encoding: null, delimiter: null, sheet: null },
    headerLine: null,
    hashtagLine: null,
    rows: { total: 0, validated: 0 },
    records: { total: 0, written: 0 },
    counts: { actors: 0, ties: 0, areas: 0, outputs: 0, activities: 0, contributions: 0, matched: { actors: 0, ties: 0 } },
    problems: [],
    warnings: [],
    duplicates: [],
    matches: [],
    missingAreas: [],
    mappingDoubts: [],
    columns: [],
    startedAt: new Date().toISOString(),
    finishedAt: null,
  };
}

async function readExistingRecords(db: Database, viewer: Viewer) {
  const [found] = await db.read(existingRecords, { access: accessParameters(viewer) });
  const row = found ?? { actors: [], areaIds: [], areas: [] };
  const actors = row.actors.map((actor): NamedActor => ({
    id: actor.id,
    name: actor.name,
    acronym: actor.acronym,
    aliases: actor.aliases ?? [],
    existing: true,
  }));
  const visible = row.actors.map((actor): VisibleActor => ({
    id: actor.id,
    name: actor.name,
    sensitivity: actor.sensitivity ?? 'internal',
  }));
  return { actors, visible, areaIds: new Set(row.areaIds), ...matchingContext(row) };
}

/** Runs one import; the report's status says what happened (imported, validated, refused, needs_mapping, failed). */
/**
 * Runs one import as `viewer`: records are matched, duplicates suggested and references checked
 * only among the records they may see (import-identities.ts), so a hidden record is, for the
 * import as everywhere, as if it did not exist.
 */
export async function runImport(db: Database, file: UploadedFile, viewer: Viewer, options: ImportOptions = {}): Promise<ImportReport> {
  const jobId = options.jobId ?? randomUUID();
  // While this runs, the job is touched regularly; a job left silent lost its instance (see readJob).
  const stopHeartbeat = startHeartbeat(db, jobId, options.heartbeatMs);
  try {
    return await importSteps(db, file, viewer, { ...options, jobId });
  } finally {
    stopHeartbeat();
  }
}

async function importSteps(db: Database, file: UploadedFile, viewer: Viewer, options: ImportOptions): Promise<ImportReport> {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  const report = startReport(file, options.jobId);
  const publish = async (save: 'full' | 'progress') => {
    await options.onProgress?.(report);
    await (save === 'full' ? saveJob(db, report, viewer.userId) : saveJobProgress(db, report));
  };
  // The import's audit event: in the write transaction when it wrote (plan-writer.ts), else with the final save.
  const finish = async (status: ImportReport['status']) => {
    report.status = status;
    report.finishedAt = new Date().toISOString();
    options.onProgress?.(report);
    const event =
      status === 'imported' ? undefined : { action: 'import' as const, targetType: 'import', targetIds: [report.importId], detail: status };
    await saveJob(db, report, viewer.userId, event);
    return report;
  };
  await deleteExpiredImportJobs(db);
  await publish('full');
  const existing = await readExistingRecords(db, viewer);
  let read;
  try {
    read = await readUploadInWorker(
      file,
      options.mapping,
      {
        actors: new Set(existing.actors.map((actor) => actor.id)),
        areas: existing.areaIds,
        areaLookup: existing.areaLookup,
        externalIds: existing.externalIds,
        createAreas: options.createAreas ?? false,
      },
      limits,
    );
  } catch (error) {
    if (error instanceof ImportRefused) {
      report.problems = error.problems;
      return finish('refused');
    }
    if (error instanceof ImportNeedsMapping) {
      report.problems = [error.problem];
      report.columns = error.columns;
      report.mappingDoubts = error.doubts;
      return finish('needs_mapping');
    }
    throw error;
  }
  Object.assign(report, {
    file: { ...report.file, ...read.file },
    headerLine: read.headerLine,
    hashtagLine: read.hashtagLine,
    columns: read.columns,
  });
  report.warnings = read.warnings;
  report.mappingDoubts = read.mappingDoubts;
  report.rows = { total: read.rowsTotal, validated: read.rowsTotal };
  if (read.problems.length > 0 || !read.plan) {
    report.problems = read.problems;
    return finish('refused');
  }
  const plan = read.plan;
  // Rows naming an actor the importer may see are that actor (actor-matching.ts), before ids are given.
  const matching = matchPlanActors(plan, existing.matchable, options.mapping?.matches);
  report.matches = matching.matches;
  if (matching.problems.length > 0) {
    report.problems = matching.problems;
    return finish('refused');
  }
  report.missingAreas = plan.missingAreas ?? [];
  report.counts = countPlan(plan);
  report.records.total = datasetPlanSize(plan);
  const identityProblems = await resolveIdentities(db, plan, viewer, existing.visible);
  if (identityProblems.length > 0) {
    report.problems = identityProblems;
    return finish('refused');
  }
  // Admin areas: created, never changed (import-areas.ts); checked again under the area lock when written.
  const areaProblems = await importAreaProblems(db.read, plan);
  if (areaProblems.length > 0) {
    report.problems = areaProblems;
    return finish('refused');
  }
  // A dated import may not begin a version before one of a record it writes (import-date.ts): a 409 naming the record.
  const at = importDate(options.asOf);
  if (at !== undefined) {
    const dateConflict = await importDateConflict(db.read, plan, at);
    if (dateConflict) {
      report.problems = [problemFromError(dateConflict, 'asOf')];
      await finish('refused');
      throw dateConflict;
    }
  }
  // Again once ids are resolved: the split into new records and records of the map (plan.existing).
  report.counts = countPlan(plan);
  const matched = new Set(plan.existing);
  const added = plan.actors.filter((actor) => !matched.has(`actor:${actor.id}`));
  const duplicates =
    read.file.format === 'snapshot'
      ? null
      : await suggestDuplicatesInWorker(
          added.map((actor) => ({ ...actor, existing: false })),
          existing.actors,
          limits,
        );
  report.duplicates = duplicates?.suggestions ?? [];
  if (duplicates?.unlisted) report.warnings = [...report.warnings, fileProblem(duplicates.unlisted)];
  if (options.dryRun) return finish('validated');
  report.status = 'writing';
  await publish('full');
  try {
    await writePlan(db, plan, {
      batchSize: limits.batchSize,
      viewer,
      importId: report.importId,
      asOf: at,
      onProgress: async (written, total) => {
        report.records = { total, written };
        await publish('progress');
        await options.afterBatch?.(written, total);
      },
    });
  } catch (error) {
    report.records.written = 0;
    if (error instanceof ImportRefused) {
      // The areas changed since the check (import-areas.ts); the transaction wrote nothing.
      report.problems = error.problems;
      return finish('refused');
    }
    report.problems = [
      fileProblem(
        because(
          'the database failed during the write; the transaction was rolled back and nothing of this import remains; run it again',
          'import.write_failed',
        ),
      ),
    ];
    await finish('failed').catch(() => undefined);
    throw error;
  }
  return finish('imported');
}

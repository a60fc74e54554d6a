/**
 * Worker thread that reads uploads and searches them for duplicates, so that a hostile or merely
 * huge file costs this thread's time and heap (bounded by the host, see import-workers.ts), never
 * the event loop that answers every other request. One job per message, one answer per job;
 * import refusals cross back as data and are rebuilt as the same typed errors on the other side.
 */
import { parentPort } from 'node:worker_threads';
import type { ColumnMapping, ImportProblem, ImportReport } from '../contracts/index.js';
import { findDuplicates, type DuplicateBudget, type DuplicateFindings, type NamedActor } from './duplicate-suggestions.js';
import { ImportNeedsMapping, ImportRefused } from './import-errors.js';
import type { ImportLimits } from './limits.js';
import { readUpload, type ReadContext, type ReadResult, type UploadedFile } from './read-upload.js';

export type ParseJob =
  | { kind: 'read'; file: UploadedFile; mapping: ColumnMapping | undefined; existing: ReadContext; limits: ImportLimits }
  | { kind: 'duplicates'; imported: NamedActor[]; existing: NamedActor[]; budget: DuplicateBudget };

export type ParseAnswer =
  | { ok: true; result: ReadResult | DuplicateFindings }
  | { ok: false; kind: 'refused'; problems: ImportProblem[] }
  | { ok: false; kind: 'needs_mapping'; columns: ImportReport['columns']; problem: ImportProblem; doubts: ImportProblem[] }
  | { ok: false; kind: 'error'; message: string };

async function run(job: ParseJob): Promise<ReadResult | DuplicateFindings> {
  if (job.kind === 'read') return readUpload(job.file, job.mapping, job.existing, job.limits);
  return findDuplicates(job.imported, job.existing, job.budget);
}

function failure(error: unknown): ParseAnswer {
  if (error instanceof ImportRefused) return { ok: false, kind: 'refused', problems: error.problems };
  if (error instanceof ImportNeedsMapping)
    return { ok: false, kind: 'needs_mapping', columns: error.columns, problem: error.problem, doubts: error.doubts };
  return { ok: false, kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

parentPort?.on('message', (job: ParseJob) => {
  run(job).then(
    (result) => parentPort?.postMessage({ ok: true, result } satisfies ParseAnswer),
    (error: unknown) => parentPort?.postMessage(failure(error)),
  );
});

/**
 * Runs the CPU- and memory-heavy part of an import (reading and validating the file, the
 * duplicate search) in worker threads, so that health checks and every other request keep
 * answering while a file is read. Each worker has a heap limit (`resourceLimits`) and each job a
 * time limit: a worker that runs out of either is ended and the import is refused in words,
 * never the server. At most `POOL_SIZE` jobs run at once; the rest wait in order (the routes
 * let each user run one import at a time, which bounds the queue). Workers start from the
 * compiled .js beside this module, or through tsx in development (server/worker-entry.ts); they
 * are reused, and idle ones are unref'd and never keep the process alive.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ColumnMapping, DuplicateSuggestion } from '../contracts/index.js';
import { unlistedDuplicates, type DuplicateBudget, type DuplicateFindings, type NamedActor } from './duplicate-suggestions.js';
import { because, ImportNeedsMapping, ImportRefused, refuse, type Reason } from './import-errors.js';
import type { ImportLimits } from './limits.js';
import type { ParseAnswer, ParseJob } from './parse-worker.js';
import type { ReadContext, ReadResult, UploadedFile } from './read-upload.js';
import { startModuleWorker } from '../workers/worker-entry.js';

/** Two at most: Neo4j and the event loop need the other cores on a small machine. */
export const POOL_SIZE = Math.max(1, Math.min(availableParallelism(), 2));

interface ImportWorker {
  worker: Worker;
  memoryMb: number;
  /** Set while a job runs: the job's handlers for the worker's death. */
  onDeath: ((error: Error | null, code: number) => void) | null;
}

const idle: ImportWorker[] = [];
const waiting: (() => void)[] = [];
let running = 0;

async function acquire(): Promise<void> {
  if (running < POOL_SIZE) {
    running += 1;
    return;
  }
  // The releasing job hands its place over (running stays counted).
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

function startWorker(memoryMb: number): ImportWorker {
  const pooled: ImportWorker = {
    worker: startModuleWorker(import.meta.url, './parse-worker', { resourceLimits: { maxOldGenerationSizeMb: memoryMb } }),
    memoryMb,
    onDeath: null,
  };
  // 'error' (uncaught exception, out of memory) is always followed by 'exit'; the job hears the first, clearer reason.
  let failure: Error | null = null;
  pooled.worker.on('error', (error) => {
    failure ??= error;
  });
  pooled.worker.once('exit', (code) => {
    const index = idle.indexOf(pooled);
    if (index >= 0) idle.splice(index, 1);
    pooled.onDeath?.(failure, code);
  });
  return pooled;
}

function takeWorker(memoryMb: number): ImportWorker {
  const index = idle.findIndex((pooled) => pooled.memoryMb === memoryMb);
  if (index >= 0) return idle.splice(index, 1)[0] as ImportWorker;
  // A worker made for another heap limit (tests lower it) is not reused for this one.
  for (const stale of idle.splice(0)) void stale.worker.terminate();
  return startWorker(memoryMb);
}

function outOfMemory(limits: ImportLimits): ImportRefused {
  return refuse(
    because(
      `the file needs more memory than an import may use (${limits.workerMemoryMb} MB) to be read and checked; ` +
        'nothing was imported; split it into smaller files, or delete empty rows, columns and sheets',
      'import.out_of_memory',
      { megabytes: limits.workerMemoryMb },
    ),
  );
}

function tooSlow(limits: ImportLimits): ImportRefused {
  const seconds = Number((limits.workerTimeMs / 1000).toPrecision(2));
  return refuse(
    because(
      `reading and checking the file took longer than an import may take (${seconds} s); nothing was imported; split it into smaller files`,
      'import.too_slow',
      { seconds },
    ),
  );
}

function rebuild(answer: Exclude<ParseAnswer, { ok: true }>): Error {
  if (answer.kind === 'refused') return new ImportRefused(answer.problems);
  if (answer.kind === 'needs_mapping') return new ImportNeedsMapping(answer.columns, answer.problem, answer.doubts);
  return new Error(`Reading the upload failed: ${answer.message}`);
}

/** Runs one job on a worker within the limits; refusals come back as the typed import errors. */
async function runJob<Result>(job: ParseJob, limits: ImportLimits): Promise<Result> {
  await acquire();
  try {
    const pooled = takeWorker(limits.workerMemoryMb);
    return await new Promise<Result>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        pooled.onDeath = null;
        pooled.worker.off('message', onMessage);
      };
      const timer = setTimeout(() => {
        done();
        void pooled.worker.terminate();
        reject(tooSlow(limits));
      }, limits.workerTimeMs);
      const onMessage = (answer: ParseAnswer) => {
        done();
        pooled.worker.unref();
        idle.push(pooled);
        if (answer.ok) resolve(answer.result as Result);
        else reject(rebuild(answer));
      };
      pooled.onDeath = (error, code) => {
        done();
        if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(outOfMemory(limits));
        else
          reject(
            refuse(
              because(
                `reading the file stopped unexpectedly (${error?.message ?? `exit code ${code}`}); nothing was imported; try again`,
                'import.reading_stopped',
                { detail: error?.message ?? `exit code ${code}` },
              ),
            ),
          );
      };
      pooled.worker.on('message', onMessage);
      pooled.worker.ref();
      pooled.worker.postMessage(job);
    });
  } finally {
    release();
  }
}

/** readUpload (read-upload.ts) in a worker: same result, same ImportRefused / ImportNeedsMapping. */
export function readUploadInWorker(
  file: UploadedFile,
  mapping: ColumnMapping | undefined,
  existing: ReadContext,
  limits: ImportLimits,
): Promise<ReadResult> {
  return runJob<ReadResult>({ kind: 'read', file, mapping, existing, limits }, limits);
}

/** The bounded duplicate search in a worker; `unlisted` says in words what was not listed, if anything. */
export async function suggestDuplicatesInWorker(
  imported: NamedActor[],
  existing: NamedActor[],
  limits: ImportLimits,
): Promise<{ suggestions: DuplicateSuggestion[]; unlisted: Reason | null }> {
  const budget: DuplicateBudget = { maxSuggestions: limits.maxDuplicateSuggestions, maxComparisons: limits.maxDuplicateComparisons };
  const findings = await runJob<DuplicateFindings>({ kind: 'duplicates', imported, existing, budget }, limits);
  return { suggestions: findings.suggestions, unlisted: unlistedDuplicates(findings, budget) };
}

/** Stops the idle workers (shutdown, tests); running jobs finish on theirs. */
export async function shutDownImportWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((pooled) => pooled.worker.terminate()));
}

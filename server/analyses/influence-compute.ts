/**
 * The CPU-heavy part of the influence analysis as one pure function of plain data, so it runs the
 * same in a worker thread or inline, and `runInfluenceJob` decides where.
 */
import { createHash } from 'node:crypto';
import { computeCentralities, type Centralities } from './centralities.js';
import { detectCommunities, type Communities } from './communities.js';
import type { TieArrays } from './graph-arrays.js';
import { influenceWorkers } from './influence-workers.js';
import { createSharedJobs } from './shared-jobs.js';

export interface InfluenceJob {
  ties: TieArrays;
  ids: string[];
  directed: boolean;
}

export type InfluenceArrays = Centralities & Communities;

/** Centralities and communities of one graph. */
export function computeInfluenceArrays(job: InfluenceJob): InfluenceArrays {
  return { ...computeCentralities(job.ties, job.directed), ...detectCommunities(job.ties, job.ids) };
}

/** Below this many actors plus ties, the work takes milliseconds and a worker costs more than it saves. */
export const INLINE_LIMIT = 1500;

export interface RunOptions {
  /** 'auto' (default): the worker pool above INLINE_LIMIT; tests force either way. */
  mode?: 'auto' | 'worker' | 'inline';
  /**
   * Aborts when the requester has gone (its client disconnected). A job nobody waits for any more
   * is dropped before it starts; one already running finishes (see worker-pool.ts).
   */
  signal?: AbortSignal;
}

/**
 * Runs the job off the event loop when it is large, on the shared worker pool. Rejects with
 * `WorkerPoolFullError` when too many jobs already wait (the route answers 503).
 */
export async function runInfluenceJob(job: InfluenceJob, options: RunOptions = {}): Promise<InfluenceArrays> {
  // An explicit mode is a test forcing a path: it must really run, not come from the cache.
  if (options.mode) return computeOnce(job, options.mode, options.signal);
  return recentJobs.join(jobKey(job), (signal) => computeOnce(job, 'auto', signal), options.signal);
}

/** Different viewers see different graphs, so this saves work only among viewers who see the same. */
const recentJobs = createSharedJobs<InfluenceArrays>(8);

function jobKey(job: InfluenceJob): string {
  const hash = createHash('sha256').update(job.directed ? 'directed' : 'undirected').update(job.ids.join('\u0000'));
  for (const array of [job.ties.source, job.ties.target, job.ties.directed, job.ties.strength]) {
    hash.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }
  return hash.digest('hex');
}

function computeOnce(job: InfluenceJob, mode: NonNullable<RunOptions['mode']>, signal?: AbortSignal): Promise<InfluenceArrays> {
  const size = job.ties.n + job.ties.source.length;
  if (mode === 'inline' || (mode === 'auto' && size <= INLINE_LIMIT)) return Promise.resolve().then(() => computeInfluenceArrays(job));
  return influenceWorkers().run(job, { signal });
}

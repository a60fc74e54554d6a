/**
 * Where the influence computation (server/graph-algorithms/influence-arrays.ts) runs: inline when
 * small, on the worker pool when large, and once for identical jobs that overlap.
 */
import { createHash } from 'node:crypto';
import { computeInfluenceArrays, type InfluenceArrays, type InfluenceJob } from '../graph-algorithms/influence-arrays.js';
import { influenceWorkers } from '../workers/influence-workers.js';
import { createSharedJobs } from '../workers/shared-jobs.js';

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
  const hash = createHash('sha256')
    .update(job.directed ? 'directed' : 'undirected')
    .update(job.ids.join('\u0000'));
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

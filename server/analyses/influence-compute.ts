/**
 * The CPU-heavy part of the influence analysis as one pure function of plain data, so it runs the
 * same in a worker thread or inline, and `runInfluenceJob` decides where.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { computeCentralities, type Centralities } from './centralities.js';
import { detectCommunities, type Communities } from './communities.js';
import type { TieArrays } from './graph-arrays.js';

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
  /** 'auto' (default): worker above INLINE_LIMIT; tests force either way. */
  mode?: 'auto' | 'worker' | 'inline';
}

/** Runs the job off the event loop when it is large. */
export async function runInfluenceJob(job: InfluenceJob, options: RunOptions = {}): Promise<InfluenceArrays> {
  // An explicit mode is a test forcing a path: it must really run, not come from the cache.
  if (options.mode) return computeOnce(job, options);
  const key = jobKey(job);
  const known = recentJobs.get(key);
  if (known) return known;
  const computing = computeOnce(job, options);
  recentJobs.set(key, computing);
  if (recentJobs.size > RECENT_JOBS) recentJobs.delete(recentJobs.keys().next().value as string);
  computing.catch(() => recentJobs.delete(key));
  return computing;
}

/**
 * Identical jobs share one computation: fifty people opening the influence panel on the same map
 * cost one run, not fifty workers. The key is the job's content (ids, ties, direction), so a
 * changed map is a new key and nothing is ever stale; the cache is small, per process, and only
 * saves work (another instance computes for itself).
 */
const RECENT_JOBS = 8;
const recentJobs = new Map<string, Promise<InfluenceArrays>>();

function jobKey(job: InfluenceJob): string {
  const hash = createHash('sha256').update(job.directed ? 'directed' : 'undirected').update(job.ids.join('\u0000'));
  for (const array of [job.ties.source, job.ties.target, job.ties.directed, job.ties.strength]) {
    hash.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }
  return hash.digest('hex');
}

function computeOnce(job: InfluenceJob, options: RunOptions): Promise<InfluenceArrays> {
  const mode = options.mode ?? 'auto';
  const size = job.ties.n + job.ties.source.length;
  if (mode === 'inline' || (mode === 'auto' && size <= INLINE_LIMIT)) return Promise.resolve().then(() => computeInfluenceArrays(job));
  return runInWorker(job);
}

/**
 * One short-lived worker per job: jobs are rare (a user opens the panel) and a fresh worker cannot
 * leak state between callers. The worker is TypeScript. On Node 20 `execArgv: ['--import', 'tsx']`
 * does not reach a worker's own entry file (ERR_UNKNOWN_FILE_EXTENSION), so a tiny CommonJS
 * bootstrap registers tsx's loader inside the worker first and then imports the worker module;
 * this works under `tsx server/main.ts` and under vitest alike.
 */
function workerBootstrap(): string {
  // The ESM build of tsx's API, found through tsx's own exports map (its CommonJS build fails here).
  const require = createRequire(import.meta.url);
  const manifest = require('tsx/package.json') as { exports: Record<string, { import: { default: string } }> };
  const api = new URL(manifest.exports['./esm/api']?.import.default ?? '', pathToFileURL(require.resolve('tsx/package.json'))).href;
  const entry = new URL('./centrality-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}

function runInWorker(job: InfluenceJob): Promise<InfluenceArrays> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerBootstrap(), { eval: true });
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.once('message', (message: { ok: true; result: InfluenceArrays } | { ok: false; message: string }) => {
      finish(() => (message.ok ? resolve(message.result) : reject(new Error(`Centrality worker failed: ${message.message}`))));
    });
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`Centrality worker exited with code ${code}`))));
    worker.postMessage(job);
  });
}

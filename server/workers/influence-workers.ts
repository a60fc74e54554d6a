/**
 * The process's pool of influence workers (see worker-pool.ts), made on first use.
 *
 * Size: one worker per core but one, at most two. Neo4j usually runs on the same machine and
 * needs a core for the queries that load each graph, and the event loop needs time to serialise
 * results; on the 2-core reference machine that leaves one worker. More than two concurrent
 * influence jobs would only share cores with Neo4j, and each worker holds its own heap.
 *
 * Queue: a job waits while the jobs ahead of it should clear within `QUEUE_WAIT_LIMIT_MS`,
 * judged from recent durations, and at most `MAX_QUEUED` wait; beyond that it is refused with a
 * retry hint (503), since a wait longer than that is one nobody sits through. Identical jobs share
 * one run and never queue twice (see shared-jobs.ts); different viewers or filters make different
 * jobs. Measured on the 2-core machine, a 1,000-actor job takes 0.1-0.2 s and a 5,000-actor one
 * 1.5-3 s, so about fifty 1,000-actor jobs may wait but only four or five 5,000-actor ones; the
 * count cap bounds the memory held by waiting jobs' tie arrays whatever their size.
 */
import { availableParallelism } from 'node:os';
import { startModuleWorker } from './worker-entry.js';
import type { InfluenceArrays, InfluenceJob } from '../graph-algorithms/influence-arrays.js';
import { createWorkerPool, type WorkerPool, type WorkerPoolStats } from './worker-pool.js';

export const DEFAULT_INFLUENCE_WORKERS = Math.max(1, Math.min(availableParallelism() - 1, 2));
const QUEUE_WAIT_LIMIT_MS = 10_000;
const MAX_QUEUED = 64;

export interface InfluenceWorkerLimits {
  size: number;
  maxQueued: number;
  maxQueueWaitMs: number;
}

const defaults = (): InfluenceWorkerLimits => ({
  size: DEFAULT_INFLUENCE_WORKERS,
  maxQueued: MAX_QUEUED,
  maxQueueWaitMs: QUEUE_WAIT_LIMIT_MS,
});
let limits = defaults();
let pool: WorkerPool<InfluenceJob, InfluenceArrays> | null = null;

/** The pool, started on first use (a process that never runs a large job starts no worker). */
export function influenceWorkers(): WorkerPool<InfluenceJob, InfluenceArrays> {
  pool ??= createWorkerPool({ ...limits, name: 'influence', startWorker: () => startModuleWorker(import.meta.url, './influence-worker') });
  return pool;
}

/** What the pool is doing, or null before its first job. */
export function influenceWorkerStats(): WorkerPoolStats | null {
  return pool?.stats() ?? null;
}

/** Stops the workers (shutdown); a later job starts a new pool. */
export async function shutDownInfluenceWorkers(): Promise<void> {
  const stopping = pool;
  pool = null;
  await stopping?.close();
}

/** Sets the pool's limits (tests; default when omitted), replacing the current pool. */
export async function configureInfluenceWorkers(next: Partial<InfluenceWorkerLimits> = {}): Promise<void> {
  await shutDownInfluenceWorkers();
  limits = { ...defaults(), ...next };
}

/**
 * The worker pool with a tiny stand-in worker: workers are reused, no more than `size` jobs run at
 * once, a dead worker fails only its own job and is replaced, an aborted queued job never runs, a
 * full queue refuses at once, close stops everything, and idle workers let a process exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, WorkerCrashedError, WorkerPoolFullError, type WorkerPool } from '../../../server/workers/worker-pool.js';

/**
 * Sleeps `ms` per job and answers with its thread id and how many jobs were running when it
 * started; counters[0] = running now, counters[1] = jobs ever started (shared across threads).
 */
const STAND_IN_WORKER = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job.throwUncaught) { setImmediate(() => { throw new Error('stand-in worker blew up'); }); return; }
  if (job.exitCode !== undefined) process.exit(job.exitCode);
  const counters = new Int32Array(job.counters);
  const runningAtStart = Atomics.add(counters, 0, 1) + 1;
  Atomics.add(counters, 1, 1);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, job.ms);
  Atomics.sub(counters, 0, 1);
  if (job.refuse) parentPort.postMessage({ ok: false, message: 'bad input' });
  else parentPort.postMessage({ ok: true, result: { threadId, runningAtStart, id: job.id } });
});
`;

interface StandInJob {
  id: number;
  ms: number;
  counters: SharedArrayBuffer;
  throwUncaught?: boolean;
  exitCode?: number;
  refuse?: boolean;
}
interface StandInResult {
  threadId: number;
  runningAtStart: number;
  id: number;
}

let pool: WorkerPool<StandInJob, StandInResult> | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

function standInPool(size: number, maxQueued = 100, limits: { maxQueueWaitMs?: number; initialJobMs?: number } = {}) {
  pool = createWorkerPool<StandInJob, StandInResult>({
    size,
    maxQueued,
    ...limits,
    name: 'stand-in',
    startWorker: () => new Worker(STAND_IN_WORKER, { eval: true }),
  });
  const counters = new SharedArrayBuffer(8);
  let next = 0;
  const job = (ms: number, extra: Partial<StandInJob> = {}): StandInJob => ({ id: next++, ms, counters, ...extra });
  const started = () => Atomics.load(new Int32Array(counters), 1);
  return { pool, job, started };
}

describe('worker pool', () => {
  it('reuses its workers: eight jobs on a pool of two run on two threads', async () => {
    const { pool, job } = standInPool(2);
    const first = await Promise.all(Array.from({ length: 4 }, () => pool.run(job(20))));
    const second = await Promise.all(Array.from({ length: 4 }, () => pool.run(job(20))));
    const threads = new Set([...first, ...second].map((result) => result.threadId));
    expect(threads.size).toBe(2);
    expect(pool.stats()).toMatchObject({ workers: 2, workersStarted: 2, running: 0, queued: 0 });
  });

  it('never runs more than its size at once; the rest wait in order', async () => {
    const { pool, job } = standInPool(2);
    const runs = Array.from({ length: 8 }, () => pool.run(job(40)));
    expect(pool.stats()).toMatchObject({ running: 2, queued: 6 });
    const results = await Promise.all(runs);
    expect(Math.max(...results.map((result) => result.runningAtStart))).toBe(2);
    expect(results.map((result) => result.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('a worker that throws fails only its job; the pool starts another and carries on', async () => {
    const { pool, job } = standInPool(2);
    const long = pool.run(job(200));
    const crashing = pool.run(job(0, { throwUncaught: true }));
    const queued = [pool.run(job(20)), pool.run(job(20))];
    await expect(crashing).rejects.toThrow(WorkerCrashedError);
    await expect(crashing).rejects.toThrow(/stand-in worker stopped while computing \(stand-in worker blew up\)/);
    const [longResult, ...rest] = await Promise.all([long, ...queued]);
    expect(longResult.id).toBe(0);
    expect(rest.map((result) => result.id)).toEqual([2, 3]);
    expect(pool.stats()).toMatchObject({ workers: 2, workersStarted: 3 });
  });

  it('a worker that exits says with which code, and the next job gets a new worker', async () => {
    const { pool, job } = standInPool(1);
    const before = await pool.run(job(0));
    await expect(pool.run(job(0, { exitCode: 3 }))).rejects.toThrow(/exited with code 3/);
    const after = await pool.run(job(0));
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('a job the worker refuses is rejected with its message, and the worker stays', async () => {
    const { pool, job } = standInPool(1);
    await expect(pool.run(job(0, { refuse: true }))).rejects.toThrow('The stand-in worker failed: bad input');
    await pool.run(job(0));
    expect(pool.stats().workersStarted).toBe(1);
  });

  it('drops a queued job whose signal aborts: it is rejected at once and never runs', async () => {
    const { pool, job, started } = standInPool(1);
    const running = pool.run(job(300));
    const leaving = new AbortController();
    const queued = pool.run(job(0), { signal: leaving.signal });
    const gone = new Error('client gone');
    leaving.abort(gone);
    await expect(queued).rejects.toBe(gone);
    expect(pool.stats()).toMatchObject({ running: 1, queued: 0 });
    await running;
    await pool.run(job(0));
    expect(started()).toBe(2);
    // Already aborted: refused without queueing.
    await expect(pool.run(job(0), { signal: AbortSignal.abort(gone) })).rejects.toBe(gone);
  });

  it('lets a running job finish when its signal aborts', async () => {
    const { pool, job } = standInPool(1);
    const leaving = new AbortController();
    const running = pool.run(job(100), { signal: leaving.signal });
    leaving.abort();
    await expect(running).resolves.toMatchObject({ id: 0 });
  });

  it('refuses a job at once when the queue is full, with a retry hint, and accepts again once it drains', async () => {
    const { pool, job } = standInPool(1, 2);
    const accepted = [pool.run(job(100)), pool.run(job(0)), pool.run(job(0))];
    const refused = pool.run(job(0));
    await expect(refused).rejects.toThrow(WorkerPoolFullError);
    const error = (await refused.catch((reason: unknown) => reason)) as WorkerPoolFullError;
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
    await Promise.all(accepted);
    await expect(pool.run(job(0))).resolves.toMatchObject({ id: 4 });
  });

  it('refuses a job whose wait, judged from recent durations, would be too long', async () => {
    // 100 ms assumed per job, at most 450 ms of waiting: the sixth job would have one running and
    // four queued (500 ms) ahead of it.
    const { pool, job } = standInPool(1, 100, { initialJobMs: 100, maxQueueWaitMs: 450 });
    const accepted = Array.from({ length: 5 }, () => pool.run(job(0)));
    await expect(pool.run(job(0))).rejects.toThrow(WorkerPoolFullError);
    expect(pool.stats()).toMatchObject({ running: 1, queued: 4 });
    await Promise.all(accepted);
    // Jobs that take about no time bring the average down, and then eight may wait at once.
    for (let i = 0; i < 20; i += 1) await pool.run(job(0));
    expect(pool.stats().averageJobMs).toBeLessThan(50);
    await expect(Promise.all(Array.from({ length: 8 }, () => pool.run(job(0))))).resolves.toHaveLength(8);
  });

  it('close rejects unfinished jobs, stops the workers and refuses new jobs', async () => {
    const { pool, job } = standInPool(1);
    const outcomes = Promise.allSettled([pool.run(job(200)), pool.run(job(0))]);
    await pool.close();
    for (const outcome of await outcomes) {
      expect(outcome.status).toBe('rejected');
      expect(String((outcome as PromiseRejectedResult).reason)).toMatch(/shutting down/);
    }
    expect(pool.stats().workers).toBe(0);
    await expect(pool.run(job(0))).rejects.toThrow(/shut down/);
  });

  it('does not keep a process alive once its workers are idle', () => {
    const script = `
      import { Worker } from 'node:worker_threads';
      import { createWorkerPool } from ${JSON.stringify(new URL('../../../server/workers/worker-pool.ts', import.meta.url).href)};
      const pool = createWorkerPool({ size: 2, maxQueued: 4, name: 'stand-in', startWorker: () => new Worker(${JSON.stringify(STAND_IN_WORKER)}, { eval: true }) });
      const counters = new SharedArrayBuffer(8);
      const results = await Promise.all([0, 1].map((id) => pool.run({ id, ms: 10, counters })));
      console.log('done', results.length);
    `;
    // A file, not `-e`: `--input-type=module` would reach the eval'd CommonJS workers too.
    const file = join(mkdtempSync(join(tmpdir(), 'worker-pool-test-')), 'idle-pool.mjs');
    writeFileSync(file, script);
    const child = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', timeout: 20_000 });
    rmSync(dirname(file), { recursive: true, force: true });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('done 2');
    // Killed by the timeout (never closed) would be status null with signal SIGTERM.
    expect(child.status).toBe(0);
  }, 30_000);
});

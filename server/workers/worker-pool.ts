/**
 * A fixed set of long-lived worker threads with a bounded FIFO queue. Starting a worker costs far
 * more than most jobs (and, in development, the TypeScript worker compiles itself on start), and running every job at
 * once on a small machine makes each of them slower, so workers are started lazily, reused, and
 * never more than `size` jobs run at a time. The rest wait in order. A job is refused at once with
 * `WorkerPoolFullError` when `maxQueued` already wait, or when the jobs ahead of it would take
 * longer than `maxQueueWaitMs` (judged from recent jobs' durations, so the queue is long for small
 * jobs and short for large ones), so the caller can say "busy, retry later" instead of letting
 * requests pile up. A queued job whose signal aborts is dropped before it starts; a job
 * already running finishes (stopping it would cost a new worker, and its result may still serve
 * the next identical request). A worker that dies fails only its own job and is replaced on
 * demand. Idle workers are unref'd so the pool never keeps a process alive.
 *
 * Protocol: the pool posts the job; the worker answers one message per job,
 * `{ ok: true, result }` or `{ ok: false, message }`.
 */
import type { Worker } from 'node:worker_threads';

export interface WorkerPoolOptions {
  /** Most jobs running at once (= most workers alive). */
  size: number;
  /** Most jobs waiting for a worker; one more is refused with `WorkerPoolFullError`. */
  maxQueued: number;
  /** A job is also refused when the jobs ahead of it are expected to take longer than this. */
  maxQueueWaitMs?: number;
  /** The duration assumed for a job until some have finished (default 1 s). */
  initialJobMs?: number;
  /** Starts one worker; called when a job needs one and fewer than `size` are alive. */
  startWorker(): Worker;
  /** What the workers compute, for error messages ("influence"). */
  name: string;
}

export interface WorkerPoolStats {
  size: number;
  maxQueued: number;
  /** Workers alive now. */
  workers: number;
  /** Jobs running now. */
  running: number;
  queued: number;
  /** Workers started since the pool was made (a reused worker is counted once). */
  workersStarted: number;
  /** Recent jobs' duration, from handing the job to a worker to its answer. */
  averageJobMs: number;
}

export interface WorkerPool<Job, Result> {
  /** Runs `job` on the next free worker. Rejects with `WorkerPoolFullError`, `WorkerCrashedError`, the signal's reason, or the worker's own error. */
  run(job: Job, options?: { signal?: AbortSignal }): Promise<Result>;
  stats(): WorkerPoolStats;
  /** Stops every worker; jobs not finished are rejected. The pool refuses jobs afterwards. */
  close(): Promise<void>;
}

/** The queue is full: the caller should answer "busy" and suggest retrying after `retryAfterSeconds`. */
export class WorkerPoolFullError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    name: string,
  ) {
    super(`The ${name} workers are busy with other requests; try again in ${retryAfterSeconds} s`);
    this.name = 'WorkerPoolFullError';
  }
}

/** The worker running the job died (uncaught error, out of memory, exit) before answering. */
export class WorkerCrashedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashedError';
  }
}

interface PendingJob<Job, Result> {
  job: Job;
  resolve(result: Result): void;
  reject(error: unknown): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface PooledWorker<Job, Result> {
  worker: Worker;
  current: PendingJob<Job, Result> | null;
  startedAt: number;
  jobsDone: number;
}

type WorkerAnswer<Result> = { ok: true; result: Result } | { ok: false; message: string };

const INITIAL_JOB_MS = 1000;
const MAX_RETRY_AFTER_SECONDS = 60;

export function createWorkerPool<Job, Result>(options: WorkerPoolOptions): WorkerPool<Job, Result> {
  const size = Math.max(1, Math.floor(options.size));
  const maxQueued = Math.max(0, Math.floor(options.maxQueued));
  const workers = new Set<PooledWorker<Job, Result>>();
  const queue: PendingJob<Job, Result>[] = [];
  let workersStarted = 0;
  const maxQueueWaitMs = options.maxQueueWaitMs ?? Number.POSITIVE_INFINITY;
  // A moving average of recent job durations, for the expected wait.
  let averageJobMs = options.initialJobMs ?? INITIAL_JOB_MS;
  let closed = false;

  const idleWorker = () => [...workers].find((pooled) => pooled.current === null);

  function startWorker(): PooledWorker<Job, Result> {
    const pooled: PooledWorker<Job, Result> = { worker: options.startWorker(), current: null, startedAt: 0, jobsDone: 0 };
    workersStarted += 1;
    workers.add(pooled);
    pooled.worker.on('message', (answer: WorkerAnswer<Result>) => {
      const pending = pooled.current;
      if (!pending) return;
      // A worker's first job also waited for the worker to start; it would skew the average.
      if (pooled.jobsDone > 0) averageJobMs = 0.8 * averageJobMs + 0.2 * (performance.now() - pooled.startedAt);
      pooled.jobsDone += 1;
      release(pooled);
      if (answer.ok) pending.resolve(answer.result);
      else pending.reject(new Error(`The ${options.name} worker failed: ${answer.message}`));
    });
    // 'error' (an uncaught exception in the worker) is always followed by 'exit'; the job is
    // failed with the first, clearer reason.
    let failure: string | null = null;
    pooled.worker.on('error', (error) => {
      failure ??= error.message;
    });
    pooled.worker.once('exit', (code) => {
      workers.delete(pooled);
      const pending = pooled.current;
      pooled.current = null;
      if (pending && !closed) {
        const reason = failure ?? `it exited with code ${code}`;
        pending.reject(
          new WorkerCrashedError(
            `The ${options.name} worker stopped while computing (${reason}); this request was not completed, try again`,
          ),
        );
      }
      // Its queue does not wait for a worker that is gone: the next job starts a new one.
      pump();
    });
    return pooled;
  }

  function release(pooled: PooledWorker<Job, Result>): void {
    pooled.current = null;
    pooled.worker.unref();
    pump();
  }

  /** The oldest queued job, no longer abortable. */
  function takeNext(): PendingJob<Job, Result> {
    const pending = queue.shift()!;
    if (pending.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
    return pending;
  }

  /** Hands queued jobs to free (or new) workers, oldest first. */
  function pump(): void {
    while (!closed && queue.length > 0) {
      let pooled = idleWorker();
      if (!pooled && workers.size < size) {
        try {
          pooled = startWorker();
        } catch (error) {
          takeNext().reject(error);
          continue;
        }
      }
      if (!pooled) return;
      const pending = takeNext();
      pooled.current = pending;
      pooled.startedAt = performance.now();
      pooled.worker.ref();
      pooled.worker.postMessage(pending.job);
    }
  }

  /** Expected time for the jobs ahead of a new one (running and queued) to clear, spread over the workers. */
  function expectedWaitMs(): number {
    const ahead = queue.length + [...workers].filter((pooled) => pooled.current).length;
    return (averageJobMs * ahead) / size;
  }

  function isFull(): boolean {
    const hasFreeWorker = idleWorker() !== undefined || workers.size < size;
    return !hasFreeWorker && (queue.length >= maxQueued || expectedWaitMs() > maxQueueWaitMs);
  }

  return {
    run(job, runOptions = {}) {
      const { signal } = runOptions;
      if (closed) return Promise.reject(new Error(`The ${options.name} workers are shut down`));
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (isFull()) {
        const retryAfterSeconds = Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil(expectedWaitMs() / 1000)));
        return Promise.reject(new WorkerPoolFullError(retryAfterSeconds, options.name));
      }
      return new Promise<Result>((resolve, reject) => {
        const pending: PendingJob<Job, Result> = { job, resolve, reject, signal };
        if (signal) {
          // Only while queued: once running, the job finishes (see the header).
          pending.onAbort = () => {
            const index = queue.indexOf(pending);
            if (index === -1) return;
            queue.splice(index, 1);
            reject(signal.reason);
          };
          signal.addEventListener('abort', pending.onAbort, { once: true });
        }
        queue.push(pending);
        pump();
      });
    },
    stats() {
      return {
        size,
        maxQueued,
        workers: workers.size,
        running: [...workers].filter((pooled) => pooled.current).length,
        queued: queue.length,
        workersStarted,
        averageJobMs: Math.round(averageJobMs),
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      const stopped = new Error(`The ${options.name} workers are shutting down`);
      while (queue.length > 0) takeNext().reject(stopped);
      await Promise.all(
        [...workers].map(async (pooled) => {
          pooled.current?.reject(stopped);
          pooled.current = null;
          await pooled.worker.terminate();
        }),
      );
      workers.clear();
    },
  };
}

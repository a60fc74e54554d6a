/**
 * Shared computations: identical keys share one run; the run is abandoned only when every
 * requester waiting for it has gone; failures are not kept.
 */
import { describe, expect, it } from 'vitest';
import { createSharedJobs } from '../../../server/workers/shared-jobs.js';

/** A computation the test finishes by hand, recording the signal it was given. */
function controllable() {
  const started: AbortSignal[] = [];
  let finish: (value: string) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const start = (signal: AbortSignal) => {
    started.push(signal);
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      fail = reject;
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  };
  return { started, start, finish: (value: string) => finish(value), fail: (error: unknown) => fail(error) };
}

describe('shared jobs', () => {
  it('runs identical concurrent jobs once and keeps the result for the next', async () => {
    const jobs = createSharedJobs<string>(4);
    const work = controllable();
    const both = Promise.all([jobs.join('k', work.start), jobs.join('k', work.start)]);
    work.finish('done');
    expect(await both).toEqual(['done', 'done']);
    expect(await jobs.join('k', work.start)).toBe('done');
    expect(work.started).toHaveLength(1);
  });

  it('keeps a shared job running while one requester still waits, and abandons it when the last leaves', async () => {
    const jobs = createSharedJobs<string>(4);
    const work = controllable();
    const first = new AbortController();
    const second = new AbortController();
    const firstResult = jobs.join('k', work.start, first.signal);
    const secondResult = jobs.join('k', work.start, second.signal);
    first.abort(new Error('first gone'));
    expect(work.started[0]!.aborted).toBe(false);
    second.abort(new Error('second gone'));
    expect(work.started[0]!.aborted).toBe(true);
    await expect(secondResult).rejects.toThrow('second gone');
    await expect(firstResult).rejects.toThrow('second gone');
    // A new request does not join the abandoned run: it starts afresh.
    const again = jobs.join('k', work.start);
    expect(work.started).toHaveLength(2);
    work.finish('fresh');
    expect(await again).toBe('fresh');
  });

  it('never abandons a job that a requester without a signal waits for', async () => {
    const jobs = createSharedJobs<string>(4);
    const work = controllable();
    const leaving = new AbortController();
    const staying = jobs.join('k', work.start);
    const left = jobs.join('k', work.start, leaving.signal);
    leaving.abort();
    expect(work.started[0]!.aborted).toBe(false);
    work.finish('done');
    expect(await staying).toBe('done');
    expect(await left).toBe('done');
  });

  it('gives a requester that already left the reason at once, without starting anything', async () => {
    const jobs = createSharedJobs<string>(4);
    const work = controllable();
    await expect(jobs.join('k', work.start, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
    expect(work.started).toHaveLength(0);
  });

  it('does not keep a failure: the next request tries again', async () => {
    const jobs = createSharedJobs<string>(4);
    const work = controllable();
    const failing = jobs.join('k', work.start);
    work.fail(new Error('busy'));
    await expect(failing).rejects.toThrow('busy');
    const retry = jobs.join('k', work.start);
    work.finish('done');
    expect(await retry).toBe('done');
    expect(work.started).toHaveLength(2);
  });

  it('keeps only the last few keys', async () => {
    const jobs = createSharedJobs<string>(2);
    let runs = 0;
    const start = async () => `run ${++runs}`;
    for (const key of ['a', 'b', 'c']) await jobs.join(key, start);
    expect(await jobs.join('c', start)).toBe('run 3');
    expect(await jobs.join('a', start)).toBe('run 4');
  });
});

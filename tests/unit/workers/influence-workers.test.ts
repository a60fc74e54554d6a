/**
 * The influence analysis on its worker pool: one worker serves job after job with the same
 * numbers as inline, jobs beyond the pool's size wait, a queued job whose requesters have gone is
 * dropped, and a shut-down pool is replaced by the next job.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { toTieArrays } from '../../../server/graph-algorithms/graph-arrays.js';
import { runInfluenceJob } from '../../../server/analyses/influence-compute.js';
import { computeInfluenceArrays, type InfluenceJob } from '../../../server/graph-algorithms/influence-arrays.js';
import { configureInfluenceWorkers, influenceWorkerStats, shutDownInfluenceWorkers } from '../../../server/workers/influence-workers.js';
import { generateActorGraph } from '../../support/analysis-random-graph.js';

/** 600 actors and 1,200 ties: above INLINE_LIMIT, so 'auto' uses the pool; a distinct seed is a distinct job. */
function job(seed: number, actors = 600, ties = 1200): InfluenceJob {
  const graph = generateActorGraph(actors, ties, seed);
  const tieList = graph.ties.map((tie) => ({ sourceId: tie.source, targetId: tie.target, directed: tie.directed, strength: tie.strength }));
  return { ties: toTieArrays(graph.nodes, tieList), ids: graph.nodes, directed: false };
}

beforeEach(() => configureInfluenceWorkers({ size: 1, maxQueued: 4 }));
afterAll(() => configureInfluenceWorkers());

describe('influence workers', () => {
  it('reuse one worker for job after job, with the same numbers as inline', async () => {
    for (const seed of [1, 2, 3]) {
      const input = job(seed);
      const pooled = await runInfluenceJob(input, { mode: 'worker' });
      const inline = computeInfluenceArrays(input);
      expect(Array.from(pooled.betweenness)).toEqual(Array.from(inline.betweenness));
      expect(Array.from(pooled.membership)).toEqual(Array.from(inline.membership));
    }
    expect(influenceWorkerStats()).toMatchObject({ workersStarted: 1, workers: 1 });
  });

  it('run no more jobs at once than the pool has workers', async () => {
    const runs = [4, 5, 6].map((seed) => runInfluenceJob(job(seed), { mode: 'worker' }));
    expect(influenceWorkerStats()).toMatchObject({ running: 1, queued: 2 });
    await Promise.all(runs);
    expect(influenceWorkerStats()).toMatchObject({ running: 0, queued: 0, workersStarted: 1 });
  });

  it('drop a queued job once its only requester has gone, and finish the one running', async () => {
    const running = runInfluenceJob(job(7, 2000, 6000));
    const leaving = new AbortController();
    const queued = runInfluenceJob(job(8), { signal: leaving.signal });
    expect(influenceWorkerStats()).toMatchObject({ running: 1, queued: 1 });
    leaving.abort(new Error('client gone'));
    await expect(queued).rejects.toThrow('client gone');
    expect(influenceWorkerStats()).toMatchObject({ running: 1, queued: 0 });
    expect((await running).betweenness).toHaveLength(2000);
  });

  it('start a new pool for the next job after shutdown', async () => {
    await runInfluenceJob(job(9), { mode: 'worker' });
    await shutDownInfluenceWorkers();
    expect(influenceWorkerStats()).toBeNull();
    await runInfluenceJob(job(10), { mode: 'worker' });
    expect(influenceWorkerStats()).toMatchObject({ workersStarted: 1 });
  });
});

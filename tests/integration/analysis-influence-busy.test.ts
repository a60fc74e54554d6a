/**
 * GET /api/analysis/influence when its worker pool is busy, through the real route and Neo4j:
 * a full queue is a 503 `server_busy` with Retry-After (and a 200 once it drains), and a request
 * whose client disconnects while queued is dropped before it starts. The pool is shrunk to one
 * worker and one queue slot, and occupied with large synthetic jobs run directly (same process).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toTieArrays } from '../../server/graph-algorithms/graph-arrays.js';
import { runInfluenceJob } from '../../server/analyses/influence-compute.js';
import type { InfluenceJob } from '../../server/graph-algorithms/influence-arrays.js';
import { configureInfluenceWorkers, influenceWorkerStats } from '../../server/workers/influence-workers.js';
import { analysis, resetWith } from '../support/analysis-api.js';
import { generateActorGraph } from '../support/analysis-random-graph.js';
import { authHeaders } from '../support/http.js';
import { largeMap } from '../support/large-map.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // 600 actors + 1,200 ties is above INLINE_LIMIT, so the route's job goes to the pool.
  await resetWith(server, largeMap(600, 1200));
}, 120_000);
beforeEach(() => configureInfluenceWorkers({ size: 1, maxQueued: 1 }));
afterAll(async () => {
  await configureInfluenceWorkers();
  await server?.close();
});

/** A job that keeps the one worker busy for seconds (far longer than loading the 600-actor map). */
// 5,000 actors took about 0.8 s on a quiet machine: less than a request needs to reach the queue.
function occupyingJob(seed: number, actors = 20_000, ties = 60_000): InfluenceJob {
  const graph = generateActorGraph(actors, ties, seed);
  const tieList = graph.ties.map((tie) => ({ sourceId: tie.source, targetId: tie.target, directed: tie.directed, strength: tie.strength }));
  return { ties: toTieArrays(graph.nodes, tieList), ids: graph.nodes, directed: false };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(influenceWorkerStats())}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('influence when the workers are busy', () => {
  it('answers 503 server_busy with Retry-After while the queue is full, and 200 once it drains', async () => {
    const occupying = [
      runInfluenceJob(occupyingJob(1), { mode: 'worker' }),
      runInfluenceJob(occupyingJob(2, 600, 1200), { mode: 'worker' }),
    ];
    expect(influenceWorkerStats()).toMatchObject({ running: 1, queued: 1 });

    const busy = await analysis(server, 'influence');
    expect(busy.status).toBe(503);
    expect(busy.body.error.code).toBe('server_busy');
    expect(busy.body.error.message).toMatch(/busy with other analyses; try again in \d+ s/);
    const retryAfter = Number(busy.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // The refusal came while the queue was still full, not after some other failure.
    expect(influenceWorkerStats()).toMatchObject({ running: 1, queued: 1 });

    await Promise.all(occupying);
    const free = await analysis(server, 'influence');
    expect(free.status).toBe(200);
    expect(free.body.actorCount).toBe(600);
  }, 120_000);

  it('drops a queued request whose client disconnects, before it starts', async () => {
    let occupyingDone = false;
    const occupying = runInfluenceJob(occupyingJob(3), { mode: 'worker' }).finally(() => (occupyingDone = true));
    const client = new AbortController();
    const request = fetch(`${server.baseUrl}/api/analysis/influence?directed=true`, {
      headers: authHeaders(server.baseUrl),
      signal: client.signal,
    }).catch((error: unknown) => (error as Error).name);
    await waitFor(() => influenceWorkerStats()?.queued === 1, 'the request to reach the queue');
    client.abort();
    expect(await request).toBe('AbortError');
    await waitFor(() => influenceWorkerStats()?.queued === 0, 'the queue to empty');
    // It left the queue while the worker was still busy with the other job: dropped, never run.
    expect(occupyingDone).toBe(false);
    expect(influenceWorkerStats()).toMatchObject({ running: 1, queued: 0 });
    // Nothing is left to run after the occupying job, so it need not finish (tens of seconds of
    // a core on a busy machine): the pool is closed under it, as a server shutting down closes it.
    const stopped = expect(occupying).rejects.toThrow(/shutting down/);
    await configureInfluenceWorkers({ size: 1, maxQueued: 1 });
    await stopped;
  }, 120_000);
});

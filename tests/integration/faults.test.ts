/**
 * Fault tests, through a proxy in front of the run's Neo4j (tests/support/bolt-fault-proxy.ts):
 * the connection drops right after a commit; the database goes away (every connection cut, new
 * ones refused, as the app sees a stopped server) and comes back. The app reaches the database
 * only through the proxy; the counts that judge it use a connection of their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBoltFaultProxy, type BoltFaultProxy } from '../support/bolt-fault-proxy.js';
import { request } from '../support/http.js';
import { testNeo4j } from '../support/test-neo4j.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let proxy: BoltFaultProxy;
let server: TestServer;
let baseUrl: string;
let token: string;

beforeAll(async () => {
  proxy = await startBoltFaultProxy(testNeo4j().uri);
  server = await startTestServer({ database: { uri: proxy.uri, maxRetryTimeMs: 4_000 } });
  await server.reset();
  ({ baseUrl, token } = server);
});

afterAll(async () => {
  await server?.close();
  await proxy?.close();
});

const countByName = async (name: string) =>
  (await request(baseUrl, 'GET', `/api/actors?text=${encodeURIComponent(name)}`)).body.total as number;

// A retried write plans and runs its large fragment-expanded queries twice on a loaded 2-core
// machine. The tests prove what the retry leaves, not how fast it is.
describe('connection dropped right after a commit', { timeout: 120_000 }, () => {
  it('the driver retries the write and it leaves exactly one actor', async () => {
    proxy.dropAfterNextCommit();
    const created = await request(baseUrl, 'POST', '/api/actors', { name: 'Retried Once Association', kind: 'civil_society' });
    expect(proxy.drops()).toBe(1);
    expect(created.status).toBe(201);
    expect(await countByName('Retried Once Association')).toBe(1);
  });

  it('the same for a tie', async () => {
    const a = await request(baseUrl, 'POST', '/api/actors', { id: 'fault-a', name: 'Fault A', kind: 'donor' });
    const b = await request(baseUrl, 'POST', '/api/actors', { id: 'fault-b', name: 'Fault B', kind: 'civil_society' });
    expect([a.status, b.status]).toEqual([201, 201]);
    const dropsBefore = proxy.drops();
    proxy.dropAfterNextCommit();
    const tie = await request(baseUrl, 'POST', '/api/ties', { type: 'funds', sourceId: 'fault-a', targetId: 'fault-b' });
    expect(proxy.drops()).toBe(dropsBefore + 1);
    expect(tie.status).toBe(201);
    expect((await request(baseUrl, 'GET', '/api/ties?actor=fault-a')).body.total).toBe(1);
  });

  it('a client retry with the same Idempotency-Key creates the actor once', async () => {
    const send = () =>
      fetch(`${baseUrl}/api/actors`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'retry-key-0001', authorization: `Bearer ${token}` },
        body: JSON.stringify({ name: 'Idempotent Union', kind: 'civil_society', subtype: 'trade_union' }),
      });
    const first = await send();
    const second = await send();
    expect([first.status, second.status]).toEqual([201, 201]);
    expect((await first.json()).id).toBe((await second.json()).id);
    expect(await countByName('Idempotent Union')).toBe(1);
  });
});

describe('database stops and comes back', () => {
  it('answers 503 with a clear message while it is down, and recovers by itself', async () => {
    proxy.cut();
    const started = Date.now();
    const down = await request(baseUrl, 'GET', '/api/actors');
    expect(down.status).toBe(503);
    expect(down.body.error).toEqual({
      code: 'database_unavailable',
      message: 'The database is unavailable; try again shortly',
      messageCode: 'database_unavailable',
      params: {},
    });
    // As a health probe asks it (no token, so no account is looked up): one attempt, no retries,
    // so it says "down" at once instead of after the retry time.
    const attemptsBefore = proxy.refused();
    const health = await fetch(`${baseUrl}/api/health`);
    expect(health.status).toBe(503);
    expect((await health.json()).neo4j.reachable).toBe(false);
    expect(proxy.refused() - attemptsBefore).toBe(1);
    process.stderr.write(`[faults] 503 answered within ${Date.now() - started} ms of the database stopping\n`);

    proxy.restore();
    const back = await request(baseUrl, 'GET', '/api/actors?text=Retried');
    expect(back.status).toBe(200);
    expect(back.body.total).toBe(1);
    expect((await request(baseUrl, 'GET', '/api/health')).body.status).toBe('ok');
  }, 60_000);
});

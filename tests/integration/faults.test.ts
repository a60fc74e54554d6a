/**
 * Fault tests on a Neo4j of their own (started by the local launcher, so it can be stopped):
 * the database goes away and comes back; the connection drops right after a commit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j-local/launcher.js';
import { createApp } from '../../server/app.js';
import { createDatabase, type Database } from '../../server/db/database.js';
import { loadQueryStore } from '../../server/db/query-store.js';
import { applySchema } from '../../server/db/schema.js';
import { createLogger } from '../../server/logger.js';
import { CYPHER_DIR } from '../../server/runtime.js';
import { startBoltFaultProxy, type BoltFaultProxy } from '../support/bolt-fault-proxy.js';
import { TEST_PLANNER_SETTINGS } from '../support/test-neo4j-settings.js';
import { request, setDefaultToken } from '../support/http.js';
import { createCredentials } from '../../server/access/credentials.js';
import { createUserStore } from '../../server/access/user-store.js';

const PASSWORD = 'fault-test';
const queries = loadQueryStore(CYPHER_DIR);
let dataDir: string;
let port: number;
let neo4j: LocalNeo4j;
let proxy: BoltFaultProxy;
let db: Database;
let server: Server;
let baseUrl: string;
let token: string;

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port: chosen } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return chosen;
}

const startDatabase = () =>
  startLocalNeo4j({ dataDir, port, password: PASSWORD, heap: '384m', pageCache: '64m', settings: TEST_PLANNER_SETTINGS });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'actor-map-faults-'));
  port = await freePort();
  neo4j = await startDatabase();
  proxy = await startBoltFaultProxy(`bolt://127.0.0.1:${port}`);
  db = createDatabase({ uri: proxy.uri, user: 'neo4j', password: PASSWORD, queries, maxRetryTimeMs: 4_000 });
  await applySchema(db, queries);
  const user = await createUserStore(db).create({
    username: 'fault-analyst',
    displayName: 'Faults',
    password: 'fault-password-1',
    role: 'analyst',
    clearance: 'confidential',
  });
  token = (await createCredentials(db).createApiToken(user.id, 'faults')).token!;
  server = createApp({ db, logger: createLogger('silent') }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  setDefaultToken(baseUrl, token);
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
  await proxy?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const countByName = async (name: string) =>
  (await request(baseUrl, 'GET', `/api/actors?text=${encodeURIComponent(name)}`)).body.total as number;

// A Neo4j of its own, started cold with a small heap: each first write plans its large
// fragment-expanded queries (5-7 s each on a loaded 2-core machine), and a retried write runs
// them twice. The tests prove what the retry leaves, not how fast it is.
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
    await neo4j.stop();
    const started = Date.now();
    const down = await request(baseUrl, 'GET', '/api/actors');
    expect(down.status).toBe(503);
    expect(down.body.error).toEqual({
      code: 'database_unavailable',
      message: 'The database is unavailable; try again shortly',
      messageCode: 'database_unavailable',
      params: {},
    });
    const health = await request(baseUrl, 'GET', '/api/health');
    expect(health.status).toBe(503);
    expect(health.body.neo4j.reachable).toBe(false);
    process.stderr.write(`[faults] 503 answered within ${Date.now() - started} ms of the database stopping\n`);

    neo4j = await startDatabase();
    const back = await request(baseUrl, 'GET', '/api/actors?text=Retried');
    expect(back.status).toBe(200);
    expect(back.body.total).toBe(1);
    expect((await request(baseUrl, 'GET', '/api/health')).body.status).toBe('ok');
  }, 180_000);
});

/**
 * A database so busy that no pooled connection frees up within the acquisition timeout (what the
 * soak's 50 clients on the map and the influence analysis caused) is a 503 the client may retry,
 * like an unreachable one, not a 500. Here the pool has one connection, held by an open
 * transaction, and a short acquisition timeout.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { createDatabase, type Database } from '../../server/db/database.js';
import { loadQueryStore } from '../../server/db/query-store.js';
import { createLogger } from '../../server/logger.js';
import { CYPHER_DIR } from '../../server/runtime.js';
import { request } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { testNeo4j } from '../support/test-neo4j.js';

let testServer: TestServer;
let busyDb: Database;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  testServer = await startTestServer();
  const neo4j = testNeo4j();
  busyDb = createDatabase({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    queries: loadQueryStore(CYPHER_DIR),
    maxConnectionPoolSize: 1,
    connectionAcquisitionTimeoutMs: 300,
  });
  const app = createApp({ db: busyDb, logger: createLogger('silent') });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await busyDb?.close();
  await testServer?.close();
});

describe('a database with no free connection', () => {
  it('answers 503 database_unavailable while every connection is busy, and 200 once one frees up', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = () => {};
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    // Holds the pool's only connection in an open transaction until released.
    const transaction = busyDb.readTransaction(async (tx) => {
      await tx.run('outputs/list-outputs');
      holding();
      await released;
    });
    await held;

    const busy = await request(baseUrl, 'GET', '/api/graph', undefined, { as: testServer.token });
    expect(busy.status).toBe(503);
    expect(busy.body.error.code).toBe('database_unavailable');

    release();
    await transaction;
    // A retry succeeds once the connection is back. The pool returns it as the transaction ends, but
    // a request is several queries on that one connection, and on a loaded machine one of them may
    // wait past the short timeout behind another: so retry as the client does, within a few seconds.
    let free = await request(baseUrl, 'GET', '/api/graph', undefined, { as: testServer.token });
    for (let retry = 0; free.status === 503 && retry < 20; retry += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      free = await request(baseUrl, 'GET', '/api/graph', undefined, { as: testServer.token });
    }
    expect(free.status).toBe(200);
  });
});

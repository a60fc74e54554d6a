/**
 * The real server as a process, compiled as `npm start` runs it (dist/server/main.js): it logs
 * one JSON line per request without query strings or bodies, and on SIGTERM finishes in-flight
 * requests, closes the driver and exits 0.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentials } from '../../server/access/credentials.js';
import { createUserStore } from '../../server/access/user-store.js';
import { SYSTEM_VIEWER, accessParameters } from '../../server/access/viewer.js';
import { buildServerIfStale, COMPILED_MAIN } from '../support/compiled-server.js';
import { openTestDatabase } from '../support/test-server.js';
import { testNeo4j } from '../support/test-neo4j.js';

let child: ChildProcessWithoutNullStreams;
let output = '';
let baseUrl = '';
let authorization = '';

async function waitFor(predicate: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; output so far:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  const { db } = openTestDatabase();
  const users = createUserStore(db);
  const existing = (await users.list()).find((user) => user.username === 'lifecycle-analyst');
  const user =
    existing ??
    (await users.create({
      username: 'lifecycle-analyst',
      displayName: 'Lifecycle',
      password: 'lifecycle-password',
      role: 'analyst',
      clearance: 'confidential',
    }));
  authorization = `Bearer ${(await createCredentials(db).createApiToken(user.id, 'lifecycle test')).token}`;
  await db.close();
  const neo4j = testNeo4j();
  buildServerIfStale();
  child = spawn(process.execPath, [COMPILED_MAIN], {
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      PORT: '0',
      HOST: '127.0.0.1',
      ACTOR_MAP_SEED: 'none',
    },
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => /ready at (http:\/\/localhost:\d+)/.test(output), 'the server to be ready');
  baseUrl = /ready at (http:\/\/localhost:\d+)/.exec(output)![1]!.replace('localhost', '127.0.0.1');
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe('server process', () => {
  it('prints how long it took to be ready', () => {
    expect(output).toMatch(/started in \d+(\.\d+)? s/);
  });

  it('logs one JSON line per request, without the query string', async () => {
    await fetch(`${baseUrl}/api/actors?text=Secret%20Informant%20Name`, { headers: { authorization } });
    await waitFor(() => output.includes('"route":"/api/actors"'), 'the request log line');
    const line = output.split('\n').find((l) => l.includes('"route":"/api/actors"'))!;
    const entry = JSON.parse(line);
    expect(entry).toMatchObject({ msg: 'request', method: 'GET', route: '/api/actors', status: 200 });
    expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof entry.durationMs).toBe('number');
    expect(output).not.toContain('Secret');
  });

  it('on SIGTERM under load finishes the requests in flight, loses no acknowledged write, then exits cleanly', async () => {
    const run = Math.random().toString(36).slice(2, 8);
    const reads = Array.from({ length: 5 }, () => fetch(`${baseUrl}/api/graph`, { headers: { authorization } }).then((r) => r.status));
    const writes = Array.from({ length: 40 }, (_, i) =>
      fetch(`${baseUrl}/api/actors`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ id: `sigterm-${run}-${i}`, name: `Under load ${i}`, kind: 'civil_society' }),
      }).then(
        (r) => ({ id: `sigterm-${run}-${i}`, status: r.status }),
        () => ({ id: `sigterm-${run}-${i}`, status: 0 }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(await Promise.all(reads)).toEqual([200, 200, 200, 200, 200]);
    const answered = await Promise.all(writes);
    const acknowledged = answered.filter((w) => w.status === 201).map((w) => w.id);
    expect(acknowledged.length).toBeGreaterThan(0);
    // Every write the server acknowledged is in the database; nothing answered half-way.
    for (const w of answered) expect([0, 201]).toContain(w.status);
    const { db } = openTestDatabase();
    const [row] = await db.read('actors/find-missing-actors', { ids: acknowledged, access: accessParameters(SYSTEM_VIEWER) });
    await db.close();
    expect(row?.missing).toEqual([]);
    expect(code).toBe(0);
    expect(output).toContain('"msg":"stopped"');
    await expect(fetch(`${baseUrl}/api/health`)).rejects.toThrow();
  });
});

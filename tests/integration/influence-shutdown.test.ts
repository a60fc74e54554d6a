/**
 * The real server, compiled as `npm start` runs it (dist/server/main.js, its workers started
 * from .js), stopped with SIGTERM while influence analyses are computing on the worker pool: the
 * requests in flight (running or queued for a worker) are answered in full, then the workers are
 * stopped and the process exits 0.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentials } from '../../server/access/credentials.js';
import { createUserStore } from '../../server/access/user-store.js';
import { applySchema } from '../../server/db/schema.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { largeMap } from '../support/large-map.js';
import { buildServerIfStale, COMPILED_MAIN } from '../support/compiled-server.js';
import { openTestDatabase } from '../support/test-server.js';
import { testNeo4j } from '../support/test-neo4j.js';

let child: ChildProcessWithoutNullStreams;
let output = '';
let baseUrl = '';
let authorization = '';
const ACTORS = 1500;

beforeAll(async () => {
  const { db, queries } = openTestDatabase();
  await db.autoCommit('maintenance/delete-map-data');
  await applySchema(db, queries);
  // 1,500 actors are above INLINE_LIMIT with any tie filter: every analysis runs on the worker pool.
  await loadDataset(db, largeMap(ACTORS, 3000));
  const users = createUserStore(db);
  const existing = (await users.list()).find((user) => user.username === 'shutdown-analyst');
  const user =
    existing ??
    (await users.create({
      username: 'shutdown-analyst',
      displayName: 'Shutdown',
      password: 'shutdown-password',
      role: 'analyst',
      clearance: 'confidential',
    }));
  authorization = `Bearer ${(await createCredentials(db).createApiToken(user.id, 'shutdown test')).token}`;
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
  const deadline = Date.now() + 60_000;
  while (!/ready at (http:\/\/localhost:\d+)/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`The server did not start; output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  baseUrl = /ready at (http:\/\/localhost:\d+)/.exec(output)![1]!.replace('localhost', '127.0.0.1');
}, 180_000);

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

describe('SIGTERM during influence analyses', () => {
  it('answers every analysis in flight, then stops the workers and exits 0', async () => {
    // Distinct filters are distinct jobs, so they queue for the worker(s) rather than share one run.
    const queries = ['', 'tieTypes=cooperates_with', 'tieTypes=funds', 'tieTypes=influences'].flatMap((filter) =>
      ['directed=false', 'directed=true'].map((direction) => [direction, filter].filter(Boolean).join('&')),
    );
    let answered = 0;
    const answers = queries.map((query) =>
      fetch(`${baseUrl}/api/analysis/influence?${query}`, { headers: { authorization } }).then(async (response) => {
        answered += 1;
        return { status: response.status, actorCount: ((await response.json()) as { actorCount?: number }).actorCount };
      }),
    );
    // Once one is answered the pool is up and the others are computing or queued.
    await Promise.race(answers);
    const answeredBeforeSignal = answered;
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(answeredBeforeSignal, 'analyses still in flight at SIGTERM').toBeLessThan(queries.length - 1);
    expect(await Promise.all(answers)).toEqual(queries.map(() => ({ status: 200, actorCount: ACTORS })));
    expect(code).toBe(0);
    expect(output).toContain('"msg":"stopped"');
  }, 120_000);
});

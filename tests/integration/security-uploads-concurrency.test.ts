/**
 * One import at a time per user (per API instance): a second import by the same user while the
 * first runs is refused with 429 and a code, another user's import goes through meanwhile, and
 * the slot is free again once the first has finished.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shutDownImportWorkers } from '../../server/imports/import-workers.js';
import { authHeaders } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { largeThreeWCsv, threeWCsv } from '../unit/transfers/hostile-files.js';

let server: TestServer;
let large: string;

beforeAll(async () => {
  // Built before the server starts, so no long pause falls between requests (see the hostile uploads test).
  large = largeThreeWCsv(100_000);
  server = await startTestServer();
  await server.reset();
}, 60_000);
afterAll(async () => {
  await server.close();
  await shutDownImportWorkers();
});

async function post(body: string, headers: Record<string, string>, query = '') {
  const response = await fetch(`${server.baseUrl}/api/imports?filename=3w.csv${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', ...headers },
    body,
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

async function finished(importId: string, headers: Record<string, string>) {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const response = await fetch(`${server.baseUrl}/api/imports/${importId}`, { headers });
    const report = await response.json();
    if (!['validating', 'writing'].includes(report.status)) return report;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${importId} did not finish`);
}

describe('concurrent imports', () => {
  it('refuses a second import by the same user while the first runs, and lets another user import meanwhile', async () => {
    const mine = authHeaders(server.baseUrl);
    const other = { authorization: `Bearer ${(await server.userWithToken('second-analyst', 'analyst', 'internal')).token}` };

    // A large file, validated only, in the background: reading it takes seconds.
    const first = await post(large, mine, '&dryRun=true&async=true');
    expect(first.status).toBe(202);

    const second = await post(threeWCsv(['Oxfam']), mine, '&dryRun=true');
    expect(second.status).toBe(429);
    expect(second.body.error.code).toBe('rate_limited');
    expect(second.body.error.message).toBe(
      'You already have an import running; one import at a time per user: wait until it has finished (follow it at GET /api/imports/:id), then send the next',
    );
    expect(second.headers.get('retry-after')).toBe('5');

    const others = await post(threeWCsv(['Oxfam', 'CARE']), other);
    expect(others.status).toBe(201);
    expect(others.body.counts.actors).toBe(2);

    const report = await finished(first.body.importId, mine);
    expect(report.status).not.toBe('failed');
    const third = await post(threeWCsv(['Oxfam']), mine, '&dryRun=true');
    expect(third.status).toBe(200);
  }, 120_000);

  it('frees the slot when an import is refused', async () => {
    const mine = authHeaders(server.baseUrl);
    expect((await post('', mine)).status).toBe(422);
    expect((await post(threeWCsv(['Oxfam']), mine, '&dryRun=true')).status).toBe(200);
  });
});

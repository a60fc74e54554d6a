/**
 * Hostile uploads against the real HTTP server: each is refused (or bounded) in words within a
 * time and memory budget, and GET /api/health keeps answering within a second while it runs,
 * because reading happens in a worker thread, not on the event loop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shutDownImportWorkers } from '../../server/imports/import-workers.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { upload } from '../support/transfers/transfer-client.js';
import {
  XLSX_TYPE, csvWithValueFarRight, lyingWorkbook, lyingZippedCsv, nearIdenticalNames, sheetMergedToTheEnd, sheetWithValueInXfd, threeWCsv,
} from '../unit/transfers/hostile-files.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await server.reset();
  // The first import starts a worker (it compiles its modules); that start is not what is measured here.
  await upload(server.baseUrl, 'warm.csv', threeWCsv(['Oxfam']), { contentType: 'text/csv', query: '&dryRun=true' });
}, 60_000);
afterAll(async () => {
  await server.close();
  await shutDownImportWorkers();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Uploads while asking /api/health every 100 ms and sampling this process's memory (the server
 * and its workers live in it): the answer, how long it took, the slowest health answer and the
 * peak growth of resident memory.
 */
async function uploadWatched(filename: string, body: Uint8Array | string, contentType: string, query = '') {
  const baseRss = process.memoryUsage().rss;
  let peakRss = baseRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  let done = false;
  const healthMs: number[] = [];
  const watcher = (async () => {
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${server.baseUrl}/api/health`);
      await response.arrayBuffer();
      expect(response.status).toBe(200);
      healthMs.push(performance.now() - started);
      await sleep(100);
    }
  })();
  const started = performance.now();
  const result = await upload(server.baseUrl, filename, body, { contentType, query });
  const ms = performance.now() - started;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  done = true;
  await watcher;
  clearInterval(sampler);
  return { result, ms, slowestHealthMs: Math.max(...healthMs), healthChecks: healthMs.length, rssGrowthMb: (peakRss - baseRss) / 1024 / 1024 };
}

/** Budgets every hostile upload must meet on the 2-core reference machine. */
function expectWithinBudget(watched: Awaited<ReturnType<typeof uploadWatched>>, budget: { ms: number; rssMb: number }) {
  expect(watched.ms).toBeLessThan(budget.ms);
  expect(watched.rssGrowthMb).toBeLessThan(budget.rssMb);
  expect(watched.healthChecks).toBeGreaterThan(0);
  expect(watched.slowestHealthMs).toBeLessThan(1000);
}

describe('hostile uploads', () => {
  it('a zipped CSV that declares false sizes is refused while inflating', async () => {
    const watched = await uploadWatched('lying.zip', lyingZippedCsv(110), 'application/zip');
    expect(watched.result.status).toBe(422);
    expect(watched.result.body.problems[0].reason).toMatch(/^zip entry "input\.csv" inflates more than \d+ times its size \(a zip bomb\?\); refused while inflating: at most 100 times is accepted$/);
    expectWithinBudget(watched, { ms: 5000, rssMb: 400 });
  });

  it('an xlsx whose sheet declares false sizes is refused before ExcelJS reads it', async () => {
    const watched = await uploadWatched('lying.xlsx', await lyingWorkbook(110), XLSX_TYPE);
    expect(watched.result.status).toBe(422);
    expect(watched.result.body.problems[0].reason).toMatch(/^zip entry "xl\/worksheets\/sheet1\.xml" inflates more than \d+ times its size \(a zip bomb\?\); refused while inflating/);
    expectWithinBudget(watched, { ms: 5000, rssMb: 400 });
  });

  it('a sheet with one value in column XFD is refused, naming the column and the limit', async () => {
    const watched = await uploadWatched('wide.xlsx', await sheetWithValueInXfd(), XLSX_TYPE);
    expect(watched.result.status).toBe(422);
    expect(watched.result.body.problems[0].reason).toBe(
      'sheet "3W" has a value in column XFD (column 16384); at most 256 columns (up to column IV) are read; delete the stray cells or move the table to the left',
    );
    expectWithinBudget(watched, { ms: 5000, rssMb: 400 });
  });

  it('a sheet merged down to its last row and column is refused before ExcelJS fills it', async () => {
    const watched = await uploadWatched('merged.xlsx', await sheetMergedToTheEnd(), XLSX_TYPE);
    expect(watched.result.status).toBe(422);
    expect(watched.result.body.problems[0].reason).toBe('worksheet xl/worksheets/sheet1.xml merges cells up to column XFD; at most 256 columns are read');
    expectWithinBudget(watched, { ms: 5000, rssMb: 400 });
  });

  it('a CSV with a value in column 20,002 is refused, naming the line, the column and the limit', async () => {
    const watched = await uploadWatched('wide.csv', csvWithValueFarRight(), 'text/csv');
    expect(watched.result.status).toBe(422);
    expect(watched.result.body.problems[0].reason).toBe('line 6 has a value in column ACOH (column 20002); at most 256 columns are read');
    expectWithinBudget(watched, { ms: 5000, rssMb: 400 });
  });

  it('3,000 near-identical names are checked within budget: 500 pairs listed, and the report says how many more', async () => {
    const watched = await uploadWatched('flood.csv', threeWCsv(nearIdenticalNames(3000)), 'text/csv', '&dryRun=true');
    expect(watched.result.status).toBe(200);
    expect(watched.result.body.rows.total).toBe(3000);
    expect(watched.result.body.duplicates).toHaveLength(500);
    const notes = watched.result.body.warnings.map((warning: { reason: string }) => warning.reason);
    expect(notes).toContainEqual(expect.stringMatching(/^and \d+ more possible duplicates: only the first 500 are listed \(the most an import report lists\); the search for duplicates stopped after 200000 name comparisons/));
    expectWithinBudget(watched, { ms: 10_000, rssMb: 500 });
  });
});

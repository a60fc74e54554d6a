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
  XLSX_TYPE,
  csvWithValueFarRight,
  lyingWorkbook,
  lyingZippedCsv,
  nearIdenticalNames,
  sheetMergedToTheEnd,
  sheetWithValueInXfd,
  threeWCsv,
} from '../unit/transfers/hostile-files.js';

let server: TestServer;
let files: {
  lyingZip: Uint8Array;
  lyingWorkbook: Uint8Array;
  xfd: Uint8Array;
  merged: Uint8Array;
  wideCsv: string;
  flood: string;
};

beforeAll(async () => {
  // Built before the server starts: building them takes seconds, and a pause that long between
  // requests lets the server close a kept-alive connection just as the client reuses it.
  files = {
    lyingZip: lyingZippedCsv(110),
    lyingWorkbook: await lyingWorkbook(110),
    xfd: await sheetWithValueInXfd(),
    merged: await sheetMergedToTheEnd(),
    wideCsv: csvWithValueFarRight(),
    flood: threeWCsv(nearIdenticalNames(3000)),
  };
  server = await startTestServer();
  await server.reset();
  // The first import starts a worker (it compiles its modules) and the first health check opens
  // its database session; those starts are not what is measured here.
  await (await fetch(`${server.baseUrl}/api/health`)).arrayBuffer();
  await upload(server.baseUrl, 'warm.csv', threeWCsv(['Oxfam']), { contentType: 'text/csv', query: '&dryRun=true' });
}, 120_000);
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
  return {
    result,
    ms,
    slowestHealthMs: Math.max(...healthMs),
    healthChecks: healthMs.length,
    rssGrowthMb: (peakRss - baseRss) / 1024 / 1024,
  };
}

/**
 * Budgets every hostile upload must meet on the 2-core reference machine, with room for a busy
 * machine; before the fix the XFD sheet took 14 s and the name flood 82 s there, blocking health.
 */
function expectWithinBudget(watched: Awaited<ReturnType<typeof uploadWatched>>, budget: { ms: number; rssMb: number }) {
  expect(watched.ms).toBeLessThan(budget.ms);
  expect(watched.rssGrowthMb).toBeLessThan(budget.rssMb);
  expect(watched.healthChecks).toBeGreaterThan(0);
  expect(watched.slowestHealthMs).toBeLessThan(1000);
}

describe('hostile uploads', () => {
  it('a zipped CSV that declares false sizes is refused while inflating', async () => {
    const watched = await uploadWatched('lying.zip', files.lyingZip, 'application/zip');
    expect(watched.result.status).toBe(422);
    expect(watched.result.body.problems[0].reason).toMatch(
      /^zip entry "input\.csv" inflates more than \d+ times its size \(a zip bomb\?\); refused while inflating: at most 100 times is accepted$/,
    );
    expectWithinBudget(watched, { ms: 10_000, rssMb: 400 });
  });

  it('an xlsx whose sheet declares false sizes is refused before ExcelJS reads it', async () => {
    const watched = await uploadWatched('lying.xlsx', files.lyingWorkbook, XLSX_TYPE);
    expect(watched.result.status).toBe(422);
    expect(watched.result.body.problems[0].reason).toMatch(
      /^zip entry "xl\/worksheets\/sheet1\.xml" inflates more than \d+ times its size \(a zip bomb\?\); refused while inflating/,
    );
    expectWithinBudget(watched, { ms: 10_000, rssMb: 400 });
  });

  it('a sheet with one value in column XFD is refused, naming the column and the limit', async () => {
    const watched = await uploadWatched('wide.xlsx', files.xfd, XLSX_TYPE);
    expect(watched.result.status).toBe(422);
    expect(watched.result.body.problems[0].reason).toBe(
      'sheet "3W" has a value in column XFD (column 16384); at most 256 columns (up to column IV) are read; delete the stray cells or move the table to the left',
    );
    expectWithinBudget(watched, { ms: 10_000, rssMb: 400 });
  });

  it('a sheet merged down to its last row and column is refused before ExcelJS fills it', async () => {
    const watched = await uploadWatched('merged.xlsx', files.merged, XLSX_TYPE);
    expect(watched.result.status).toBe(422);
    expect(watched.result.body.problems[0].reason).toBe(
      'worksheet xl/worksheets/sheet1.xml merges cells up to column XFD; at most 256 columns are read',
    );
    expectWithinBudget(watched, { ms: 10_000, rssMb: 400 });
  });

  it('a CSV with a value in column 20,002 is refused, naming the line, the column and the limit', async () => {
    const watched = await uploadWatched('wide.csv', files.wideCsv, 'text/csv');
    expect(watched.result.status).toBe(422);
    expect(watched.result.body.problems[0].reason).toBe('line 6 has a value in column ACOH (column 20002); at most 256 columns are read');
    expectWithinBudget(watched, { ms: 10_000, rssMb: 400 });
  });

  it('3,000 near-identical names are checked within budget: 500 pairs listed, and the report says how many more', async () => {
    const watched = await uploadWatched('flood.csv', files.flood, 'text/csv', '&dryRun=true');
    expect(watched.result.status).toBe(200);
    expect(watched.result.body.rows.total).toBe(3000);
    expect(watched.result.body.duplicates).toHaveLength(500);
    const notes = watched.result.body.warnings.map((warning: { reason: string }) => warning.reason);
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^and \d+ more possible duplicates: only the first 500 are listed \(the most an import report lists\); the search for duplicates stopped after 200000 name comparisons/,
      ),
    );
    expectWithinBudget(watched, { ms: 20_000, rssMb: 500 });
  });
});

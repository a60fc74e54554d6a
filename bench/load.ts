/**
 * Section 5, load: 50 concurrent clients (autocannon) on the map and the influence analysis for a
 * bounded time each (throughput, p50/p95/p99 from every response's time, errors = socket errors,
 * timeouts and non-2xx), then a soak of both endpoints mixed, with the API process's resident
 * memory read from /proc before (after warm-up) and after (after a short rest). Every request
 * carries the bench user's API token; the API process runs with the rate limit raised.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchUser } from './bench-user.js';
import type { ServerProcess } from './environment.js';
import { percentile } from './stats.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

// autocannon is CommonJS without bundled types; the part used here is typed above.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export const LOAD_PATHS = ['/api/graph', '/api/analysis/influence'] as const;

/** The label of the revalidation run (the 5k map), which has targets of its own. */
export const REVALIDATION_LABEL = '/api/graph (revalidating)';

export interface LoadRun {
  label: string;
  connections: number;
  seconds: number;
  requests: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The errors by kind: socket errors, timeouts (60 s), and non-2xx answers with their statuses. */
  errorKinds: { socket: number; timeouts: number; non2xx: number; statuses: Record<string, number> };
}

export interface SoakResult {
  seconds: number;
  run: LoadRun;
  rssBeforeMiB: number;
  rssAfterMiB: number;
  rssPeakMiB: number;
  /** after / before - 1: at most 0.10 meets the target. */
  growth: number;
}

/** One bounded autocannon run over `paths` (requests cycle through them). */
export function loadRun(
  baseUrl: string,
  headers: Record<string, string>,
  label: string,
  paths: readonly string[],
  connections: number,
  seconds: number,
): Promise<LoadRun> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        timeout: 60,
        headers,
        requests: paths.map((path) => ({ method: 'GET', path, headers })),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          label,
          connections,
          seconds: result.duration,
          requests: times.length,
          throughput: times.length / result.duration,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          errors: result.errors + result.non2xx, // autocannon counts timeouts among its errors
          errorKinds: { socket: result.errors - result.timeouts, timeouts: result.timeouts, non2xx: result.non2xx, statuses },
        });
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status >= 300) statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

/** CPU seconds the process has used (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Waits until the server is idle (under 10 % of a core for 2 s, at most `maxSeconds`): requests
 * a load tool gave up on keep running in the server, and must not spill into the next phase.
 */
export async function waitIdle(server: ServerProcess, maxSeconds = 300): Promise<number> {
  const start = Date.now();
  let last = cpuSeconds(server.pid);
  while (Date.now() - start < maxSeconds * 1000) {
    await sleep(2000);
    const now = cpuSeconds(server.pid);
    if (now - last < 0.2) break;
    last = now;
  }
  return (Date.now() - start) / 1000;
}

/** The load runs: each endpoint with one client (the baseline), then with `connections` clients, for `seconds` each. */
export async function measureLoad(
  server: ServerProcess,
  user: BenchUser,
  connections: number,
  seconds: number,
  log: (line: string) => void,
): Promise<LoadRun[]> {
  const runs: LoadRun[] = [];
  for (const path of LOAD_PATHS) {
    for (const clients of [1, connections]) {
      const run = await loadRun(
        server.baseUrl,
        user.headers,
        clients === 1 ? `${path} (1 client, baseline)` : path,
        [path],
        clients,
        seconds,
      );
      const drained = await waitIdle(server);
      log(
        `  ${run.label}, ${clients} clients: ${run.throughput.toFixed(1)} req/s, p50 ${run.p50.toFixed(0)} ms, p95 ${run.p95.toFixed(0)} ms, p99 ${run.p99.toFixed(0)} ms, errors ${run.errors}; server busy ${drained.toFixed(0)} s after`,
      );
      runs.push(run);
    }
  }
  return runs;
}

/** Soak: both endpoints mixed for `seconds`; memory sampled every second. */
export async function measureSoak(
  server: ServerProcess,
  user: BenchUser,
  connections: number,
  seconds: number,
  log: (line: string) => void,
): Promise<SoakResult> {
  // Warm-up, so JIT, pools and caches are in "before".
  await loadRun(server.baseUrl, user.headers, 'warm-up', LOAD_PATHS, connections, Math.min(10, seconds));
  await waitIdle(server);
  const rssBeforeMiB = server.rssMiB();
  let rssPeakMiB = rssBeforeMiB;
  const sampler = setInterval(() => {
    rssPeakMiB = Math.max(rssPeakMiB, server.rssMiB());
  }, 1000);
  let run: LoadRun;
  try {
    run = await loadRun(server.baseUrl, user.headers, 'soak', LOAD_PATHS, connections, seconds);
  } finally {
    clearInterval(sampler);
  }
  await waitIdle(server);
  const rssAfterMiB = server.rssMiB();
  const growth = rssAfterMiB / rssBeforeMiB - 1;
  log(
    `  soak ${seconds} s: ${run.requests} requests, errors ${run.errors}; RSS ${rssBeforeMiB.toFixed(0)} -> ${rssAfterMiB.toFixed(0)} MiB (peak ${rssPeakMiB.toFixed(0)}), ${(growth * 100).toFixed(1)} %`,
  );
  return { seconds, run, rssBeforeMiB, rssAfterMiB, rssPeakMiB, growth };
}

/**
 * 50 clients on /api/graph that revalidate, as the client of a map already loaded does: nine
 * requests in ten carry the ETag of the current map (If-None-Match, answered 304 with no body),
 * the tenth asks afresh (answered from the server's cache). A 304 is the expected answer here, so
 * it is not counted as an error; anything else outside 2xx is.
 */
export async function measureRevalidation(
  server: ServerProcess,
  user: BenchUser,
  connections: number,
  seconds: number,
  log: (line: string) => void,
): Promise<LoadRun> {
  const first = await fetch(`${server.baseUrl}/api/graph`, { headers: user.headers });
  await first.arrayBuffer();
  const etag = first.headers.get('etag');
  if (!etag) throw new Error('/api/graph sent no ETag');
  const revalidating = { ...user.headers, 'if-none-match': etag };
  const requests = Array.from({ length: 10 }, (_, i) => (i === 9 ? user.headers : revalidating));
  const run = await loadRunWith(server.baseUrl, REVALIDATION_LABEL, requests, connections, seconds);
  const notModified = run.errorKinds.statuses['304'] ?? 0;
  const result: LoadRun = {
    ...run,
    errors: run.errors - notModified,
    errorKinds: { ...run.errorKinds, non2xx: run.errorKinds.non2xx - notModified },
  };
  await waitIdle(server);
  log(
    `  ${result.label}, ${connections} clients: ${result.throughput.toFixed(1)} req/s (${notModified} answered 304), p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms, errors ${result.errors}`,
  );
  return result;
}

/** loadRun over one path with per-request headers (autocannon cycles through them on each connection). */
function loadRunWith(
  baseUrl: string,
  label: string,
  headers: Record<string, string>[],
  connections: number,
  seconds: number,
): Promise<LoadRun> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        timeout: 60,
        requests: headers.map((h) => ({ method: 'GET', path: '/api/graph', headers: h })),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          label,
          connections,
          seconds: result.duration,
          requests: times.length,
          throughput: times.length / result.duration,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          errors: result.errors + result.non2xx,
          errorKinds: { socket: result.errors - result.timeouts, timeouts: result.timeouts, non2xx: result.non2xx, statuses },
        });
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status >= 300) statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

/**
 * Section 0, start-up (issue 18): the server `npm start` runs (node dist/server/main.js), started
 * as a user starts it, on the local Neo4j and a data folder of its own: once on an empty folder
 * (the demo seeded), then `warmStarts` times on the data it left (the "warm start": artifacts
 * cached, data present). Each run counts from the spawn to the server's `ready` line, whose log entry
 * also says where the time went (`phases`, seconds since the process began); the server is then
 * stopped with SIGINT, as Ctrl-C stops it. Run before the bench's own Neo4j starts, so that
 * nothing else competes for the cores.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnProductServer } from './environment.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const READY_TIMEOUT_MS = 300_000;

export interface StartupRun {
  kind: 'first' | 'warm';
  /** From the spawn to the `ready` line. */
  wallSeconds: number;
  /** Seconds since the process began, at `ready`, and at each phase, as the server logs them. */
  startupSeconds: number;
  phases: Record<string, number>;
}

export interface StartupResult {
  runs: StartupRun[];
}

export async function measureStartup(warmStarts: number, log: (line: string) => void): Promise<StartupResult> {
  // What `npm start` does first; untimed: after it nothing is stale, as on a user's warm start.
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed (node scripts/build.mjs)');
  const dataDir = mkdtempSync(join(tmpdir(), 'actor-map-bench-startup-'));
  try {
    const runs: StartupRun[] = [];
    for (let i = 0; i <= warmStarts; i += 1) {
      const run = await startAndStop(dataDir, i === 0 ? 'first' : 'warm');
      log(
        `  ${run.kind} start: ready in ${run.wallSeconds.toFixed(1)} s (${Object.entries(run.phases)
          .map(([phase, at]) => `${phase} at ${at} s`)
          .join(', ')})`,
      );
      runs.push(run);
    }
    return { runs };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function startAndStop(dataDir: string, kind: StartupRun['kind']): Promise<StartupRun> {
  // The local launcher, never a Neo4j the bench was given: the demo is seeded into this one.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ACTOR_MAP_DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ACTOR_MAP_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
  };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']) delete env[name];
  const started = performance.now();
  const server = await spawnProductServer(env, { readyTimeoutMs: READY_TIMEOUT_MS });
  const wallSeconds = (performance.now() - started) / 1000;
  // Stopped as Ctrl-C stops it: Neo4j shuts down cleanly, so the next start is a warm one, not a recovery.
  await server.stop('SIGINT');
  if (!server.ready) throw new Error('the server logged no `ready` entry at LOG_LEVEL=info');
  return { kind, wallSeconds, ...server.ready };
}

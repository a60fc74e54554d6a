/**
 * What `npm start` runs is the compiled server (dist/server/main.js). Tests that start the server
 * as a process run that build, brought up to date first (a no-op when it is; a compile when
 * server/ changed since, as under `npm start`).
 */
import { spawnSync } from 'node:child_process';

export const COMPILED_MAIN = 'dist/server/main.js';

/** Runs `scripts/build.mjs --if-stale server`; throws with the compiler's output if it fails. */
export function buildServerIfStale(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale', 'server'], { encoding: 'utf8', timeout: 240_000 });
  if (result.status !== 0) throw new Error(`Building the server failed:\n${result.stdout}${result.stderr}`);
}

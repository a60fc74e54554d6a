#!/usr/bin/env node
/**
 * `npm run build`: the client with Vite (dist/client/) and the server with tsc
 * (tsconfig.build.json -> dist/server/, dist/neo4j-local/), the two side by side.
 *
 * `--if-stale` (used by `npm start`, `npm run reset`, `npm run import`) builds only a part whose
 * sources changed since it was last built, so a warm start does not spend seconds rebuilding what
 * is already there. A part is stale when its stamp (dist/.built-<part>, dated when its build
 * began) is older than any of its source files or directories (a directory's date moves when a
 * file in it is added, removed or renamed). Names after the flags restrict the build to those parts.
 *
 * Progress goes to stderr, so that `npm run import`'s report on stdout stays clean. Plain
 * JavaScript, because it runs before anything is compiled.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The file of a package's command-line program, from its package.json `bin`. */
function binOf(pkg, name) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifestPath);
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin[name]);
}

const PARTS = {
  client: {
    sources: ['client', 'server/contracts', 'package-lock.json'],
    outputs: ['dist/client'],
    command: () => [binOf('vite', 'vite'), 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
  },
  server: {
    sources: ['server', 'neo4j-local', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    outputs: ['dist/server', 'dist/neo4j-local'],
    command: () => [binOf('typescript', 'tsc'), '-p', 'tsconfig.build.json'],
  },
};

const stampOf = (part) => join(ROOT, 'dist', `.built-${part}`);

/** The latest modification time under `path` (files and directories), 0 if it does not exist. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function isStale(part) {
  const { sources, outputs } = PARTS[part];
  const stamp = stampOf(part);
  if (!existsSync(stamp) || outputs.some((output) => !existsSync(join(ROOT, output)))) return true;
  const built = statSync(stamp).mtimeMs;
  return sources.some((source) => newestMtime(join(ROOT, source)) > built);
}

function run(part) {
  const began = new Date();
  const { outputs, command } = PARTS[part];
  // Modules removed from the sources must not linger in the build (tsc never deletes).
  if (part === 'server') for (const output of outputs) rmSync(join(ROOT, output), { recursive: true, force: true });
  rmSync(stampOf(part), { force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command(), { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`Building the ${part} failed (exit code ${code})`));
      mkdirSync(join(ROOT, 'dist'), { recursive: true });
      writeFileSync(stampOf(part), `${began.toISOString()}\n`);
      utimesSync(stampOf(part), began, began);
      resolve();
    });
  });
}

async function main(args) {
  const ifStale = args.includes('--if-stale');
  const named = args.filter((arg) => !arg.startsWith('--'));
  for (const name of named) if (!(name in PARTS)) throw new Error(`Unknown part "${name}"; known: ${Object.keys(PARTS).join(', ')}`);
  const parts = (named.length > 0 ? named : Object.keys(PARTS)).filter((part) => !ifStale || isStale(part));
  if (parts.length === 0) return;
  const began = performance.now();
  process.stderr.write(`Building ${parts.join(' and ')}...\n`);
  await Promise.all(parts.map(run));
  process.stderr.write(`Built ${parts.join(' and ')} in ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

/**
 * Starts a worker thread from a module next to the caller, as JavaScript or TypeScript alike:
 *
 *   startModuleWorker(import.meta.url, './influence-worker')
 *
 * Compiled (`npm start`, Docker: the caller is dist/.../*.js) the worker is the `.js` file beside
 * it, started directly. In development (tsx, vitest: the caller is a `.ts` file) the worker is the
 * `.ts` file; on Node 20 `execArgv: ['--import', 'tsx']` does not reach a worker's own entry file
 * (ERR_UNKNOWN_FILE_EXTENSION), so a tiny bootstrap registers tsx's loader inside the worker and
 * then imports the module. tsx is a development dependency and is looked up only in that case.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export type WorkerEntry = { kind: 'file'; url: URL } | { kind: 'eval'; source: string };

/** Where the worker `relative` (no extension) beside the module at `callerUrl` starts. */
export function workerEntry(callerUrl: string, relative: string): WorkerEntry {
  const extension = /\.[cm]?[jt]s$/.exec(new URL(callerUrl).pathname)?.[0] ?? '';
  if (extension.endsWith('js')) return { kind: 'file', url: new URL(`${relative}${extension}`, callerUrl) };
  if (extension.endsWith('ts')) return { kind: 'eval', source: tsxBootstrap(new URL(`${relative}${extension}`, callerUrl)) };
  throw new Error(`Cannot tell how to start a worker from ${callerUrl}`);
}

/** Starts the worker `relative` beside the module at `callerUrl` (see the header). */
export function startModuleWorker(callerUrl: string, relative: string, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const entry = workerEntry(callerUrl, relative);
  return entry.kind === 'file' ? new Worker(entry.url, options) : new Worker(entry.source, { ...options, eval: true });
}

function tsxBootstrap(entry: URL): string {
  // The ESM build of tsx's API, found through tsx's own exports map (its CommonJS build fails here).
  const require = createRequire(import.meta.url);
  const manifest = require('tsx/package.json') as { exports: Record<string, { import: { default: string } }> };
  const api = new URL(manifest.exports['./esm/api']?.import.default ?? '', pathToFileURL(require.resolve('tsx/package.json'))).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
}

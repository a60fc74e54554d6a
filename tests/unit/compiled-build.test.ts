/**
 * The compiled server (what `npm start` and the Docker image run) finds what it reads at run time
 * from dist/: the Cypher files, the seed data, the built client, and its workers as .js files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findAppRoot } from '../../server/app-root.js';
import { workerEntry } from '../../server/workers/worker-entry.js';
import { buildServerIfStale } from '../support/compiled-server.js';

/** Runs an ES module snippet with plain node (no tsx) and returns its stdout as JSON. */
function runCompiled(source: string): unknown {
  // A file, not `-e`: `--input-type=module` would reach the workers too.
  const dir = mkdtempSync(join(tmpdir(), 'compiled-build-test-'));
  writeFileSync(join(dir, 'snippet.mjs'), source);
  const result = spawnSync(process.execPath, [join(dir, 'snippet.mjs')], { encoding: 'utf8', timeout: 60_000 });
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

const compiled = (path: string) => JSON.stringify(pathToFileURL(resolve('dist/server', path)).href);

describe('worker entry', () => {
  it('is the .js file beside a compiled module, and a tsx bootstrap of the .ts file beside a source module', () => {
    const fromJs = workerEntry('file:///app/dist/server/workers/influence-workers.js', './influence-worker');
    expect(fromJs).toEqual({ kind: 'file', url: new URL('file:///app/dist/server/workers/influence-worker.js') });
    const fromTs = workerEntry('file:///app/server/workers/influence-workers.ts', './influence-worker');
    expect(fromTs.kind).toBe('eval');
    expect(fromTs.kind === 'eval' && fromTs.source).toContain('file:///app/server/workers/influence-worker.ts');
  });

  it('finds the project root from the source tree and from the build alike', () => {
    expect(findAppRoot(resolve('server/seed'))).toBe(resolve('.'));
    expect(findAppRoot(resolve('dist/server/seed'))).toBe(resolve('.'));
  });
});

describe('compiled server (dist/server)', () => {
  beforeAll(() => buildServerIfStale(), 240_000);

  it('is rebuilt by `npm start` only when a source is newer than the last build', () => {
    const staleness = () =>
      spawnSync(process.execPath, ['-e', "import('./scripts/build.mjs').then((m) => console.log(JSON.stringify(m.isStale('server'))))"], {
        encoding: 'utf8',
      }).stdout.trim();
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale', 'server'], { encoding: 'utf8' });
    expect(build.status).toBe(0);
    expect(build.stderr).toBe('');
    expect(staleness()).toBe('false');
    // The stamp dated back to 1970: every file in server/ is now newer. (An hour back was not
    // enough on a clone whose last source change is older than that.)
    const stamp = 'dist/.built-server';
    const { atime, mtime } = statSync(stamp);
    utimesSync(stamp, atime, new Date(0));
    try {
      expect(staleness()).toBe('true');
    } finally {
      utimesSync(stamp, atime, mtime);
    }
  });

  it('reads the Cypher files, the seed data and the client from the project, not from dist/server', () => {
    const found = runCompiled(`
      const runtime = await import(${compiled('runtime.js')});
      const seed = await import(${compiled('seed/seed-database.js')});
      const { loadQueryStore } = await import(${compiled('db/query-store.js')});
      const store = loadQueryStore(runtime.CYPHER_DIR);
      console.log(JSON.stringify({ cypher: runtime.CYPHER_DIR, client: runtime.CLIENT_DIR, queries: store.names().length, reference: seed.readReferenceDataset().meta.name }));
    `) as { cypher: string; client: string; queries: number; reference: string };
    expect(found.cypher).toBe(resolve('cypher'));
    expect(found.client).toBe(resolve('dist/client'));
    expect(found.queries).toBeGreaterThan(50);
    expect(found.reference).toMatch(/Handbook/);
  });

  it('runs an influence job on a worker started from the compiled .js file, without tsx', () => {
    const answer = runCompiled(`
      const workers = await import(${compiled('workers/influence-workers.js')});
      const ties = { n: 3, source: new Int32Array([0, 1]), target: new Int32Array([1, 2]), directed: new Uint8Array([0, 0]), strength: new Float64Array([1, 1]) };
      const job = { ties, ids: ['a', 'b', 'c'], directed: false };
      const result = await workers.influenceWorkers().run(job);
      const stats = workers.influenceWorkerStats();
      await workers.shutDownInfluenceWorkers();
      console.log(JSON.stringify({ betweenness: Array.from(result.betweenness), started: stats.workersStarted }));
    `) as { betweenness: number[]; started: number };
    expect(answer.started).toBe(1);
    // The middle of a path of three lies on the one shortest path between the ends.
    expect(answer.betweenness[1]).toBeGreaterThan(answer.betweenness[0]!);
  });
});

/**
 * What the benchmark runs against: a Neo4j (NEO4J_URI, or a local one started here in a
 * throw-away folder), a `Database` over it for loading and resetting, the API as a separate
 * `node` process (closer to production for memory and load than an in-process app), and a
 * description of the machine for the report.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { findJava, startLocalNeo4j } from '../neo4j-local/launcher.js';
import { createDatabase, type Database } from '../server/db/database.js';
import { loadQueryStore } from '../server/db/query-store.js';
import { applySchema } from '../server/db/schema.js';
import { CYPHER_DIR } from '../server/runtime.js';
import { BENCH_ADMIN_PASSWORD } from './bench-user.js';

/** The repository, where `dist/server/main.js` is. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The bench's own queries (the LOAD CSV side of the import, model counts). */
export const BENCH_CYPHER = fileURLToPath(new URL('./cypher', import.meta.url));

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  origin: 'NEO4J_URI' | 'local launcher';
  version: string;
  /** Folder LOAD CSV reads `file:///` URLs from, when the database is local. */
  importDir: string | null;
  stop(): Promise<void>;
}

/** NEO4J_URI when given, otherwise a local Neo4j in a temporary folder (removed on stop). */
export async function startNeo4j(log: (line: string) => void): Promise<Neo4jTarget> {
  if (process.env.NEO4J_URI) {
    return {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      origin: 'NEO4J_URI',
      version: 'unknown',
      importDir: null,
      stop: async () => {},
    };
  }
  if (!findJava()) throw new Error('No JDK 17+ found and no NEO4J_URI given: the benchmark needs a Neo4j (see README)');
  const dataDir = mkdtempSync(join(tmpdir(), 'actor-map-bench-neo4j-'));
  const local = await startLocalNeo4j({ dataDir, password: 'actor-map-bench', log });
  return {
    uri: local.uri,
    user: local.user,
    password: local.password,
    origin: 'local launcher',
    version: local.version,
    // The embedded server's home is its data folder; Neo4j's default import folder is "import" below it.
    importDir: join(dataDir, 'import'),
    stop: async () => {
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The app's own queries through the app's own `Database`. */
export function openDatabase(neo4j: Neo4jTarget, root = CYPHER_DIR): Database {
  return createDatabase({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    queries: loadQueryStore(root, { maintenance: true }),
    appQueries: root === CYPHER_DIR,
  });
}

/**
 * Empties the map and applies the schema. Users, sessions, API tokens and the audit log stay, so
 * the bench user's token keeps working.
 */
export async function resetDatabase(db: Database): Promise<void> {
  await db.autoCommit('maintenance/delete-map-data');
  await applySchema(db, loadQueryStore(CYPHER_DIR));
}

/**
 * Empties the whole database, accounts included (before the API's first start, which then
 * creates `admin`), and applies the schema. The query that deletes everything is the bench's own
 * (bench/cypher/delete-everything.cypher), so the API server's query store never holds it.
 */
export async function emptyDatabase(neo4j: Neo4jTarget, db: Database): Promise<void> {
  const benchDb = openDatabase(neo4j, BENCH_CYPHER);
  try {
    await benchDb.autoCommit('delete-everything');
  } finally {
    await benchDb.close();
  }
  await applySchema(db, loadQueryStore(CYPHER_DIR));
}

export interface ServerProcess {
  baseUrl: string;
  pid: number;
  /** Resident memory of the server process, in MiB (from /proc). */
  rssMiB(): number;
  stop(): Promise<void>;
}

/**
 * The compiled server (`node dist/server/main.js`) against `neo4j`, on a free port, with no seed data, `admin`'s
 * password set, and the per-user rate limit out of the way (50 clients share one bench user).
 * No request log unless `logFile` is given: then LOG_LEVEL=info and the JSON log goes there.
 */
export async function startServer(neo4j: Neo4jTarget, logFile?: string): Promise<ServerProcess> {
  // The compiled server, as `npm start` runs it; BENCH_SERVER_NODE_ARGS (e.g. `--cpu-prof`) profiles it under the bench.
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale', 'server'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the server does not build (node scripts/build.mjs server)');
  const server = await spawnProductServer(
    {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      HOST: '127.0.0.1',
      ACTOR_MAP_SEED: 'none',
      LOG_LEVEL: logFile ? 'info' : 'silent',
      ACTOR_MAP_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
      ACTOR_MAP_RATE_LIMIT_PER_MINUTE: '1000000',
    },
    {
      nodeArgs: (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
      ...(logFile ? { logFile } : {}),
      readyTimeoutMs: 60_000,
    },
  );
  const pid = server.pid;
  return {
    baseUrl: `http://127.0.0.1:${server.port}`,
    pid,
    rssMiB: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) / 1024,
    stop: () => server.stop('SIGTERM'),
  };
}

/** The server's own `ready` log entry (LOG_LEVEL=info): seconds since it began, and where they went. */
export interface ReadyEntry {
  startupSeconds: number;
  phases: Record<string, number>;
}

export interface ProductServer {
  pid: number;
  port: number;
  /** Its `ready` log entry, when it logs at info. */
  ready: ReadyEntry | null;
  /** Sends `signal`, and SIGKILL if it has not exited 10 s later. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Spawns `node dist/server/main.js` with `env` (on port 0) and resolves once it says it is ready,
 * with the port it took; rejects if it exits first or is not ready within `readyTimeoutMs`.
 */
export async function spawnProductServer(
  env: NodeJS.ProcessEnv,
  options: { nodeArgs?: string[]; logFile?: string; readyTimeoutMs: number },
): Promise<ProductServer> {
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), 'dist/server/main.js'], {
    cwd: ROOT,
    env: { ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (options.logFile) {
    const out = createWriteStream(options.logFile);
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
  }
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let ready: ReadyEntry | null = null;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server was not ready in ${options.readyTimeoutMs / 1000} s: ${stderr.join('\n')}`)),
      options.readyTimeoutMs,
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      // The JSON `ready` entry (at info) comes just before the plain line that ends the wait.
      if (line.startsWith('{')) {
        const entry = JSON.parse(line) as { msg?: string } & Partial<ReadyEntry>;
        if (entry.msg === 'ready') ready = { startupSeconds: entry.startupSeconds ?? Number.NaN, phases: entry.phases ?? {} };
        return;
      }
      const match = /ready at http:\/\/localhost:(\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before it was ready: ${stderr.join('\n')}`)));
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });
  return {
    pid: child.pid ?? 0,
    port,
    ready,
    async stop(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill(signal);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** nproc, memory, CPU model, Node, Java, Python packages: the report's machine section. */
export function describeMachine(neo4jVersion: string): Record<string, string> {
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { encoding: 'utf8' });
    return result.status === 0 ? `${result.stdout}${result.stderr}`.trim() : 'unavailable';
  };
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    nproc: run('nproc', []),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB total; free -h: ${run('free', ['-h']).split('\n')[1]?.replace(/\s+/g, ' ') ?? ''}`,
    os: run('uname', ['-sr']),
    node: process.version,
    java: run('java', ['-version']).split('\n')[0] ?? 'unknown',
    neo4j: neo4jVersion,
    python: run('/usr/bin/python3', [
      '-c',
      'import sys, networkx, igraph; print(sys.version.split()[0], "networkx", networkx.__version__, "igraph", igraph.__version__)',
    ]),
    chromium: run(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']).split('\n')[0] ?? 'unknown',
  };
}

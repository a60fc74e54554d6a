/**
 * Starts a real Neo4j Community 5.26 LTS without Docker: Maven resolves the embedded server from
 * Maven Central (once; later runs reuse the cached classpath and ~/.m2), and the JDK runs
 * Neo4jLauncher.java, which opens Bolt on 127.0.0.1. The database stops with its owner process.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { fastStart } from './fast-start.js';

// pom.xml and Neo4jLauncher.java sit beside launcher.ts; the compiled launcher.js is in
// dist/neo4j-local/ and uses the ones in the source tree (and the same cache, .neo4j/).
const HERE = dirname(fileURLToPath(import.meta.url));
const LAUNCHER_DIR = existsSync(join(HERE, 'pom.xml')) ? HERE : resolve(HERE, '..', '..', 'neo4j-local');
const POM = join(LAUNCHER_DIR, 'pom.xml');
const LAUNCHER_SOURCE = join(LAUNCHER_DIR, 'Neo4jLauncher.java');
const CACHE_DIR = resolve(LAUNCHER_DIR, '..', '.neo4j');
const MINIMUM_JAVA = 17;

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  version: string;
  stop(): Promise<void>;
}

export interface LocalNeo4jOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  password: string;
  heap?: string;
  pageCache?: string;
  /** Further neo4j.conf settings by their manual names, e.g. `{ 'dbms.cypher.min_replan_interval': '1h' }`. */
  settings?: Record<string, string>;
  log?: (message: string) => void;
  startTimeoutMs?: number;
}

/** The `java` to use (JAVA_HOME first, then PATH) if it is version 17 or later; otherwise null. */
export function findJava(): { command: string; version: number; versionText: string } | null {
  const candidates = [process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : null, 'java'];
  for (const command of candidates) {
    if (!command) continue;
    const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
    if (result.error || result.status !== 0) continue;
    const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
    const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
    if (major >= MINIMUM_JAVA) return { command, version: major, versionText: result.stderr + result.stdout };
  }
  return null;
}

/** The embedded server's classpath, resolved by Maven on first use and cached by pom.xml hash. */
export function resolveClasspath(log: (message: string) => void = () => {}): string {
  const pomHash = createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 12);
  const cacheFile = join(CACHE_DIR, `classpath-${pomHash}.txt`);
  if (existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile, 'utf8').trim();
    if (cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  log('Resolving Neo4j Community 5.26 from Maven Central (first run only; about a minute)...');
  const result = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cacheFile}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) throw new Error(`Cannot run Maven ("mvn") to fetch Neo4j: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`Maven could not resolve Neo4j:\n${result.stdout}${result.stderr}`);
  log('Neo4j artifacts resolved; later runs reuse them.');
  return readFileSync(cacheFile, 'utf8').trim();
}

/** Starts the database and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const java = findJava();
  if (!java) throw new Error(`No JDK ${MINIMUM_JAVA} or later found (JAVA_HOME or java on PATH)`);
  const classpath = resolveClasspath(log);
  mkdirSync(options.dataDir, { recursive: true });
  const start = fastStart({ java: java.command, javaVersion: java.versionText, classpath, source: LAUNCHER_SOURCE, cacheDir: CACHE_DIR });
  const child = spawn(
    java.command,
    [
      `-Xmx${options.heap ?? '512m'}`,
      `-Xms${options.heap ?? '512m'}`,
      `-Dactormap.pagecache=${options.pageCache ?? '256m'}`,
      ...settingsArgument(options.settings),
      '-XX:+UseG1GC',
      ...start.args,
      resolve(options.dataDir),
      String(options.port ?? 0),
      options.password,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.once('exit', (code) => start.finish(code));
  const { uri, version } = await waitForReady(child, options.startTimeoutMs ?? 180_000);
  log(`Neo4j ${version} (embedded, Community) listening on ${uri}, data in ${options.dataDir}`);
  return { uri, version, user: 'neo4j', password: options.password, stop: () => stopChild(child) };
}

/** Settings travel as one JVM property, one `name=value` a line, which the launcher adds to neo4j.conf. */
export function settingsArgument(settings: Record<string, string> = {}): string[] {
  const lines = Object.entries(settings).map(([name, value]) => {
    if (!/^[a-z][a-z0-9_.]*$/.test(name) || /[\n=]/.test(value)) throw new Error(`Not a neo4j.conf setting: ${name}=${value}`);
    return `${name}=${value}`;
  });
  return lines.length ? [`-Dactormap.settings=${lines.join('\n')}`] : [];
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<{ uri: string; version: string }> {
  return new Promise((resolvePromise, reject) => {
    const errorTail: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${timeoutMs / 1000} s:\n${errorTail.join('\n')}`));
    }, timeoutMs);
    createInterface({ input: child.stderr! }).on('line', (line) => {
      errorTail.push(line);
      if (errorTail.length > 40) errorTail.shift();
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^NEO4J_READY (\S+) (\S+)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolvePromise({ uri: match[1]!, version: match[2]! });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before it was ready:\n${errorTail.join('\n')}`));
    });
  });
}

/** Closing stdin asks the launcher to shut Neo4j down cleanly; SIGKILL after 30 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolvePromise();
    });
    child.stdin?.end();
  });
}

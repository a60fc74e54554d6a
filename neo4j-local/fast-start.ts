/**
 * Makes a warm start of the local Neo4j cheaper (measured on the 2-core machine: about 13.6 s of
 * CPU to start and stop, 9.2 s with both of these):
 *
 * - Neo4jLauncher.java is compiled once into a jar in the cache, rather than compiled in memory
 *   by `java Neo4jLauncher.java` on every start;
 * - the JVM maps the ~10,000 classes Neo4j loads from a class-data-sharing archive (AppCDS)
 *   instead of reading and verifying them from the jars. The first start writes the archive when
 *   the database stops; later starts use it. It is keyed by the JDK, the classpath and the
 *   launcher, so a change to any of them writes a new one; a JVM that cannot use an archive
 *   ignores it. Written under a name of its own and renamed once complete, so concurrent starts
 *   (parallel test runs) never read a half-written one.
 *
 * Anything missing (no javac or jar, a JRE only) falls back to the plain source launch.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface FastStart {
  /** JVM options and main class (or source file) to put after the heap settings. */
  args: string[];
  /** Call once the JVM has exited with `code`: keeps a class archive it wrote. */
  finish(code: number | null): void;
}

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 12);

/** A JDK tool (javac, jar) beside `java`, or on PATH when `java` came from PATH. */
function jdkTool(java: string, tool: string): string {
  return java.includes('/') ? join(dirname(java), tool) : tool;
}

function launcherJar(java: string, classpath: string, source: string, cacheDir: string): string | null {
  const jar = join(cacheDir, `launcher-${hash(readFileSync(source, 'utf8'), classpath)}.jar`);
  if (existsSync(jar)) return jar;
  const classes = mkdtempSync(join(cacheDir, 'launcher-classes-'));
  try {
    const compiled = spawnSync(jdkTool(java, 'javac'), ['-nowarn', '-d', classes, '-cp', classpath, source], { encoding: 'utf8' });
    if (compiled.error || compiled.status !== 0) return null;
    const partial = `${jar}.${process.pid}.tmp`;
    const packed = spawnSync(jdkTool(java, 'jar'), ['cf', partial, '-C', classes, '.'], { encoding: 'utf8' });
    if (packed.error || packed.status !== 0) return null;
    renameSync(partial, jar);
    return jar;
  } finally {
    rmSync(classes, { recursive: true, force: true });
  }
}

export function fastStart(options: { java: string; javaVersion: string; classpath: string; source: string; cacheDir: string }): FastStart {
  const { java, javaVersion, classpath, source, cacheDir } = options;
  const jar = launcherJar(java, classpath, source, cacheDir);
  if (!jar) return { args: ['-cp', classpath, source], finish: () => {} };
  const fullClasspath = `${jar}:${classpath}`;
  const archive = join(cacheDir, `neo4j-classes-${hash(javaVersion, fullClasspath)}.jsa`);
  // JVM messages (e.g. classes an archive cannot hold) would otherwise go to stdout.
  const quiet = ['-Xlog:disable', '-Xlog:all=error:stderr'];
  if (existsSync(archive))
    return { args: [...quiet, `-XX:SharedArchiveFile=${archive}`, '-cp', fullClasspath, 'Neo4jLauncher'], finish: () => {} };
  const partial = `${archive}.${process.pid}.tmp`;
  return {
    args: [...quiet, `-XX:ArchiveClassesAtExit=${partial}`, '-cp', fullClasspath, 'Neo4jLauncher'],
    finish(code) {
      // A JVM that exited by itself (also on SIGINT/SIGTERM, through its shutdown hooks) wrote the
      // archive in full; one killed (code null) may have left half of it.
      if (code !== null && existsSync(partial) && !existsSync(archive)) renameSync(partial, archive);
      else rmSync(partial, { force: true });
    },
  };
}

/** The local Neo4j's warm start: the launcher compiled once into a jar, and a class archive kept only when written in full. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fastStart } from '../../neo4j-local/fast-start.js';
import { findJava, resolveClasspath } from '../../neo4j-local/launcher.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'neo4j-fast-start-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('local Neo4j fast start', () => {
  const java = findJava()!;
  const options = {
    java: java.command,
    javaVersion: java.versionText,
    classpath: resolveClasspath(),
    source: resolve('neo4j-local/Neo4jLauncher.java'),
    cacheDir,
  };

  it('runs the compiled launcher and writes a class archive on the first start, then uses that archive', () => {
    const first = fastStart(options);
    expect(first.args.at(-1)).toBe('Neo4jLauncher');
    const writing = first.args.find((arg) => arg.startsWith('-XX:ArchiveClassesAtExit='))!.split('=')[1]!;
    const jar = first.args[first.args.indexOf('-cp') + 1]!.split(':')[0]!;
    expect(existsSync(jar)).toBe(true);
    // A JVM that exits by itself has written the archive (here a stand-in file).
    writeFileSync(writing, 'archive');
    first.finish(0);
    expect(existsSync(writing)).toBe(false);
    const second = fastStart(options);
    const archive = second.args.find((arg) => arg.startsWith('-XX:SharedArchiveFile='))?.split('=')[1];
    expect(archive && existsSync(archive)).toBe(true);
    expect(second.args.some((arg) => arg.startsWith('-XX:ArchiveClassesAtExit='))).toBe(false);
  }, 60_000);

  it('drops an archive whose JVM was killed while writing it', () => {
    const other = fastStart({ ...options, javaVersion: `${options.javaVersion} (another JDK)` });
    const writing = other.args.find((arg) => arg.startsWith('-XX:ArchiveClassesAtExit='))!.split('=')[1]!;
    writeFileSync(writing, 'half an archive');
    other.finish(null);
    expect(existsSync(writing)).toBe(false);
    expect(
      fastStart({ ...options, javaVersion: `${options.javaVersion} (another JDK)` }).args.some((arg) =>
        arg.startsWith('-XX:SharedArchiveFile='),
      ),
    ).toBe(false);
  }, 60_000);

  it('falls back to running the launcher source when the JDK tools are missing', () => {
    const plain = fastStart({ ...options, java: '/nowhere/bin/java', cacheDir: mkdtempSync(join(cacheDir, 'no-jdk-')) });
    expect(plain.args).toEqual(['-cp', options.classpath, options.source]);
  });
});

/**
 * vitest global setup: provides one real Neo4j per test worker (tests/support/test-workers.ts),
 * from the first source that answers: NEO4J_URIS or NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD),
 * testcontainers Neo4j when a container runtime answers, or the local launcher (JDK + Maven
 * Central) with throw-away data folders. Tests never fall back to a fake: with no database the
 * run fails with the three ways to get one. A test file finds its own with `testNeo4j()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findJava, startLocalNeo4j } from '../../neo4j-local/launcher.js';
import { NO_DATABASE_MESSAGE } from '../../server/neo4j-connection.js';
import { givenUris, testWorkers } from './test-workers.js';
import { dockerEnvironment, TEST_NEO4J_HEAP, TEST_PLANNER_SETTINGS } from './test-neo4j-settings.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  origin: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jInstances: TestNeo4j[];
    /** A folder that lives as long as the test run, for files the test files share. */
    runFolder: string;
  }
}

async function fromTestcontainers(): Promise<{ neo4j: TestNeo4j; stop: () => Promise<void> } | null> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch {
    return null;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5.26-community')
    .withPassword('actor-map-test')
    .withEnvironment(
      dockerEnvironment({
        ...TEST_PLANNER_SETTINGS,
        'server.memory.heap.initial_size': TEST_NEO4J_HEAP,
        'server.memory.heap.max_size': TEST_NEO4J_HEAP,
      }),
    )
    .start();
  return {
    neo4j: { uri: container.getBoltUri(), user: 'neo4j', password: 'actor-map-test', origin: 'testcontainers' },
    stop: async () => {
      await container.stop();
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Files the run's test files share (the demo snapshot, tests/support/demo-snapshot.ts), gone with the run.
  const runFolder = mkdtempSync(join(tmpdir(), 'actor-map-test-run-'));
  project.provide('runFolder', runFolder);
  const stopDatabases = await provideDatabases(project);
  return async () => {
    await stopDatabases();
    rmSync(runFolder, { recursive: true, force: true });
  };
}

async function provideDatabases(project: TestProject): Promise<() => Promise<void>> {
  const workers = testWorkers();
  if (process.env.NEO4J_URI || process.env.NEO4J_URIS) {
    const uris = process.env.NEO4J_URIS ? givenUris() : [process.env.NEO4J_URI!];
    const user = process.env.NEO4J_USER ?? 'neo4j';
    const password = process.env.NEO4J_PASSWORD ?? '';
    project.provide(
      'neo4jInstances',
      uris.map((uri) => ({ uri, user, password, origin: process.env.NEO4J_URIS ? 'NEO4J_URIS' : 'NEO4J_URI' })),
    );
    return async () => {};
  }
  const first = await fromTestcontainers();
  if (first) {
    const rest = await Promise.all(Array.from({ length: workers - 1 }, () => fromTestcontainers()));
    if (rest.some((container) => container === null))
      throw new Error('the container runtime stopped answering while the test databases started');
    const all = [first, ...rest.map((container) => container!)];
    project.provide(
      'neo4jInstances',
      all.map((container) => container.neo4j),
    );
    return async () => {
      await Promise.all(all.map((container) => container.stop()));
    };
  }
  if (!findJava()) throw new Error(NO_DATABASE_MESSAGE);
  // The first start fetches the artifacts into the shared cache; the others then start together.
  const startOne = async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'actor-map-test-neo4j-'));
    const local = await startLocalNeo4j({
      dataDir,
      password: 'actor-map-test',
      settings: TEST_PLANNER_SETTINGS,
      heap: TEST_NEO4J_HEAP,
      log: (message) => process.stderr.write(`[neo4j] ${message}\n`),
    });
    process.stderr.write(`[neo4j] tests use ${local.uri} (local launcher, Neo4j ${local.version})\n`);
    return { local, dataDir };
  };
  const started = [await startOne()];
  started.push(...(await Promise.all(Array.from({ length: workers - 1 }, startOne))));
  project.provide(
    'neo4jInstances',
    started.map(({ local }) => ({ uri: local.uri, user: local.user, password: local.password, origin: 'local launcher' })),
  );
  return async () => {
    await Promise.all(
      started.map(async ({ local, dataDir }) => {
        await local.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }),
    );
  };
}

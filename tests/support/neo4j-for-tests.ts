/**
 * vitest global setup: provides one real Neo4j for the whole run, from the first source that
 * answers: NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD), a testcontainers Neo4j when a container
 * runtime answers, or the local launcher (JDK + Maven Central) with a throw-away data folder.
 * Tests never fall back to a fake: with no database the run fails with the three ways to get one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findJava, startLocalNeo4j } from '../../neo4j-local/launcher.js';
import { NO_DATABASE_MESSAGE } from '../../server/neo4j-connection.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  origin: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
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
  const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('actor-map-test').start();
  return {
    neo4j: { uri: container.getBoltUri(), user: 'neo4j', password: 'actor-map-test', origin: 'testcontainers' },
    stop: async () => {
      await container.stop();
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      origin: 'NEO4J_URI',
    });
    return async () => {};
  }
  const container = await fromTestcontainers();
  if (container) {
    project.provide('neo4j', container.neo4j);
    return container.stop;
  }
  if (!findJava()) throw new Error(NO_DATABASE_MESSAGE);
  const dataDir = mkdtempSync(join(tmpdir(), 'actor-map-test-neo4j-'));
  const local = await startLocalNeo4j({
    dataDir,
    password: 'actor-map-test',
    log: (message) => process.stderr.write(`[neo4j] ${message}\n`),
  });
  process.stderr.write(`[neo4j] tests use ${local.uri} (local launcher, Neo4j ${local.version})\n`);
  project.provide('neo4j', { uri: local.uri, user: local.user, password: local.password, origin: 'local launcher' });
  return async () => {
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

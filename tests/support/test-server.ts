/**
 * Starts the real app on an ephemeral port against the run's Neo4j, for integration tests.
 * `reset()` empties the database and applies the schema, so each test starts from a known graph.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { inject } from 'vitest';
import { createApp } from '../../server/app.js';
import { createDatabase, type Database } from '../../server/db/database.js';
import { loadQueryStore, type QueryStore } from '../../server/db/query-store.js';
import { applySchema } from '../../server/db/schema.js';
import { createLogger, type Logger } from '../../server/logger.js';
import { CLIENT_DIR, CYPHER_DIR } from '../../server/runtime.js';

export interface TestServer {
  baseUrl: string;
  db: Database;
  queries: QueryStore;
  /** Empties the database and applies the schema. */
  reset(): Promise<void>;
  /** Runs a read-only Cypher count for assertions, e.g. `count('MATCH (n) RETURN count(n) AS n')`. */
  count(cypher: string, params?: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

export function openTestDatabase(): { db: Database; queries: QueryStore } {
  const neo4j = inject('neo4j');
  const queries = loadQueryStore(CYPHER_DIR);
  const db = createDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, queries });
  return { db, queries };
}

export async function startTestServer(options: { logger?: Logger; bodyLimit?: string } = {}): Promise<TestServer> {
  const { db, queries } = openTestDatabase();
  const app = createApp({ db, logger: options.logger ?? createLogger('silent'), bodyLimit: options.bodyLimit ?? '1mb', clientDir: CLIENT_DIR });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    queries,
    async reset() {
      await db.autoCommit('admin/delete-everything');
      await applySchema(db, queries);
    },
    count: (cypher, params) => countWithCypher(cypher, params),
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}

/**
 * Assertion counts use their own driver so that the code under test is not also the judge.
 * Test-only: the Cypher here is fixed text written in the tests, never request input.
 */
async function countWithCypher(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { default: neo4jDriver } = await import('neo4j-driver');
  const neo4j = inject('neo4j');
  const driver = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic(neo4j.user, neo4j.password));
  try {
    const { records } = await driver.executeQuery(cypher, params);
    const value = records[0]?.get(0);
    return neo4jDriver.isInt(value) ? value.toNumber() : Number(value);
  } finally {
    await driver.close();
  }
}

/**
 * Starts the real app on an ephemeral port against the run's Neo4j, for integration tests.
 * `reset()` empties the database and applies the schema, so each test starts from a known graph.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createCredentials } from '../../server/access/credentials.js';
import { createUserStore } from '../../server/access/user-store.js';
import { createApp } from '../../server/app.js';
import type { Grant, Role, Sensitivity } from '../../server/contracts/index.js';
import { createDatabase, type Database } from '../../server/db/database.js';
import type { QueryStore } from '../../server/db/query-store.js';
import { applySchema } from '../../server/db/schema.js';
import { createLogger, type Logger } from '../../server/logger.js';
import { CLIENT_DIR } from '../../server/runtime.js';
import { setDefaultToken } from './http.js';
import { testNeo4j } from './test-neo4j.js';
import { testQueryStore } from './test-queries.js';
import { isMapNode } from './map-nodes.js';

export interface TestServer {
  baseUrl: string;
  /** API token of the test account (analyst, cleared for everything) that requests use by default. */
  token: string;
  db: Database;
  queries: QueryStore;
  /** Empties the map (accounts are kept) and applies the schema. */
  reset(): Promise<void>;
  /** Username and password of the test account, for signing a browser in. */
  credentials: { username: string; password: string };
  /**
   * A new session of the test account, opened as sign-in opens one but without the password check:
   * each costs a scrypt derivation (a third of a second here), and browser tests open hundreds of
   * pages. Sign-in itself is tested through its form and its API.
   */
  openSession(): Promise<string>;
  /** Creates a user with an API token; returns the token. */
  userWithToken(username: string, role: Role, clearance: Sensitivity, grants?: Grant[]): Promise<{ userId: string; token: string }>;
  /** Nodes of the map itself: everything but accounts, sessions, tokens, grant requests, sign-in throttles, the audit log, import jobs, record history (versions: append-only, like the audit log), the map's version token and started sign-ons. */
  countMapNodes(): Promise<number>;
  /** Runs a Cypher statement that returns one count, for assertions and test set-up (e.g. clearing sign-in throttles). */
  count(cypher: string, params?: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

const TEST_PASSWORD = 'test-password-123';

/** How the app reaches the run's Neo4j: through another Bolt address (a fault proxy in front of it), with a shorter retry. */
export interface TestDatabaseRoute {
  uri?: string;
  maxRetryTimeMs?: number;
}

export function openTestDatabase(route: TestDatabaseRoute = {}): { db: Database; queries: QueryStore } {
  const neo4j = testNeo4j();
  const queries = testQueryStore();
  // Every row of a typed query is checked against its declared type, so a row type that drifts from
  // its Cypher fails a test here instead of being believed in production.
  const db = createDatabase({
    uri: route.uri ?? neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    queries,
    checkRows: true,
    ...(route.maxRetryTimeMs === undefined ? {} : { maxRetryTimeMs: route.maxRetryTimeMs }),
  });
  return { db, queries };
}

export async function startTestServer(
  options: { logger?: Logger; bodyLimit?: string; basemapUrl?: string; database?: TestDatabaseRoute } = {},
): Promise<TestServer> {
  const { db, queries } = openTestDatabase(options.database);
  const app = createApp({
    db,
    logger: options.logger ?? createLogger('silent'),
    bodyLimit: options.bodyLimit ?? '1mb',
    clientDir: CLIENT_DIR,
    basemapUrl: options.basemapUrl,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const counter = createAssertionCounter();
  await applySchema(db, queries);
  // Every test file signs in from 127.0.0.1: one file's failed sign-ins must not slow the next
  // file's sign-ins through the per-address delay, so each test server starts with no counts.
  await counter.count('MATCH (t:SignInThrottle) DETACH DELETE t RETURN count(t)');
  // Likewise for chosen-id probes: the test account's taken ids in earlier files (each file's own
  // "taken id answers 409" test) count against its 20 per 15 minutes, which a later file would
  // then meet as an unexpected 429.
  await counter.count("MATCH (e:AuditEvent {action: 'id_conflict'}) DETACH DELETE e RETURN count(e)");
  // And for pending grant requests: one an earlier file left (a test that failed before approving
  // it) names an area or actor of the demo, which then only administrators may change.
  await counter.count("MATCH (r:GrantRequest {status: 'pending'}) DETACH DELETE r RETURN count(r)");
  const users = createUserStore(db);
  const credentials = createCredentials(db);
  const userWithToken: TestServer['userWithToken'] = async (username, role, clearance, grants) => {
    const existing = (await users.list()).find((user) => user.username === username);
    const user = existing
      ? await users.update(existing.id, { role, clearance, grants: grants ?? [], disabled: false })
      : await users.create({ username, displayName: username, password: TEST_PASSWORD, role, clearance });
    if (grants && !existing) await users.update(user.id, { grants });
    return { userId: user.id, token: (await credentials.createApiToken(user.id, 'tests')).token! };
  };
  // The account is created with TEST_PASSWORD and never given another: setting it again would revoke
  // the tokens of every other test server on this database (a new password revokes them all).
  const { token, userId } = await userWithToken('test-analyst', 'analyst', 'strictly_confidential');
  setDefaultToken(baseUrl, token);
  return {
    baseUrl,
    token,
    db,
    queries,
    userWithToken,
    credentials: { username: 'test-analyst', password: TEST_PASSWORD },
    openSession: () => credentials.openSession(userId),
    async reset() {
      await db.autoCommit('maintenance/delete-map-data');
      await applySchema(db, queries);
    },
    count: (cypher, params) => counter.count(cypher, params),
    countMapNodes: () => counter.count(`MATCH (n) WHERE ${isMapNode('n')} RETURN count(n)`),
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await db.close();
      await counter.close();
    },
  };
}

/**
 * Assertion counts use their own driver so that the code under test is not also the judge; one
 * driver per test server, opened on the first count and closed with the server.
 * Test-only: the Cypher here is fixed text written in the tests, never request input.
 */
function createAssertionCounter() {
  const connect = async () => {
    const { default: neo4jDriver } = await import('neo4j-driver');
    const neo4j = testNeo4j();
    return { neo4jDriver, driver: neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic(neo4j.user, neo4j.password)) };
  };
  let opened: ReturnType<typeof connect> | undefined;
  const open = () => (opened ??= connect());
  return {
    async count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
      const { neo4jDriver, driver } = await open();
      const { records } = await driver.executeQuery(cypher, params);
      const value = records[0]?.get(0);
      return neo4jDriver.isInt(value) ? value.toNumber() : Number(value);
    },
    async close(): Promise<void> {
      if (opened) await (await opened).driver.close();
    },
  };
}

/**
 * Typed query handles against the real database: rows come back as declared, a row type that
 * drifts from its Cypher fails when rows are checked (as every test server does), and a handle
 * naming no Cypher file stops the database from being created at all.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDatabase, type Database } from '../../server/db/database.js';
import { loadQueryStore } from '../../server/db/query-store.js';
import { declaredQueries, query, type Params, type Query } from '../../server/db/typed-query.js';
import { CYPHER_DIR } from '../../server/runtime.js';
import { testNeo4j } from '../support/test-neo4j.js';

const serverComponents = query<Record<string, never>, { version: string; edition: string }>(
  'admin/server-components',
  z.object({ version: z.string(), edition: z.string() }),
);
// Written as a plain object, not declared: test files share modules, and a declared stray would reach the next file's database.
const driftedComponents: Query<Record<string, never>, { version: number }> = {
  name: 'admin/server-components',
  rowSchema: z.object({ version: z.number() }),
};

const opened: Database[] = [];
function open(checkRows: boolean, handles?: Query<Params, unknown>[]): Database {
  const neo4j = testNeo4j();
  const db = createDatabase({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    queries: loadQueryStore(CYPHER_DIR),
    checkRows,
    handles,
  });
  opened.push(db);
  return db;
}

afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
});

describe('typed queries on Neo4j', () => {
  it('a handle returns its declared rows, in a transaction and as a single read', async () => {
    const db = open(true);
    const [row] = await db.read(serverComponents, {});
    expect(row?.version).toMatch(/^5\./);
    const [inTx] = await db.readTransaction((tx) => tx.run(serverComponents, {}));
    expect(inTx?.edition).toBe(row?.edition);
  });

  it('a row that does not match its declared type fails when rows are checked, names the query, and passes when they are not', async () => {
    await expect(open(true).read(driftedComponents, {})).rejects.toThrow(/"admin\/server-components" returned row 0 .*version/);
    const [row] = await open(false).read(driftedComponents, {});
    expect(typeof row?.version).toBe('string');
  });

  it('a handle without a Cypher file stops the database from being created', () => {
    const stray: Query<Params, unknown> = { name: 'admin/no-such-query', rowSchema: null };
    expect(() => open(true, [...declaredQueries(), stray])).toThrow(/Typed queries without a Cypher file: admin\/no-such-query/);
  });
});

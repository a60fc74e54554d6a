/**
 * Start-up reads which constraints and indexes exist and runs only the schema statements that
 * create a missing one: none on a complete schema, exactly the dropped one otherwise.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { applySchema, createdName } from '../../server/db/schema.js';
import { splitStatements } from '../../server/db/query-store.js';
import { openTestDatabase } from '../support/test-server.js';

const { db, queries } = openTestDatabase();
afterAll(() => db.close());

/** The database, recording the schema statements run through it. */
function recording(): { db: Database; ran: string[] } {
  const ran: string[] = [];
  return { db: { ...db, runSchemaStatement: (statement: string) => (ran.push(statement), db.runSchemaStatement(statement)) }, ran };
}

const schemaStatements = () =>
  queries
    .names()
    .filter((n) => n.startsWith('schema/'))
    .flatMap((n) => splitStatements(queries.get(n)));

describe('applying the schema at start-up', () => {
  it('knows the name every schema statement creates', () => {
    for (const statement of schemaStatements()) expect(createdName(statement), statement).toMatch(/^\w+$/);
  });

  it('runs no statement when every constraint and index exists', async () => {
    await applySchema(db, queries);
    const { db: watched, ran } = recording();
    expect(await applySchema(watched, queries)).toBe(schemaStatements().length);
    expect(ran).toEqual([]);
  });

  it('creates exactly the constraint and the index that are missing', async () => {
    await db.runSchemaStatement('DROP INDEX actor_kind IF EXISTS');
    await db.runSchemaStatement('DROP CONSTRAINT saved_view_id IF EXISTS');
    const { db: watched, ran } = recording();
    await applySchema(watched, queries);
    expect(ran.map(createdName).sort()).toEqual(['actor_kind', 'saved_view_id']);
    const [constraints] = await db.read('admin/constraint-names');
    const [indexes] = await db.read('admin/index-names');
    expect(constraints?.names).toContain('saved_view_id');
    expect(indexes?.names).toContain('actor_kind');
  });
});

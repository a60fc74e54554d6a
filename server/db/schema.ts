/**
 * Applies the constraints and indexes of `cypher/schema/` at start-up. Every statement is
 * idempotent (IF NOT EXISTS), but each still costs a schema transaction on a warm start (about a
 * second for 31 on the 2-core machine), so the names that exist are read once with SHOW and only
 * statements creating a missing name run. A statement whose name cannot be read runs anyway.
 */
import type { Database } from './database.js';
import { splitStatements, type QueryStore } from './query-store.js';

const CREATES = /^\s*CREATE\s+(?:CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i;

/** The name a `CREATE ... <name> IF NOT EXISTS` statement creates, or null. */
export function createdName(statement: string): string | null {
  return CREATES.exec(statement)?.[1] ?? null;
}

async function existingNames(db: Database): Promise<Set<string>> {
  const names = new Set<string>();
  for (const query of ['admin/constraint-names', 'admin/index-names']) {
    const [row] = await db.read(query);
    for (const name of (row?.names as string[] | undefined) ?? []) names.add(name);
  }
  return names;
}

/** Makes every `schema/*` statement hold; returns how many statements the schema has. */
export async function applySchema(db: Database, queries: QueryStore): Promise<number> {
  const existing = await existingNames(db);
  let count = 0;
  for (const name of queries.names().filter((n) => n.startsWith('schema/'))) {
    for (const statement of splitStatements(queries.get(name))) {
      count += 1;
      const created = createdName(statement);
      if (created !== null && existing.has(created)) continue;
      await db.runSchemaStatement(statement);
    }
  }
  return count;
}

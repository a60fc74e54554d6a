/** Applies the constraints and indexes of `cypher/schema/` at start-up; every statement is idempotent. */
import type { Database } from './database.js';
import { splitStatements, type QueryStore } from './query-store.js';

/** Runs every `schema/*` file of the store; returns how many statements ran. */
export async function applySchema(db: Database, queries: QueryStore): Promise<number> {
  let count = 0;
  for (const name of queries.names().filter((n) => n.startsWith('schema/'))) {
    for (const statement of splitStatements(queries.get(name))) {
      await db.runSchemaStatement(statement);
      count += 1;
    }
  }
  return count;
}

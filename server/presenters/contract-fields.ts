/**
 * Presenters that copy exactly the fields of a response contract from a stored record, in the
 * contract's order, filling the fields Neo4j left absent (it stores no nulls) with the API's
 * defaults. Properties that are not in the contract (a write token, a dataset id) stay behind.
 *
 * They do not validate: the records come from our own Cypher projections, and validating every
 * actor and tie of every response cost more than the query itself. What keeps a projection from
 * drifting from its contract is tests/integration/response-contracts.test.ts, which parses real
 * responses with the same zod schemas.
 */
import type { z } from 'zod';

export type StoredRecord = Record<string, unknown>;

/** A presenter for `schema`: `defaults` stand in for absent or null fields. */
export function contractFields<Schema extends z.ZodObject>(
  schema: Schema,
  defaults: Partial<z.output<Schema>>,
): (stored: StoredRecord) => z.output<Schema> {
  const fields = Object.keys(schema.shape);
  const fallback: StoredRecord = defaults;
  return (stored) => {
    const presented: StoredRecord = {};
    for (const field of fields) presented[field] = stored[field] ?? fallback[field];
    return presented as z.output<Schema>;
  };
}

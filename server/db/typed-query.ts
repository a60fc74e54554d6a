/**
 * Typed handles on the Cypher files. A module names the queries it runs once, at load time,
 * with the parameters each takes and the rows it returns:
 *
 *     export const getTie = query<GetTieParams, GetTieRow>('ties/get-tie', GetTieRowSchema);
 *
 * and runs them as `tx.run(getTie, params)`, getting `GetTieRow[]` back: no name strings at call
 * sites, no casts of `Record<string, unknown>`. Every handle is registered here; the database
 * checks them all against the loaded `cypher/` files when it is created, so a handle without a
 * file stops the start-up, not the first request. A row schema, when given, is parsed against
 * every row the query returns in tests (`checkRows`), so a declared row type that drifts from its
 * Cypher fails a test rather than being believed.
 *
 * The registry lives as long as the process, and test files share their worker's modules: a test
 * that wants a handle of its own (a missing file, a drifted row type) writes the handle as a plain
 * `Query` object and passes it where it is needed, instead of declaring it here for every file after it.
 */
import type { z } from 'zod';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface Query<P extends object = Params, R = Row> {
  readonly name: string;
  readonly rowSchema: z.ZodType<R> | null;
  /** Never set: carries the parameter type for `run`'s overload. */
  readonly params?: P;
}

const declared = new Map<string, Query<Params, unknown>>();

/** Declares the query stored as `cypher/<name>.cypher`, its parameters and its rows. */
export function query<P extends object, R = Row>(name: string, rowSchema?: z.ZodType<R>): Query<P, R> {
  const handle: Query<P, R> = { name, rowSchema: rowSchema ?? null };
  declared.set(name, handle as Query<Params, unknown>);
  return handle;
}

/** The file name a query reference stands for (a handle or, for unmoved modules, a name). */
export function queryName(ref: string | Query<Params, unknown>): string {
  return typeof ref === 'string' ? ref : ref.name;
}

/** Every handle declared so far (by the modules imported until now). */
export function declaredQueries(): Query<Params, unknown>[] {
  return [...declared.values()];
}

/**
 * Checks each row against the query's schema and returns the rows as they came (a schema's
 * parse would drop undeclared keys, and tests must see what production sees). A mismatch names
 * the query, the row and the field.
 */
export function checkRows(handle: Query<Params, unknown>, rows: Row[]): void {
  const schema = handle.rowSchema;
  if (!schema) return;
  rows.forEach((row, index) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return;
    const issue = parsed.error.issues[0];
    throw new Error(
      `Cypher query "${handle.name}" returned row ${index} that does not match its declared row type: ${issue?.path.join('.') || '(row)'}: ${issue?.message}`,
    );
  });
}

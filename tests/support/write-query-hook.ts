/**
 * Fault and race injection for write transactions: the database as given, except that `before`
 * runs before each query of a write transaction, with the query's name. It may throw (the query
 * then fails, and the transaction with it) or change the data from outside first (a race).
 */
import type { Database, Params, RunQuery } from '../../server/db/database.js';
import { queryName, type Query } from '../../server/db/typed-query.js';

export function beforeEachWriteQuery(db: Database, before: (name: string) => Promise<void> | void): Database {
  return {
    ...db,
    writeTransaction: (work, options) =>
      db.writeTransaction(
        (tx) =>
          work({
            run: (async (ref: string | Query, params?: Params) => {
              await before(queryName(ref));
              return tx.run(ref as string, params);
            }) as RunQuery,
          }),
        options,
      ),
  };
}

/**
 * Typed handles on `cypher/maintenance/`: queries the running server never loads (only the reset
 * command, benchmarks and tests load them: server/db/query-store.ts). Declaring a handle loads
 * nothing: a store without the maintenance queries still refuses to run it ("No Cypher query
 * named ..."), and only a store that loaded them is checked for it at start-up (server/db/database.ts).
 */
import { query } from '../db/typed-query.js';
import { NoRowSchema } from './rows.js';

/** Empties the map in batches (CALL ... IN TRANSACTIONS): run with `db.autoCommit`, never in a transaction. */
export const deleteMapData = query<Record<string, never>, never>('maintenance/delete-map-data', NoRowSchema);

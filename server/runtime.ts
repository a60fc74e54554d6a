/**
 * What `npm start` and `npm run reset` share: connect to Neo4j (starting one if needed), load the
 * Cypher files, open the database, apply the schema.
 */
import { appPath } from './app-root.js';
import type { Config } from './config.js';
import { createDatabase, type Database } from './db/database.js';
import { loadQueryStore, type QueryStore } from './db/query-store.js';
import { applySchema } from './db/schema.js';
import { migrateLegacySources } from './evidence/legacy-migration.js';
import { closeOrphanClaims } from './evidence/claim-lifecycle.js';
import { anchorEveryTieClaim } from './evidence/claim-tie-ends.js';
import type { Logger } from './logger.js';
import { connectNeo4j, type Neo4jConnection } from './neo4j-connection.js';
import { giveMissingGrantLevels } from './queries/access.js';
import { giveMissingRoleIds } from './queries/output-roles.js';

// From the project root, so that the compiled server (dist/server/) finds them too.
export const CYPHER_DIR = appPath('cypher');
export const CLIENT_DIR = appPath('dist', 'client');

export interface Runtime {
  connection: Neo4jConnection;
  queries: QueryStore;
  db: Database;
  close(): Promise<void>;
}

/** `maintenance`: also load the maintenance queries (only the reset command asks for them). */
export async function openRuntime(config: Config, logger: Logger, options: { maintenance?: boolean } = {}): Promise<Runtime> {
  const queries = loadQueryStore(CYPHER_DIR, { maintenance: options.maintenance ?? false });
  const connection = await connectNeo4j(config, (message) => logger.info({ msg: message }));
  const db = createDatabase({
    uri: connection.uri,
    user: connection.user,
    password: connection.password,
    database: config.NEO4J_DATABASE,
    queries,
  });
  try {
    const server = await db.describeServer();
    logger.info({ msg: 'neo4j reached', origin: connection.origin, version: server.version, edition: server.edition });
    const statements = await applySchema(db, queries);
    logger.info({ msg: 'schema applied', statements });
    // Roles written before they had ids (an older database) get one, so /api/output-roles can name them.
    await db.write(giveMissingRoleIds, {});
    // Actor grants written before they recorded the level they were given for get their actor's level now.
    await db.write(giveMissingGrantLevels, {});
    // Ties written before sources and claims: their source text becomes a source and a claim (issue #15).
    await migrateLegacySources(db);
    // Tie claims written before they kept their tie's ends take them (the visibility check finds the tie from them).
    await anchorEveryTieClaim(db);
    // Claims about records deleted or merged before claims went with them (issue #15).
    await closeOrphanClaims(db);
  } catch (error) {
    await db.close();
    await connection.stop();
    throw error;
  }
  return {
    connection,
    queries,
    db,
    async close() {
      await db.close();
      await connection.stop();
    },
  };
}

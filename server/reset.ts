/** `npm run reset`: empties the database and loads the reference and demo data again. */
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { deleteMapData } from './queries/maintenance.js';
import { openRuntime } from './runtime.js';
import { seedDatabase } from './seed/seed-database.js';

async function reset(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  // Only a runtime opened for maintenance loads maintenance/ queries; the server's refuses to run this one.
  const runtime = await openRuntime(config, logger, { maintenance: true });
  try {
    await runtime.db.autoCommit(deleteMapData, {});
    logger.info({ msg: 'map data emptied; accounts and the audit log are kept' });
    if (config.ACTOR_MAP_SEED !== 'none') {
      for (const summary of await seedDatabase(runtime.db, config.ACTOR_MAP_SEED)) logger.info({ msg: 'dataset loaded', ...summary });
    }
  } finally {
    await runtime.close();
  }
}

reset().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

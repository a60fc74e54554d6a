/**
 * `npm start`: Neo4j (given or started here), schema, reference and demo data in an empty
 * database, then the API and the built client on PORT (8080). SIGTERM and SIGINT let in-flight
 * requests finish, stop the analysis workers, close the driver, stop a local Neo4j, and exit.
 */
import { performance } from 'node:perf_hooks';
import { ensureAdministrator } from './access/bootstrap.js';
import { createUserStore } from './access/user-store.js';
import { shutDownInfluenceWorkers } from './workers/influence-workers.js';
import { createApp } from './app.js';
import { loadConfig, signOnSettings } from './config.js';
import { createLogger } from './logger.js';
import { CLIENT_DIR, openRuntime } from './runtime.js';
import { seedIfEmpty } from './seed/seed-database.js';
import { recordHistoryBaseline } from './history/baseline.js';

/** Seconds since this process began, to a tenth. */
const seconds = () => Math.round(performance.now() / 100) / 10;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  // Where start-up time goes, in seconds since the process began (logged with 'ready').
  const phases: Record<string, number> = { modulesLoaded: seconds() };
  const runtime = await openRuntime(config, logger);
  phases.databaseReady = seconds();
  const loaded = await seedIfEmpty(runtime.db, config.ACTOR_MAP_SEED);
  for (const summary of loaded) logger.info({ msg: 'dataset loaded', ...summary });
  await recordHistoryBaseline(runtime.db);
  phases.dataReady = seconds();
  await ensureAdministrator(
    createUserStore(runtime.db),
    { password: config.ACTOR_MAP_ADMIN_PASSWORD, passwordFile: config.ACTOR_MAP_ADMIN_PASSWORD_FILE, dataDir: config.ACTOR_MAP_DATA_DIR },
    (line) => process.stdout.write(`${line}\n`),
  );

  const app = createApp({
    db: runtime.db,
    logger,
    bodyLimit: config.BODY_LIMIT,
    clientDir: CLIENT_DIR,
    trustProxy: config.TRUST_PROXY ?? false,
    rateLimitPerMinute: config.ACTOR_MAP_RATE_LIMIT_PER_MINUTE,
    access: signOnSettings(config),
    basemapUrl: config.ACTOR_MAP_BASEMAP_URL,
  });
  const server = app.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const startupSeconds = seconds();
    logger.info({ msg: 'ready', url: `http://localhost:${port}`, startupSeconds, phases });
    process.stdout.write(`\nActor Map is ready at http://localhost:${port} (started in ${startupSeconds.toFixed(1)} s)\n\n`);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ msg: 'shutting down', signal });
    // In-flight requests finish first, including influence jobs waiting for a worker; only then
    // are the workers stopped.
    server.close(async () => {
      await shutDownInfluenceWorkers();
      await runtime.close();
      logger.info({ msg: 'stopped' });
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

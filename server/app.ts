/**
 * Builds the Express application from its parts. No `listen` here: tests mount the same app on
 * an ephemeral port. The app holds no state between requests beyond the database handle, so
 * several instances can serve one Neo4j (or cluster).
 */
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import { apiNotFound, errorHandler } from './middleware/error-handler.js';
import { requestLog } from './middleware/request-log.js';
import { requireJsonBody } from './middleware/require-json.js';
import { actorRoutes } from './routes/actors.js';
import { analysisRoutes } from './routes/analyses.js';
import { graphRoutes } from './routes/graph.js';
import { healthRoutes } from './routes/health.js';
import { mountRoutes } from './routes/mount-routes.js';
import { openApiRoutes } from './routes/openapi.js';
import { referenceRoutes } from './routes/reference.js';
import type { RouteSpec } from './routes/route-spec.js';
import { tieRoutes } from './routes/ties.js';
import { transferRoutes } from './routes/transfers.js';
import { viewRoutes } from './routes/views.js';
import { createActorStore } from './services/actor-store.js';
import { createAreaDirectory } from './services/area-directory.js';
import { createMapGraph } from './services/map-graph.js';
import { createOutputCatalog } from './services/output-catalog.js';
import { createTieStore } from './services/tie-store.js';

export interface AppOptions {
  db: Database;
  logger: Logger;
  bodyLimit?: string;
  /** Folder of the built client, served at `/` when it exists. */
  clientDir?: string;
}

/** The API's route table: every route, in one list, for mounting and for OpenAPI. */
export function buildRouteTable(db: Database): RouteSpec[] {
  const routes = [
    ...healthRoutes(db),
    ...actorRoutes(createActorStore(db)),
    ...tieRoutes(createTieStore(db)),
    ...referenceRoutes(createOutputCatalog(db), createAreaDirectory(db)),
    ...graphRoutes(createMapGraph(db)),
    ...analysisRoutes(db),
    ...transferRoutes(db),
    ...viewRoutes(db),
  ];
  return [...routes, ...openApiRoutes(routes)];
}

export function createApp(options: AppOptions): Express {
  const bodyLimit = options.bodyLimit ?? '1mb';
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestLog(options.logger));
  app.use('/api', requireJsonBody, express.json({ limit: bodyLimit, strict: true }));
  app.use('/api', (_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(mountRoutes(buildRouteTable(options.db)));
  app.use('/api', apiNotFound);
  if (options.clientDir && existsSync(options.clientDir)) {
    app.use(express.static(options.clientDir, { index: 'index.html', maxAge: '1h' }));
  }
  app.use(errorHandler(options.logger, bodyLimit));
  return app;
}

/**
 * Builds the Express application from its parts. No `listen` here: tests mount the same app on
 * an ephemeral port. The app holds no state between requests beyond the database handle (and
 * per-instance rate-limit windows), so several instances can serve one Neo4j or cluster.
 *
 * Order matters: security headers on everything; then, for /api, no-store, authentication (cookie
 * or Bearer), the CSRF guard for cookie sessions, rate limits, routes. Bodies are read by each
 * route as it declares them (mount-routes.ts), after its access check.
 */
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { createAuditLog, type AuditLog } from './access/audit-log.js';
import { createCredentials } from './access/credentials.js';
import { createSignInService } from './access/sign-in.js';
import { passwordAllowance } from './access/sign-on/local-passwords.js';
import type { AccessSettings } from './access/sign-on/settings.js';
import { createSignOnService } from './access/sign-on/sign-on.js';
import { createUserStore } from './access/user-store.js';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import { authenticate } from './middleware/authenticate.js';
import { csrfGuard } from './middleware/csrf-guard.js';
import { apiNotFound, errorHandler } from './middleware/error-handler.js';
import { rateLimit } from './middleware/rate-limit.js';
import { readVolume } from './middleware/read-volume.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeadersFor } from './middleware/security-headers.js';
import { startPreloads } from './middleware/start-preloads.js';
import { actorRoutes } from './routes/actors.js';
import { administrationRoutes } from './routes/administration.js';
import { analysisRoutes } from './routes/analyses.js';
import { briefingRoutes } from './routes/briefings.js';
import { areaRoutes } from './routes/areas.js';
import { authRoutes } from './routes/auth.js';
import { boundaryRoutes } from './routes/boundaries.js';
import { engagementRoutes } from './routes/engagements.js';
import { evidenceRoutes } from './routes/evidence.js';
import { createClaimStore } from './evidence/claim-store.js';
import { createSourceStore } from './evidence/source-store.js';
import { mechanismRoutes, outputRoleRoutes } from './routes/coordination-records.js';
import { graphRoutes } from './routes/graph.js';
import { createMapGraph } from './services/map-graph.js';
import { createHistoryEraser } from './history/erase-history.js';
import { healthRoutes } from './routes/health.js';
import { createHistoryStore } from './history/history-store.js';
import { historyRoutes } from './routes/history.js';
import { createLinkedHistoryStore } from './history/linked-history-store.js';
import { linkedHistoryRoutes } from './routes/linked-history.js';
import { actorStoreWithAsOf, mapGraphWithAsOf, tieStoreWithAsOf } from './history/as-of.js';
import { createRoundStore } from './rounds/round-store.js';
import { roundRoutes } from './routes/rounds.js';
import { createDiffService } from './history/diff.js';
import { diffRoutes } from './routes/diff.js';
import { mergeRoutes } from './routes/merge.js';
import { mountRoutes } from './routes/mount-routes.js';
import { openApiRoutes } from './routes/openapi.js';
import { outputRecordRoutes } from './routes/output-records.js';
import { referenceRoutes } from './routes/reference.js';
import { retentionRoutes } from './routes/retention.js';
import { pageShellWithSettings } from './routes/page-shell.js';
import { signOnRoutes, type SignInOptions } from './routes/sign-on.js';
import type { RouteSpec } from './routes/route-spec.js';
import { tieRoutes } from './routes/ties.js';
import { transferRoutes } from './routes/transfers.js';
import { viewRoutes } from './routes/views.js';
import { createActorStore } from './services/actor-store.js';
import { createAreaDirectory } from './services/area-directory.js';
import { createEngagementStore } from './services/engagement-store.js';
import { createAreaStore } from './services/area-store.js';
import { createMechanismStore } from './services/mechanism-store.js';
import { createOutputRoleStore } from './services/output-role-store.js';
import { createOutputCatalog } from './services/output-catalog.js';
import { createOutputRecords } from './services/output-records.js';
import { createRetention } from './services/retention.js';
import { createTieStore } from './services/tie-store.js';

export interface AppOptions {
  db: Database;
  logger: Logger;
  bodyLimit?: string;
  /** Folder of the built client, served at `/` when it exists. */
  clientDir?: string;
  /** Express `trust proxy`: set when a TLS-terminating proxy sits in front (for HSTS and client addresses). */
  trustProxy?: string | boolean;
  /** Analyses and exports allowed per user and minute on this instance; search gets twice as many. */
  rateLimitPerMinute?: number;
  /** Sign-on with an identity provider, and whether local passwords work (config.ts `signOnSettings`); neither by default. */
  access?: AccessSettings;
  /** The area map's basemap (ACTOR_MAP_BASEMAP_URL): told to the client in the page shell, allowed by the CSP. */
  basemapUrl?: string | undefined;
}

/** The API's route table: every route, in one list, for mounting and for OpenAPI. */
export function buildRouteTable(db: Database, audit: AuditLog = createAuditLog(db), localPasswords = true): RouteSpec[] {
  const users = createUserStore(db);
  const credentials = createCredentials(db);
  const rounds = createRoundStore(db);
  // `asOf` (a round or a date) reads the record's history instead of the present (server/history).
  const actors = actorStoreWithAsOf(db, createActorStore(db), rounds);
  const ties = tieStoreWithAsOf(db, createTieStore(db), rounds);
  const routes = [
    ...healthRoutes(db),
    ...authRoutes(users, credentials, createSignInService(db, credentials, audit, passwordAllowance(db, localPasswords))),
    ...administrationRoutes(db, users, credentials, audit),
    // Before the actor routes: /api/actors/duplicates is not an actor id.
    ...mergeRoutes(db),
    ...historyRoutes(createHistoryStore(db, { actors, ties }), createHistoryEraser(db)),
    // The history of engagements, roles, mechanisms, areas and claims; it reads each record through its own store.
    ...linkedHistoryRoutes(
      createLinkedHistoryStore(db, {
        engagements: createEngagementStore(db),
        outputRoles: createOutputRoleStore(db),
        mechanisms: createMechanismStore(db),
        areas: createAreaStore(db),
        claims: createClaimStore(db),
      }),
    ),
    ...actorRoutes(actors),
    ...tieRoutes(ties),
    ...engagementRoutes(createEngagementStore(db)),
    ...referenceRoutes(createOutputCatalog(db), createAreaDirectory(db)),
    // Before the area routes: /api/areas/geometry is not an area id.
    ...boundaryRoutes(db),
    ...areaRoutes(createAreaStore(db)),
    ...outputRecordRoutes(createOutputRecords(db)),
    ...graphRoutes(db, mapGraphWithAsOf(db, createMapGraph(db), rounds)),
    ...roundRoutes(rounds),
    ...diffRoutes(createDiffService(db, rounds)),
    ...retentionRoutes(createRetention(db)),
    ...analysisRoutes(db),
    ...transferRoutes(db),
    ...briefingRoutes(db),
    ...viewRoutes(db),
    ...outputRoleRoutes(createOutputRoleStore(db)),
    ...mechanismRoutes(createMechanismStore(db)),
    ...evidenceRoutes(createSourceStore(db), createClaimStore(db)),
  ];
  return [...routes, ...openApiRoutes(routes)];
}

export function createApp(options: AppOptions): Express {
  const bodyLimit = options.bodyLimit ?? '1mb';
  const audit = createAuditLog(options.db);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(requestLog(options.logger));
  app.use(securityHeadersFor(options.basemapUrl));
  app.use('/api', (_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', authenticate(createCredentials(options.db)), csrfGuard);
  app.use('/api', readVolume(audit));
  const perMinute = options.rateLimitPerMinute ?? 60;
  app.use('/api/actors', searchLimit(perMinute * 2));
  app.use(['/api/exports', '/api/analysis'], rateLimit({ limit: perMinute, windowMs: 60_000 }));
  const signOn = options.access?.signOn;
  if (signOn)
    app.use(
      signOnRoutes(
        createSignOnService(options.db, createUserStore(options.db), createCredentials(options.db), audit, signOn),
        signOn.redirectUrl,
      ),
    );
  app.use(mountRoutes(buildRouteTable(options.db, audit, options.access?.localPasswords ?? true), audit, { bodyLimit }));
  app.use('/api', apiNotFound);
  if (options.clientDir && existsSync(options.clientDir)) {
    app.use(startPreloads);
    const settings: Record<string, unknown> = {};
    if (signOn || options.access?.localPasswords === false)
      settings['actor-map-sign-in'] = {
        provider: signOn?.providerName ?? null,
        passwords: options.access?.localPasswords ?? true,
      } satisfies SignInOptions;
    if (options.basemapUrl) settings['actor-map-basemap'] = { url: options.basemapUrl };
    if (Object.keys(settings).length > 0) app.use(pageShellWithSettings(options.clientDir, settings));
    app.use(
      express.static(options.clientDir, {
        index: 'index.html',
        maxAge: '1h',
        // The shell says which preloads to make (start-preloads.ts): always revalidated.
        setHeaders: (response, path) => {
          if (path.endsWith('index.html')) response.setHeader('Cache-Control', 'no-cache');
        },
      }),
    );
  }
  app.use(errorHandler(options.logger, bodyLimit, audit));
  return app;
}

/** Text search is rate-limited: it is how a curious user would probe for hidden names. */
function searchLimit(perMinute: number): express.RequestHandler {
  const limit = rateLimit({ limit: perMinute, windowMs: 60_000 });
  return (request, response, next) => (request.method === 'GET' && 'text' in request.query ? limit(request, response, next) : next());
}

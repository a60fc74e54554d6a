/** /api/analysis/*: one GET route per row of the analysis registry (issue 4). */
import { ANALYSES } from '../analyses/registry.js';
import { WorkerPoolFullError } from '../workers/worker-pool.js';
import type { Database } from '../db/database.js';
import { serverBusy } from '../errors.js';
import { clientGoneSignal } from './client-gone.js';
import { createRoundStore } from '../rounds/round-store.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function analysisRoutes(db: Database): RouteSpec[] {
  // `asOf` (a round id or a date-time) is resolved here, once, into the date every read of the analysis uses.
  const rounds = createRoundStore(db);
  return ANALYSES.map((analysis) =>
    defineRoute({
      method: 'get',
      path: `/api/analysis/${analysis.name}`,
      tag: 'analysis',
      access: analysis.access,
      summary: analysis.summary,
      query: analysis.query,
      success: { status: 200, schema: analysis.result, description: 'The analysis of the visible map' },
      errors: analysis.mayNotFind ? [404, 503] : [503],
      handle: async ({ query, viewer, response }) => {
        try {
          const { asOf } = query as { asOf?: string };
          const at = asOf === undefined ? undefined : await rounds.resolveAsOf(asOf);
          return await analysis.run(db, query, viewer, { signal: clientGoneSignal(response), asOf: at });
        } catch (error) {
          // Too many analyses already wait for a worker: a 503 the client may retry, with when.
          if (error instanceof WorkerPoolFullError) {
            response.setHeader('Retry-After', String(error.retryAfterSeconds));
            throw serverBusy(error.retryAfterSeconds);
          }
          throw error;
        }
      },
    }),
  );
}

/** /api/analysis/*: one GET route per row of the analysis registry (issue 4). */
import { ANALYSES, requiredAnalysisQueries } from '../analyses/registry.js';
import type { Database } from '../db/database.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function analysisRoutes(db: Database): RouteSpec[] {
  db.requireQueries(...requiredAnalysisQueries());
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
      handle: ({ query, viewer }) => analysis.run(db, query, viewer),
    }),
  );
}

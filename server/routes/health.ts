/** /api/health: the API is up, and which Neo4j it reaches (version and edition as reported). */
import { HealthSchema, type Health } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function healthRoutes(db: Database): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      access: 'public',
      tag: 'health',
      summary: 'Whether the API and its database answer',
      success: { status: 200, schema: HealthSchema, description: 'Status; 503 with the same shape when the database is down' },
      errors: [503],
      async handle({ response }): Promise<Health> {
        try {
          const server = await db.describeServer();
          return { status: 'ok', neo4j: { reachable: true, ...server } };
        } catch {
          response.locals.status = 503;
          return { status: 'degraded', neo4j: { reachable: false, version: null, edition: null } };
        }
      },
    }),
  ];
}

/** /api/health: the API is up, and which Neo4j it reaches (version and edition as reported). */
import { HealthSchema, type Health } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { answer, defineRoute, type Answer, type RouteSpec } from './route-spec.js';

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
      async handle(): Promise<Health | Answer<Health>> {
        try {
          const server = await db.describeServer();
          return { status: 'ok', neo4j: { reachable: true, ...server } };
        } catch {
          return answer(503, { status: 'degraded', neo4j: { reachable: false, version: null, edition: null } });
        }
      },
    }),
  ];
}

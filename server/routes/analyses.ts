/** /api/analysis/*: influence, conflict ties, coordination, engagement balance, paths (issue 4; not built yet). */
import type { Database } from '../db/database.js';
import type { RouteSpec } from './route-spec.js';

export function analysisRoutes(_db: Database): RouteSpec[] {
  return [];
}

/** /api/imports and /api/exports (issue 5; not built yet). */
import type { Database } from '../db/database.js';
import type { RouteSpec } from './route-spec.js';

export function transferRoutes(_db: Database): RouteSpec[] {
  return [];
}

/** /api/views: named saved views of the map (issue 3; not built yet). */
import type { Database } from '../db/database.js';
import type { RouteSpec } from './route-spec.js';

export function viewRoutes(_db: Database): RouteSpec[] {
  return [];
}

/** /api/engagements: list, read, log, update and delete the mission's engagements. */
import {
  EngagementCreateSchema,
  EngagementListQuerySchema,
  EngagementPageSchema,
  EngagementPatchSchema,
  LoggedEngagementSchema,
} from '../contracts/index.js';
import type { EngagementStore } from '../services/engagement-store.js';
import { resourceRoutes } from './resource-routes.js';
import type { RouteSpec } from './route-spec.js';

export function engagementRoutes(engagements: EngagementStore): RouteSpec[] {
  return resourceRoutes({
    path: '/api/engagements',
    tag: 'engagements',
    noun: 'engagement',
    store: engagements,
    schemas: {
      item: LoggedEngagementSchema,
      create: EngagementCreateSchema,
      patch: EngagementPatchSchema,
      listQuery: EngagementListQuerySchema,
      page: EngagementPageSchema,
    },
    summaries: {
      list: 'List engagements, newest first, filtered by actor, area, section, output and dates, one page at a time',
      create: 'Log an engagement',
      update: 'Change some fields of an engagement (participants hidden from you stay)',
      remove: 'Delete an engagement (refused when it has participants hidden from you)',
    },
  });
}

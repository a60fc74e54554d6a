/** /api/retention/overdue: actors past their review-by date. */
import { z } from 'zod';
import { OverdueActorSchema, type Retention } from '../services/retention.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function retentionRoutes(retention: Retention): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/retention/overdue',
      tag: 'retention',
      access: 'edit',
      summary: 'Actors whose review-by date has passed, oldest first',
      success: { status: 200, schema: z.array(OverdueActorSchema), description: 'Overdue actors' },
      errors: [],
      handle: ({ viewer }) => retention.overdue(viewer),
    }),
  ];
}

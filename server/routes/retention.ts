/** /api/retention/overdue: actors past their review-by date (up to 1,000; they count towards the user's read volume). */
import { z } from 'zod';
import { countRecordsRead } from '../middleware/read-volume.js';
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
      async handle({ viewer, response }) {
        const overdue = await retention.overdue(viewer);
        await countRecordsRead(response, viewer, overdue.length, 'GET /api/retention/overdue');
        return overdue;
      },
    }),
  ];
}

/** /api/diff: what changed between two rounds or dates (issue 14). */
import { DiffQuerySchema, DiffSchema } from '../contracts/index.js';
import type { DiffService } from '../history/diff.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function diffRoutes(diffs: DiffService): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/diff',
      access: 'read',
      tag: 'rounds',
      summary: 'Actors and ties added, removed and changed between two rounds or dates, and the changes that matter named',
      query: DiffQuerySchema,
      success: { status: 200, schema: DiffSchema, description: 'The changes, as the caller may see them at both ends' },
      errors: [503],
      handle: ({ query, viewer }) => diffs.diff(query.from, query.to, viewer),
    }),
  ];
}

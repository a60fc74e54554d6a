/** /api/views: named saved views of the map (filters, focus, layout, selection, zoom, positions). */
import { z } from 'zod';
import { SavedViewCreateSchema, SavedViewPatchSchema, SavedViewSchema, SavedViewSummarySchema } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { createViewStore } from '../services/view-store.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function viewRoutes(db: Database): RouteSpec[] {
  const views = createViewStore(db);
  return [
    defineRoute({
      method: 'get',
      path: '/api/views',
      access: 'read',
      tag: 'views',
      summary:
        'List the saved views this user may see (their own and shared ones: id, name, sharing and dates), most recently changed first',
      success: { status: 200, schema: z.array(SavedViewSummarySchema), description: 'The saved views' },
      errors: [503],
      handle: ({ viewer }) => views.list(viewer),
    }),
    defineRoute({
      method: 'post',
      path: '/api/views',
      access: 'read',
      tag: 'views',
      summary: 'Save a named view of the map: private to its owner unless `shared`',
      body: SavedViewCreateSchema,
      success: { status: 201, schema: SavedViewSchema, description: 'The saved view' },
      errors: [409, 413, 415, 503],
      handle: ({ body, viewer }) => views.create(body, viewer),
    }),
    defineRoute({
      method: 'get',
      path: '/api/views/:id',
      access: 'read',
      tag: 'views',
      summary: "Read one saved view (own or shared; another user's private view answers 404), with its state and node positions",
      params: IdParamsSchema,
      success: { status: 200, schema: SavedViewSchema, description: 'The saved view' },
      errors: [404, 503],
      handle: ({ params, viewer }) => views.get(params.id, viewer),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/views/:id',
      access: 'read',
      tag: 'views',
      summary: 'Rename, share or unshare a saved view, or replace its state, positions or pinned actors',
      params: IdParamsSchema,
      body: SavedViewPatchSchema,
      success: { status: 200, schema: SavedViewSchema, description: 'The updated view' },
      errors: [404, 413, 415, 503],
      handle: ({ params, body, viewer }) => views.update(params.id, body, viewer),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/views/:id',
      access: 'read',
      tag: 'views',
      summary: 'Delete a saved view',
      params: IdParamsSchema,
      success: { status: 204, description: 'Deleted' },
      errors: [404, 503],
      handle: ({ params, viewer }) => views.remove(params.id, viewer),
    }),
  ];
}

/** /api/areas/:id and the area writes: admin areas as reference data (the list is in reference.ts). */
import { AdminAreaCreateSchema, AdminAreaPatchSchema, AdminAreaSchema } from '../contracts/index.js';
import type { AreaStore } from '../services/area-store.js';
import { IdParamsSchema, IdempotencyHeadersSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function areaRoutes(areas: AreaStore): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/areas/:id',
      access: 'read',
      tag: 'areas',
      summary: 'Read one admin area',
      params: IdParamsSchema,
      success: { status: 200, schema: AdminAreaSchema, description: 'The area' },
      errors: [404, 503],
      handle: ({ params }) => areas.get(params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/areas',
      access: 'edit',
      audit: { action: 'create', targetType: 'area' },
      tag: 'areas',
      summary: 'Create an admin area: p-code unique, level one below its parent, names by language',
      body: AdminAreaCreateSchema,
      headers: IdempotencyHeadersSchema,
      success: { status: 201, schema: AdminAreaSchema, description: 'The created area' },
      errors: [409, 413, 415, 503],
      handle: ({ body, headers, viewer, audit }) => areas.create(body, viewer, { audit, idempotencyKey: headers['idempotency-key'] }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/areas/:id',
      access: 'edit',
      audit: { action: 'update', targetType: 'area' },
      tag: 'areas',
      summary:
        'Change some fields of an admin area (null clears p-code, parent or other names); an area named by a grant only by an administrator',
      params: IdParamsSchema,
      body: AdminAreaPatchSchema,
      success: { status: 200, schema: AdminAreaSchema, description: 'The updated area' },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, body, viewer, audit }) => areas.update(params.id, body, viewer, { audit }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/areas/:id',
      access: 'edit',
      audit: { action: 'delete', targetType: 'area' },
      tag: 'areas',
      summary: 'Delete an admin area nothing points to (409 counts the records that do)',
      params: IdParamsSchema,
      success: { status: 204, description: 'Deleted' },
      errors: [404, 409, 503],
      handle: ({ params, viewer, audit }) => areas.remove(params.id, viewer, { audit }),
    }),
  ];
}

/** /api/ties: list, read, create, update and delete ties between actors. */
import { TieCreateSchema, TieListQuerySchema, TiePageSchema, TiePatchSchema, TieSchema } from '../contracts/index.js';
import type { TieStore } from '../services/tie-store.js';
import { IdParamsSchema, IdempotencyHeadersSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function tieRoutes(ties: TieStore): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/ties',
      access: 'read',
      tag: 'ties',
      summary: 'List ties, optionally of some types or touching one actor',
      query: TieListQuerySchema,
      success: { status: 200, schema: TiePageSchema, description: 'One page of ties and the total' },
      errors: [503],
      handle: ({ query, viewer }) => ties.list(query, viewer),
    }),
    defineRoute({
      method: 'post',
      path: '/api/ties',
      audit: { action: 'create', targetType: 'tie' },
      access: 'edit',
      tag: 'ties',
      summary: 'Create a tie between two existing actors',
      body: TieCreateSchema,
      success: { status: 201, schema: TieSchema, description: 'The created tie' },
      errors: [409, 413, 415, 503],
      headers: IdempotencyHeadersSchema,
      handle: ({ body, headers, viewer }) => ties.create(body, viewer, headers['idempotency-key']),
    }),
    defineRoute({
      method: 'get',
      path: '/api/ties/:id',
      access: 'read',
      tag: 'ties',
      summary: 'Read one tie',
      params: IdParamsSchema,
      success: { status: 200, schema: TieSchema, description: 'The tie' },
      errors: [404, 503],
      handle: ({ params, viewer }) => ties.get(params.id, viewer),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/ties/:id',
      audit: { action: 'update', targetType: 'tie' },
      access: 'edit',
      tag: 'ties',
      summary: 'Change some fields of a tie (its ends are fixed)',
      params: IdParamsSchema,
      body: TiePatchSchema,
      success: { status: 200, schema: TieSchema, description: 'The updated tie' },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, body, viewer }) => ties.update(params.id, body, viewer),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/ties/:id',
      audit: { action: 'delete', targetType: 'tie' },
      access: 'edit',
      tag: 'ties',
      summary: 'Delete a tie',
      params: IdParamsSchema,
      success: { status: 204, description: 'Deleted' },
      errors: [404, 503],
      handle: ({ params, viewer }) => ties.remove(params.id, viewer),
    }),
  ];
}

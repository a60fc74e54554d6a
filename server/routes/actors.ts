/** /api/actors: list, read, create, update and delete actors. */
import {
  ActorCreateSchema,
  ActorListQuerySchema,
  ActorPageSchema,
  ActorPatchSchema,
  ActorSchema,
} from '../contracts/index.js';
import type { ActorStore } from '../services/actor-store.js';
import { IdParamsSchema, IdempotencyHeadersSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function actorRoutes(actors: ActorStore): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/actors',
      access: 'read',
      tag: 'actors',
      summary: 'List actors, filtered by kind, subtype, admin area and text, one page at a time',
      query: ActorListQuerySchema,
      success: { status: 200, schema: ActorPageSchema, description: 'One page of actors and the total' },
      errors: [503],
      handle: ({ query, viewer }) => actors.list(query, viewer),
    }),
    defineRoute({
      method: 'post',
      path: '/api/actors',
      audit: { action: 'create', targetType: 'actor' },
      access: 'edit',
      tag: 'actors',
      summary: 'Create an actor',
      body: ActorCreateSchema,
      success: { status: 201, schema: ActorSchema, description: 'The created actor' },
      errors: [409, 413, 415, 503],
      headers: IdempotencyHeadersSchema,
      handle: ({ body, headers, viewer }) => actors.create(body, viewer, headers['idempotency-key']),
    }),
    defineRoute({
      method: 'get',
      path: '/api/actors/:id',
      access: 'read',
      tag: 'actors',
      summary: 'Read one actor',
      params: IdParamsSchema,
      success: { status: 200, schema: ActorSchema, description: 'The actor' },
      errors: [404, 503],
      handle: ({ params, viewer }) => actors.get(params.id, viewer),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/actors/:id',
      audit: { action: 'update', targetType: 'actor' },
      access: 'edit',
      tag: 'actors',
      summary: 'Change some fields of an actor (null clears an optional field)',
      params: IdParamsSchema,
      body: ActorPatchSchema,
      success: { status: 200, schema: ActorSchema, description: 'The updated actor' },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, body, viewer }) => actors.update(params.id, body, viewer),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/actors/:id',
      audit: { action: 'delete', targetType: 'actor' },
      access: 'edit',
      tag: 'actors',
      summary: 'Delete an actor and all its ties',
      params: IdParamsSchema,
      success: { status: 204, description: 'Deleted' },
      errors: [404, 503],
      handle: ({ params, viewer }) => actors.remove(params.id, viewer),
    }),
  ];
}

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
      tag: 'actors',
      summary: 'List actors, filtered by kind, subtype, admin area and text, one page at a time',
      query: ActorListQuerySchema,
      success: { status: 200, schema: ActorPageSchema, description: 'One page of actors and the total' },
      errors: [503],
      handle: ({ query }) => actors.list(query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/actors',
      tag: 'actors',
      summary: 'Create an actor',
      body: ActorCreateSchema,
      success: { status: 201, schema: ActorSchema, description: 'The created actor' },
      errors: [409, 413, 415, 503],
      headers: IdempotencyHeadersSchema,
      handle: ({ body, headers }) => actors.create(body, headers['idempotency-key']),
    }),
    defineRoute({
      method: 'get',
      path: '/api/actors/:id',
      tag: 'actors',
      summary: 'Read one actor',
      params: IdParamsSchema,
      success: { status: 200, schema: ActorSchema, description: 'The actor' },
      errors: [404, 503],
      handle: ({ params }) => actors.get(params.id),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/actors/:id',
      tag: 'actors',
      summary: 'Change some fields of an actor (null clears an optional field)',
      params: IdParamsSchema,
      body: ActorPatchSchema,
      success: { status: 200, schema: ActorSchema, description: 'The updated actor' },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, body }) => actors.update(params.id, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/actors/:id',
      tag: 'actors',
      summary: 'Delete an actor and all its ties',
      params: IdParamsSchema,
      success: { status: 204, description: 'Deleted' },
      errors: [404, 503],
      handle: ({ params }) => actors.remove(params.id),
    }),
  ];
}

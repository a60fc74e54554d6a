/** /api/rounds: list, read, create, change and delete mapping rounds (issue 14). Signing rounds off is coordination work: `coordinate`. */
import { z } from 'zod';
import { RoundCreateSchema, RoundListSchema, RoundPatchSchema, RoundSchema } from '../contracts/index.js';
import type { RoundStore } from '../rounds/round-store.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const RoundParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

export function roundRoutes(rounds: RoundStore): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/rounds',
      access: 'read',
      tag: 'rounds',
      summary: 'Every mapping round, newest first',
      success: { status: 200, schema: RoundListSchema, description: 'The rounds' },
      errors: [503],
      handle: async () => ({ items: await rounds.list() }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/rounds',
      access: 'coordinate',
      audit: { action: 'create', targetType: 'round' },
      tag: 'rounds',
      summary: 'Name a date-time of the record as a mapping round (instant: nothing is copied)',
      body: RoundCreateSchema,
      success: { status: 201, schema: RoundSchema, description: 'The round' },
      errors: [413, 415, 503],
      handle: ({ body, viewer, audit }) => rounds.create(body, viewer, { audit }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/rounds/:id',
      access: 'read',
      tag: 'rounds',
      summary: 'One mapping round',
      params: RoundParamsSchema,
      success: { status: 200, schema: RoundSchema, description: 'The round' },
      errors: [404, 503],
      handle: ({ params }) => rounds.get(params.id),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/rounds/:id',
      access: 'coordinate',
      audit: { action: 'update', targetType: 'round' },
      tag: 'rounds',
      summary: 'Change a round’s name, description, sign-off or date',
      params: RoundParamsSchema,
      body: RoundPatchSchema,
      success: { status: 200, schema: RoundSchema, description: 'The round' },
      errors: [404, 413, 415, 503],
      handle: ({ params, body, viewer, audit }) => rounds.update(params.id, body, viewer, { audit }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/rounds/:id',
      access: 'coordinate',
      audit: { action: 'delete', targetType: 'round' },
      tag: 'rounds',
      summary: 'Delete a round (the history stays)',
      params: RoundParamsSchema,
      success: { status: 204, description: 'Deleted' },
      errors: [404, 503],
      handle: ({ params, viewer, audit }) => rounds.remove(params.id, viewer, { audit }),
    }),
  ];
}

/**
 * The five routes of a stored resource (list, create, read, update, delete), declared once for
 * actors and ties alike: same access rules (read to list and read, edit to change), same audit,
 * same Idempotency-Key on create, same errors.
 */
import type { z } from 'zod';
import type { Viewer } from '../access/viewer.js';
import { countRecordsRead } from '../middleware/read-volume.js';
import type { WriteContext } from '../services/write-context.js';
import { IdParamsSchema, IdempotencyHeadersSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

/** Writes take the route's audit trail, so the store records the event in its own transaction. */
export interface ResourceStore<Item, Create, Patch, ListQuery, Page> {
  list(query: ListQuery, viewer: Viewer): Promise<Page>;
  get(id: string, viewer: Viewer): Promise<Item>;
  create(input: Create, viewer: Viewer, context?: WriteContext): Promise<Item>;
  update(id: string, patch: Patch, viewer: Viewer, context?: WriteContext): Promise<Item>;
  remove(id: string, viewer: Viewer, context?: WriteContext): Promise<void>;
}

/**
 * A list page beyond the first is audited as `bulk_read`: one page is browsing, paging on is
 * reading the list out, an export in all but name. Recorded after success, with the offset and
 * limit, so the audit log shows who paged through how much of which list, and when. First pages
 * are large and filters many, so every record a list sends also counts towards the user's read
 * volume (access/read-volume.ts), which records `bulk_read` past a threshold whatever the offset.
 */
const pagedOn = ({ query }: { query: unknown }) => ((query as { offset?: number }).offset ?? 0) > 0;
const pageRead = ({ query }: { query: unknown }) => {
  const { offset, limit } = query as { offset?: number; limit?: number };
  return `offset=${offset ?? 0} limit=${limit ?? 0}`;
};

export interface ResourceDefinition<Item, Create, Patch, ListQuery, Page> {
  /** Collection path, e.g. `/api/actors`. */
  path: string;
  tag: string;
  /** Singular noun for summaries and the audit log: `actor`, `tie`. */
  noun: string;
  store: ResourceStore<Item, Create, Patch, ListQuery, Page>;
  schemas: {
    item: z.ZodType<Item>;
    create: z.ZodType<Create>;
    patch: z.ZodType<Patch>;
    listQuery: z.ZodType<ListQuery>;
    page: z.ZodType<Page>;
    /** The answer of a create or update when it says more than the item (actors, ties: the claims the write recorded). */
    written?: z.ZodType<Item>;
  };
  summaries: { list: string; create: string; update: string; remove: string };
  /** The permission the writes need (default `edit`; the division of labour: `coordinate`). */
  writeAccess?: 'edit' | 'coordinate';
}

export function resourceRoutes<Item, Create, Patch, ListQuery, Page>(
  resource: ResourceDefinition<Item, Create, Patch, ListQuery, Page>,
): RouteSpec[] {
  const { path, tag, noun, store, schemas, summaries } = resource;
  const writeAccess = resource.writeAccess ?? 'edit';
  return [
    defineRoute({
      method: 'get',
      path,
      access: 'read',
      tag,
      summary: summaries.list,
      query: schemas.listQuery,
      audit: { action: 'bulk_read', targetType: noun, when: pagedOn, detail: pageRead },
      success: { status: 200, schema: schemas.page, description: `One page of ${noun}s and the total` },
      errors: [429, 503],
      async handle({ query, viewer, response }) {
        const page = await store.list(query, viewer);
        const items = (page as { items?: unknown[] }).items;
        await countRecordsRead(response, viewer, Array.isArray(items) ? items.length : 0, `GET ${path}`);
        return page;
      },
    }),
    defineRoute({
      method: 'post',
      path,
      access: writeAccess,
      audit: { action: 'create', targetType: noun },
      tag,
      summary: summaries.create,
      body: schemas.create,
      headers: IdempotencyHeadersSchema,
      success: { status: 201, schema: schemas.written ?? schemas.item, description: `The created ${noun}` },
      errors: [409, 413, 415, 429, 503],
      handle: ({ body, headers, viewer, audit }) => store.create(body, viewer, { audit, idempotencyKey: headers['idempotency-key'] }),
    }),
    defineRoute({
      method: 'get',
      path: `${path}/:id`,
      access: 'read',
      tag,
      summary: `Read one ${noun}`,
      params: IdParamsSchema,
      success: { status: 200, schema: schemas.item, description: `The ${noun}` },
      errors: [404, 503],
      handle: ({ params, viewer }) => store.get(params.id, viewer),
    }),
    defineRoute({
      method: 'patch',
      path: `${path}/:id`,
      access: writeAccess,
      audit: { action: 'update', targetType: noun },
      tag,
      summary: summaries.update,
      params: IdParamsSchema,
      body: schemas.patch,
      success: { status: 200, schema: schemas.written ?? schemas.item, description: `The updated ${noun}` },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, body, viewer, audit }) => store.update(params.id, body, viewer, { audit }),
    }),
    defineRoute({
      method: 'delete',
      path: `${path}/:id`,
      access: writeAccess,
      audit: { action: 'delete', targetType: noun },
      tag,
      summary: summaries.remove,
      params: IdParamsSchema,
      success: { status: 204, description: 'Deleted' },
      errors: [404, 503],
      handle: ({ params, viewer, audit }) => store.remove(params.id, viewer, { audit }),
    }),
  ];
}

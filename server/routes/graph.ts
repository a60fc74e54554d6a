/**
 * /api/graph: the map as Cytoscape.js elements. Its nodes and edges count towards the user's read
 * volume (a bulk read past a threshold). It answers conditional requests: an ETag per map version
 * and viewer visibility, 304 when If-None-Match names it (nothing is sent, so nothing is counted).
 * The response stays `no-store` (the app's rule for /api): a client that revalidates keeps the
 * map and its ETag itself, so no confidential map lands in a browser's disk cache.
 */
import { z } from 'zod';
import {
  GraphElementsSchema,
  GraphOverviewSchema,
  GraphQuerySchema,
  OverviewMembersQuerySchema,
  OverviewMembersSchema,
  OverviewQuerySchema,
} from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { countRecordsRead } from '../middleware/read-volume.js';
import { createMapGraph, type MapGraph } from '../services/map-graph.js';
import { createMapGraphCache } from '../services/map-graph-cache.js';
import { createOverviewService } from '../overview/overview-service.js';
import { answer, defineRoute, type RouteSpec } from './route-spec.js';

const ConditionalHeadersSchema = z.object({
  'if-none-match': z
    .string()
    .max(2000)
    .optional()
    .describe('An ETag of an earlier answer: 304 with no body when the map the viewer would get is unchanged'),
});

/** `graph`: the map service (the app passes the one that also answers `asOf` from history). */
export function graphRoutes(db: Database, graph: MapGraph = createMapGraph(db)): RouteSpec[] {
  const cache = createMapGraphCache(db, graph);
  const overview = createOverviewService(db, cache);
  return [
    defineRoute({
      method: 'get',
      path: '/api/graph',
      access: 'read',
      tag: 'graph',
      summary: 'The map as Cytoscape.js elements, filtered by kinds, areas, output and tie types',
      query: GraphQuerySchema,
      headers: ConditionalHeadersSchema,
      success: { status: 200, schema: GraphElementsSchema, description: '{ nodes: [{ data }], edges: [{ data }] }; ETag header' },
      errors: [503],
      async handle({ query, viewer, headers, response }) {
        const cached = await cache.answer(query, viewer, headers['if-none-match']);
        if (cached.etag) response.setHeader('ETag', cached.etag);
        // Node sends no body with a 304.
        if (cached.status === 304) return answer(304, null);
        const { elements } = cached;
        await countRecordsRead(response, viewer, elements.nodes.length + elements.edges.length, 'GET /api/graph');
        // The JSON the cache made once for this map and visibility, sent as is (mount-routes sends nothing more once the response ended).
        const body = cached.json();
        response.status(200).setHeader('Content-Type', 'application/json; charset=utf-8');
        if (response.req.method === 'HEAD') response.setHeader('Content-Length', Buffer.byteLength(body));
        response.end(body);
        return elements;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/graph/overview',
      access: 'read',
      tag: 'graph',
      summary: 'The map as groups of actors (by area, kind or community) with counts by kind, and ties between groups with counts by type',
      query: OverviewQuerySchema,
      success: {
        status: 200,
        schema: GraphOverviewSchema,
        description: 'Groups and aggregated edges; only what the viewer may see is counted',
      },
      errors: [503],
      // Counts only, no record: not a read of records for the bulk-read meter.
      handle: ({ query, viewer }) => overview.overview(query.groupBy, viewer),
    }),
    defineRoute({
      method: 'get',
      path: '/api/graph/overview/members',
      access: 'read',
      tag: 'graph',
      summary: 'One overview group opened: its actors, the ties among them, and their ties to other groups aggregated per actor',
      query: OverviewMembersQuerySchema,
      success: { status: 200, schema: OverviewMembersSchema, description: '{ group, nodes, edges, links }' },
      errors: [404, 503],
      async handle({ query, viewer, response }) {
        const members = await overview.members(query.groupBy, query.group, viewer);
        await countRecordsRead(response, viewer, members.nodes.length + members.edges.length, 'GET /api/graph/overview/members');
        return members;
      },
    }),
  ];
}

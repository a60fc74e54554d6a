/** /api/graph: the map as Cytoscape.js elements. */
import { GraphElementsSchema, GraphQuerySchema } from '../contracts/index.js';
import type { MapGraph } from '../services/map-graph.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function graphRoutes(graph: MapGraph): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/graph',
      access: 'read',
      tag: 'graph',
      summary: 'The map as Cytoscape.js elements, filtered by kinds, areas, output and tie types',
      query: GraphQuerySchema,
      success: { status: 200, schema: GraphElementsSchema, description: '{ nodes: [{ data }], edges: [{ data }] }' },
      errors: [503],
      handle: ({ query, viewer }) => graph.elements(query, viewer),
    }),
  ];
}

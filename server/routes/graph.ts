/** /api/graph: the map as Cytoscape.js elements. Its nodes and edges count towards the user's read volume (a bulk read past a threshold). */
import { GraphElementsSchema, GraphQuerySchema } from '../contracts/index.js';
import { countRecordsRead } from '../middleware/read-volume.js';
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
      async handle({ query, viewer, response }) {
        const elements = await graph.elements(query, viewer);
        await countRecordsRead(response, viewer, elements.nodes.length + elements.edges.length, 'GET /api/graph');
        return elements;
      },
    }),
  ];
}

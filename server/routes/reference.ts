/** /api/outputs and /api/areas: the handbook's outputs and the map's admin areas. */
import { z } from 'zod';
import { AdminAreaSchema, OutputDetailSchema, OutputSummarySchema } from '../contracts/index.js';
import { countRecordsRead } from '../middleware/read-volume.js';
import type { AreaDirectory } from '../services/area-directory.js';
import type { OutputCatalog } from '../services/output-catalog.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function referenceRoutes(outputs: OutputCatalog, areas: AreaDirectory): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/outputs',
      access: 'read',
      tag: 'outputs',
      summary: 'The seven operational outputs of the handbook',
      success: { status: 200, schema: z.array(OutputSummarySchema), description: 'Outputs in handbook order' },
      errors: [503],
      handle: () => outputs.list(),
    }),
    defineRoute({
      method: 'get',
      path: '/api/outputs/:id',
      access: 'read',
      tag: 'outputs',
      summary: 'One output with its activities, benchmarks, risks and lead/support agencies',
      params: IdParamsSchema,
      success: { status: 200, schema: OutputDetailSchema, description: 'The output' },
      errors: [404, 503],
      async handle({ params, viewer, response }) {
        const output = await outputs.get(params.id, viewer);
        // Its lead and support roles and stances name actors: they count towards the read volume.
        await countRecordsRead(response, viewer, output.roles.length + (output.stances?.length ?? 0), 'GET /api/outputs/:id');
        return output;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/areas',
      access: 'read',
      tag: 'areas',
      summary: 'Admin areas, capital first',
      success: { status: 200, schema: z.array(AdminAreaSchema), description: 'Every admin area' },
      errors: [503],
      handle: () => areas.list(),
    }),
  ];
}

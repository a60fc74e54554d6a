/** The output page's writes: stances of actors on an output, and the status of its benchmarks. */
import { z } from 'zod';
import {
  BenchmarkPatchSchema,
  BenchmarkSchema,
  IdSchema,
  OutputStanceCreateSchema,
  OutputStanceDeleteQuerySchema,
  OutputStanceHolderSchema,
} from '../contracts/index.js';
import type { OutputRecords } from '../services/output-records.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const StanceParamsSchema = z.strictObject({ id: IdSchema, actorId: IdSchema });
const BenchmarkParamsSchema = z.strictObject({ id: IdSchema, benchmarkId: IdSchema });

export function outputRecordRoutes(records: OutputRecords): RouteSpec[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/outputs/:id/stances',
      access: 'edit',
      audit: { action: 'create', targetType: 'output_stance' },
      tag: 'outputs',
      summary: 'Say that an actor contributes to or obstructs the output or one of its activities (replaces its other stance there)',
      params: IdParamsSchema,
      body: OutputStanceCreateSchema,
      success: { status: 201, schema: OutputStanceHolderSchema, description: 'The stance' },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, body, viewer, audit }) => records.setStance(params.id, body, viewer, { audit }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/outputs/:id/stances/:actorId',
      access: 'edit',
      audit: { action: 'delete', targetType: 'output_stance' },
      tag: 'outputs',
      summary: 'Remove an actor’s stance on the output (or, with targetId, on one of its activities)',
      params: StanceParamsSchema,
      query: OutputStanceDeleteQuerySchema,
      success: { status: 204, description: 'Removed' },
      errors: [404, 409, 503],
      handle: ({ params, query, viewer, audit }) => records.removeStance(params.id, params.actorId, query.targetId, viewer, { audit }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/outputs/:id/benchmarks/:benchmarkId',
      access: 'coordinate',
      audit: { action: 'update', targetType: 'benchmark' },
      tag: 'outputs',
      summary: 'Set a benchmark’s status (not started, in progress, met, at risk), as of a date, with a note',
      params: BenchmarkParamsSchema,
      body: BenchmarkPatchSchema,
      success: { status: 200, schema: BenchmarkSchema, description: 'The benchmark' },
      errors: [404, 413, 415, 503],
      handle: ({ params, body, audit }) => records.updateBenchmark(params.id, params.benchmarkId, body, { audit }),
    }),
  ];
}

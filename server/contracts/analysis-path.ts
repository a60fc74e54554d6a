/** Paths between two actors. */
import { z } from 'zod';
import { IdSchema, queryInt } from './common.js';
import { graphFilters, directedFlag, AnalysisActorSchema, ActorPathSchema } from './analysis-shared.js';

export const PathQuerySchema = z
  .strictObject({
    from: IdSchema.describe('First actor'),
    to: IdSchema.describe('Last actor'),
    ...graphFilters,
    directed: directedFlag,
    maxLength: queryInt(1, 10, 6).describe('Longest path searched, in steps'),
    limit: queryInt(1, 50, 10).describe('Most shortest paths returned'),
  })
  .refine((q) => q.from !== q.to, { path: ['to'], message: 'must differ from from' });
export type PathQuery = z.infer<typeof PathQuerySchema>;

export const PathResultSchema = z.object({
  from: AnalysisActorSchema,
  to: AnalysisActorSchema,
  distance: z.number().int().nullable().describe('Steps of a shortest path; null if none within maxLength'),
  pathCount: z.number().int().describe('Number of shortest paths (before the limit)'),
  paths: z.array(ActorPathSchema),
});
export type PathResult = z.infer<typeof PathResultSchema>;

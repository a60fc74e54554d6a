/** Outputs of the handbook, with their activities, benchmarks, risks and the agencies on them. */
import { z } from 'zod';
import { BENCHMARK_STATUSES, BENCHMARK_TERMS, OUTPUT_ROLES } from './vocabulary.js';
import { IdSchema } from './common.js';

export const ActivitySchema = z.object({ id: IdSchema, title: z.string(), description: z.string().default('') });
export const BenchmarkSchema = z.object({
  id: IdSchema,
  term: z.enum(BENCHMARK_TERMS),
  text: z.string(),
  status: z.enum(BENCHMARK_STATUSES).default('not_started'),
});
export const RiskSchema = z.object({ id: IdSchema, text: z.string() });

export const OutputSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  summary: z.string(),
  source: z.string(),
});

export const OutputRoleHolderSchema = z.object({
  actorId: IdSchema,
  name: z.string(),
  acronym: z.string().nullable(),
  role: z.enum(OUTPUT_ROLES),
  areaIds: z.array(IdSchema).describe('Admin areas where the role holds; empty means country-wide'),
});

export const OutputDetailSchema = OutputSummarySchema.extend({
  activities: z.array(ActivitySchema),
  benchmarks: z.array(BenchmarkSchema),
  risks: z.array(RiskSchema),
  roles: z.array(OutputRoleHolderSchema),
});
export type OutputSummary = z.infer<typeof OutputSummarySchema>;
export type OutputDetail = z.infer<typeof OutputDetailSchema>;

/** Outputs of the handbook, with their activities, benchmarks, risks and the agencies on them. */
import { z } from 'zod';
import { BENCHMARK_STATUSES, BENCHMARK_TERMS, OUTPUT_ROLES, OUTPUT_STANCES } from './vocabulary.js';
import { IdSchema, IsoDateSchema, text } from './common.js';

export const ActivitySchema = z.object({ id: IdSchema, title: z.string(), description: z.string().default('') });
export const BenchmarkSchema = z.object({
  id: IdSchema,
  term: z.enum(BENCHMARK_TERMS),
  text: z.string(),
  status: z.enum(BENCHMARK_STATUSES).default('not_started'),
  statusDate: IsoDateSchema.nullable().default(null).describe('When the status was last assessed'),
  statusNote: z.string().nullable().default(null).describe('Why: what was seen, by whom, what is missing'),
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

/** An actor that contributes to or obstructs the output or one of its activities (`targetId`). */
export const OutputStanceHolderSchema = z.object({
  actorId: IdSchema,
  name: z.string(),
  acronym: z.string().nullable(),
  targetId: IdSchema.describe('The output itself or one of its activities'),
  stance: z.enum(OUTPUT_STANCES),
});

export const OutputDetailSchema = OutputSummarySchema.extend({
  activities: z.array(ActivitySchema),
  benchmarks: z.array(BenchmarkSchema),
  risks: z.array(RiskSchema),
  roles: z.array(OutputRoleHolderSchema),
  stances: z
    .array(OutputStanceHolderSchema)
    .optional()
    .describe('Visible actors for or against the output; absent for roles that do not receive judgements (viewers)'),
});

/** Say that an actor contributes to or obstructs the output (or one of its activities); replaces its other stance there. */
export const OutputStanceCreateSchema = z.strictObject({
  actorId: IdSchema,
  targetId: IdSchema.optional().describe('One of the output’s activities; leave out for the output itself'),
  stance: z.enum(OUTPUT_STANCES),
});
export type OutputStanceCreate = z.infer<typeof OutputStanceCreateSchema>;
export type OutputStanceHolder = z.infer<typeof OutputStanceHolderSchema>;

export const OutputStanceDeleteQuerySchema = z.strictObject({
  targetId: IdSchema.optional().describe('The activity the stance is on; leave out for the output itself'),
});

/** A benchmark's assessment: status, as of a date, with a note; null clears the date or the note. */
export const BenchmarkPatchSchema = z
  .strictObject({
    status: z.enum(BENCHMARK_STATUSES).optional(),
    statusDate: IsoDateSchema.nullable().optional().describe('As of when; a status change without one is dated today (UTC)'),
    statusNote: text(2000).nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change');
export type BenchmarkPatch = z.infer<typeof BenchmarkPatchSchema>;
export type Benchmark = z.infer<typeof BenchmarkSchema>;
export type OutputSummary = z.infer<typeof OutputSummarySchema>;
export type OutputDetail = z.infer<typeof OutputDetailSchema>;

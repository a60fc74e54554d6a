/** Coordination: who leads and supports each output in each area, and the gaps, overlaps and fragile cells. */
import { z } from 'zod';
import { OUTPUT_ROLES } from './vocabulary.js';
import { IdSchema } from './common.js';
import { AnalysisMessageSchema } from './analysis-messages.js';
import { AreaScopeSchema, areaScopeFilters } from './area-scope.js';
import { graphFilters, AnalysisActorSchema } from './analysis-shared.js';

export const COORDINATION_FLAGS = ['gap', 'overlap', 'fragile'] as const;

export const CoordinationQuerySchema = z.strictObject({
  output: IdSchema.optional().describe('Only this output (404 if unknown)'),
  ...areaScopeFilters,
  ...graphFilters,
});
export type CoordinationQuery = z.infer<typeof CoordinationQuerySchema>;

const RoleHolderSchema = AnalysisActorSchema.extend({ role: z.enum(OUTPUT_ROLES) });

export const CoordinationCellSchema = z.object({
  outputId: IdSchema,
  areaId: IdSchema,
  leads: z.array(RoleHolderSchema),
  supports: z.array(RoleHolderSchema),
  mechanismIds: z.array(IdSchema).describe('Mechanisms coordinating the output that cover the area (a mechanism with no area covers all)'),
  flags: z
    .array(z.enum(COORDINATION_FLAGS))
    .describe(
      'gap: no lead in the area; overlap: 3+ UN entities or donors hold roles and no one mechanism for the output has them all as members; fragile: one actor holds the only role',
    ),
  explanation: z.string(),
  explanationCodes: z.array(AnalysisMessageSchema).describe('The sentences of explanation as codes and params, in order (issue 17)'),
});
export type CoordinationCell = z.infer<typeof CoordinationCellSchema>;

export const DuplicationSchema = z.object({
  outputId: IdSchema,
  outputTitle: z.string(),
  recipient: AnalysisActorSchema,
  funders: z.array(AnalysisActorSchema.extend({ tieId: IdSchema })),
  coordinated: z.boolean().describe('True if one mechanism coordinating the output has every funder as a member'),
  mechanismIds: z.array(IdSchema),
  explanation: z.string(),
  explanationCode: AnalysisMessageSchema.describe('explanation as a code and params (issue 17)'),
});

export const CoordinationResultSchema = z.object({
  scope: AreaScopeSchema,
  areas: z
    .array(z.object({ id: IdSchema, name: z.string(), isCapital: z.boolean() }))
    .describe('The areas in scope: capital first, then by name'),
  outputs: z
    .array(z.object({ id: IdSchema, title: z.string(), activityCount: z.number().int(), hasCountryRoles: z.boolean() }))
    .describe('In handbook order'),
  cells: z
    .array(CoordinationCellSchema)
    .describe(
      'One per output x area in scope. Only roles that list admin areas count; a role with no areas (the handbook\u2019s global division of labour) shows in the matrix but covers no area',
    ),
  gaps: z.array(CoordinationCellSchema),
  overlaps: z.array(CoordinationCellSchema),
  fragile: z.array(CoordinationCellSchema),
  unassignedOutputs: z.array(IdSchema).describe('Outputs no one holds a role on in any area: every area lacks a lead'),
  duplications: z
    .array(DuplicationSchema)
    .describe('Two or more funders funding the same recipient for the same output; uncoordinated ones first'),
  matrix: z.object({
    agencies: z.array(AnalysisActorSchema).describe('Every role holder; by kind, then name'),
    rows: z.array(
      z.object({
        outputId: IdSchema,
        cells: z.array(
          z.object({
            actorId: IdSchema,
            role: z.enum(['lead', 'support', 'none']).describe('Strongest role anywhere (country or global)'),
            leadAreaIds: z.array(IdSchema),
            supportAreaIds: z.array(IdSchema),
            globalRole: z.enum(['lead', 'support']).nullable().describe('Role with no admin areas (handbook reference role)'),
          }),
        ),
      }),
    ),
  }),
});
export type CoordinationResult = z.infer<typeof CoordinationResultSchema>;

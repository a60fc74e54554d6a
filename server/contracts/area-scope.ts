/** Which admin areas a per-area analysis counts (coordination, engagement balance), and how it says so. */
import { z } from 'zod';
import { AnalysisMessageSchema } from './analysis-messages.js';
import { IdSchema } from './common.js';

export const AREA_SCOPE_MODES = ['worked', 'level', 'all'] as const;

/** Query fields shared by the per-area analyses. */
export const areaScopeFilters = {
  scope: z
    .enum(AREA_SCOPE_MODES)
    .default('worked')
    .describe(
      'Areas counted: worked (default: a visible actor is based or active there, or a role or engagement names it), level (one level, see level and parent) or all',
    ),
  level: z.coerce.number().int().min(0).max(3).optional().describe('With scope=level: the level counted (default 1)'),
  parent: IdSchema.optional().describe('With scope=level: only areas under this parent'),
};
export const AreaScopeQuerySchema = z.object(areaScopeFilters);
export type AreaScopeQuery = Partial<z.infer<typeof AreaScopeQuerySchema>>;

export const AreaScopeSchema = z.object({
  mode: z.enum(AREA_SCOPE_MODES),
  level: z.number().int().nullable(),
  parentId: IdSchema.nullable(),
  areaCount: z.number().int().describe('Areas in scope: the areas listed and counted'),
  totalAreas: z.number().int().describe('Every admin area of the map'),
  statement: z.string().describe('The scope in words, e.g. "Scope: 12 areas where anyone works (of 100 admin areas)."'),
  statementCode: AnalysisMessageSchema.describe('statement as a code and params (issue 17)'),
});
export type AreaScope = z.infer<typeof AreaScopeSchema>;

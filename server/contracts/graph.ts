/** The map as Cytoscape.js elements, and the filters of GET /api/graph. */
import { z } from 'zod';
import { EvidenceSchema } from './evidence.js';
import { AsOfSchema } from './round.js';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, DO_NO_HARM_ROLES, SENSITIVITY_LEVELS, TIE_TYPES } from './vocabulary.js';
import { IdSchema, IsoDateSchema, queryList } from './common.js';

export const GraphQuerySchema = z.strictObject({
  kinds: queryList(z.enum(ACTOR_KINDS)).describe('Only actors of these kinds'),
  areas: queryList(IdSchema).describe('Only actors based or active in one of these admin areas'),
  output: IdSchema.optional().describe('Only actors that lead, support, contribute to or obstruct this output or its activities'),
  tieTypes: queryList(z.enum(TIE_TYPES)).describe('Only ties of these types'),
  at: IsoDateSchema.optional().describe('Only ties valid on this date (validFrom <= at <= validTo; an open end always holds)'),
  asOf: AsOfSchema,
});
export type GraphQuery = z.infer<typeof GraphQuerySchema>;

export const GraphNodeDataSchema = z.object({
  id: IdSchema,
  label: z.string(),
  kind: z.enum(ACTOR_KINDS),
  subtype: z.string().nullable(),
  acronym: z.string().nullable(),
  influence: z.number().int().nullable(),
  interest: z.number().int().nullable(),
  stance: z.number().int().nullable(),
  doNoHarmRole: z.enum(DO_NO_HARM_ROLES),
  sensitivity: z.enum(SENSITIVITY_LEVELS),
  basedIn: z.array(IdSchema),
  activeIn: z.array(IdSchema),
  evidence: EvidenceSchema.optional().describe('What the claims you may see amount to (issue #15)'),
});

export const GraphEdgeDataSchema = z.object({
  id: IdSchema,
  source: IdSchema,
  target: IdSchema,
  type: z.enum(TIE_TYPES),
  directed: z.boolean(),
  strength: z.number().int(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  evidence: EvidenceSchema.optional().describe('What the claims you may see amount to (issue #15)'),
});

export const GraphElementsSchema = z.object({
  nodes: z.array(z.object({ data: GraphNodeDataSchema })),
  edges: z.array(z.object({ data: GraphEdgeDataSchema })),
});
export type GraphNodeData = z.infer<typeof GraphNodeDataSchema>;
export type GraphEdgeData = z.infer<typeof GraphEdgeDataSchema>;
export type GraphElements = z.infer<typeof GraphElementsSchema>;

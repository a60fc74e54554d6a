/** The overview of a large map (GET /api/graph/overview): groups of actors as nodes, ties between groups aggregated. */
import { z } from 'zod';
import { ACTOR_KINDS, TIE_TYPES } from './vocabulary.js';
import { GraphEdgeDataSchema, GraphNodeDataSchema } from './graph.js';

export const OVERVIEW_GROUPINGS = ['area', 'kind', 'community'] as const;
export type OverviewGrouping = (typeof OVERVIEW_GROUPINGS)[number];

export const OverviewQuerySchema = z.strictObject({
  groupBy: z
    .enum(OVERVIEW_GROUPINGS)
    .default('area')
    .describe('area: where an actor is based (else active); kind; community: Louvain communities of the visible map'),
});
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;

export const OverviewMembersQuerySchema = OverviewQuerySchema.extend({
  group: z.string().min(1).max(300).describe('A group id from the overview'),
});
export type OverviewMembersQuery = z.infer<typeof OverviewMembersQuerySchema>;

const countsOf = <T extends readonly [string, ...string[]]>(values: T) => z.partialRecord(z.enum(values), z.number().int().nonnegative());

export const OverviewGroupSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** Visible actors in the group. */
  size: z.number().int().nonnegative(),
  kinds: countsOf(ACTOR_KINDS),
  /** Ties with both ends in the group. */
  innerTies: z.number().int().nonnegative(),
});

export const OverviewEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  count: z.number().int().positive(),
  types: countsOf(TIE_TYPES),
});

export const GraphOverviewSchema = z.object({
  groupBy: z.enum(OVERVIEW_GROUPINGS),
  actors: z.number().int().nonnegative(),
  ties: z.number().int().nonnegative(),
  groups: z.array(OverviewGroupSchema),
  edges: z.array(OverviewEdgeSchema),
});

/** A group opened: its actors, the ties among them, and their ties to other groups, aggregated per actor and group. */
export const OverviewMembersSchema = z.object({
  group: z.string(),
  nodes: z.array(z.object({ data: GraphNodeDataSchema })),
  edges: z.array(z.object({ data: GraphEdgeDataSchema })),
  links: z.array(OverviewEdgeSchema),
});

export type OverviewGroup = z.infer<typeof OverviewGroupSchema>;
export type OverviewEdge = z.infer<typeof OverviewEdgeSchema>;
export type GraphOverview = z.infer<typeof GraphOverviewSchema>;
export type OverviewMembers = z.infer<typeof OverviewMembersSchema>;

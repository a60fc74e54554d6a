/** Pieces every analysis shares: the filters that choose its subgraph, the directed flag, an actor and a path as results name them. */
import { z } from 'zod';
import { ACTOR_KINDS, TIE_TYPES } from './vocabulary.js';
import { IdSchema, IsoDateSchema, queryList } from './common.js';
import { TieSchema } from './tie.js';
import { AsOfSchema } from './round.js';

/** Filters that choose the subgraph an analysis computes on. */
export const graphFilters = {
  tieTypes: queryList(z.enum(TIE_TYPES)).describe('Only ties of these types count (default: every type)'),
  date: IsoDateSchema.optional().describe(
    'Only ties valid on this date (validFrom <= date <= validTo, open ends allowed). Default: every recorded tie, whatever its dates',
  ),
  evidence: z
    .enum(['all', 'corroborated'])
    .default('all')
    .describe('corroborated: only ties whose claims you may see corroborate them count (issue #15). Default: every tie'),
  asOf: AsOfSchema.describe(
    'The analysis of the map as it was at a round (its id) or an ISO date-time (issue 14): actors, ties, roles, mechanisms, areas and engagements as they were then, judged by need to know as they were; evidence graded from the claims as they were then (sources with today\u2019s reliability)',
  ),
};
export const directedFlag = z
  .stringbool()
  .default(false)
  .describe('true: a directed tie (funds, influences, ...) counts only from source to target; undirected ties count both ways');

export const AnalysisActorSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  subtype: z.string().nullable(),
});
export type AnalysisActor = z.infer<typeof AnalysisActorSchema>;

export const PathTieSchema = TieSchema.pick({
  id: true,
  type: true,
  sourceId: true,
  targetId: true,
  directed: true,
  strength: true,
  confidence: true,
});
export type PathTie = z.infer<typeof PathTieSchema>;

export const ActorPathSchema = z
  .object({
    length: z.number().int().describe('Number of steps (ties) from the first actor to the last'),
    actors: z.array(AnalysisActorSchema).describe('The actors along the path, first to last'),
    steps: z
      .array(z.object({ fromId: IdSchema, toId: IdSchema, ties: z.array(PathTieSchema).min(1) }))
      .describe('One entry per step; a step lists every counted tie between its two actors, sorted by type then id'),
  })
  .describe('A shortest path; paths are sorted by their actor ids');
export type ActorPath = z.infer<typeof ActorPathSchema>;

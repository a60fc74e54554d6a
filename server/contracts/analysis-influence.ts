/** Influence (issue 4): centrality ranks, optionally compared on corroborated ties only (issue 15). */
import { z } from 'zod';
import { TIE_TYPES } from './vocabulary.js';
import { IdSchema } from './common.js';
import { graphFilters, directedFlag, AnalysisActorSchema } from './analysis-shared.js';

export const InfluenceQuerySchema = z.strictObject({
  ...graphFilters,
  directed: directedFlag,
  compareEvidence: z
    .stringbool()
    .default(false)
    .describe(
      'true: also rank every actor on the corroborated ties alone (issue #15), so the ranks that rest on ties with one source, disputed or no source show. Adds `evidenceComparison` to each actor and `corroboratedTieCount` to the result',
    ),
});
export type InfluenceQuery = z.infer<typeof InfluenceQuerySchema>;

export const ActorInfluenceSchema = AnalysisActorSchema.extend({
  inDegree: z
    .number()
    .int()
    .describe('Ties arriving at the actor (directed=true: directed ties into it plus its undirected ties; otherwise = degree)'),
  outDegree: z
    .number()
    .int()
    .describe('Ties leaving the actor (directed=true: directed ties out of it plus its undirected ties; otherwise = degree)'),
  degree: z.number().int().describe('Counted ties touching the actor (several ties between the same two actors each count)'),
  weightedDegree: z.number().int().describe('Sum of the strengths (1-3) of the counted ties touching the actor'),
  betweenness: z
    .number()
    .describe(
      'Brokerage: share of shortest paths between other actors that pass through this one, on the simple graph (parallel ties merged, unweighted), normalized by 1/((n-1)(n-2)) as NetworkX betweenness_centrality(normalized=True)',
    ),
  closeness: z
    .number()
    .describe(
      'NetworkX closeness_centrality with wf_improved=True: (r-1)/sum of distances, times (r-1)/(n-1), r = actors that reach this one (inward distance when directed); 0 for an isolated actor',
    ),
  eigenvector: z
    .number()
    .describe(
      'NetworkX eigenvector_centrality on the undirected simple graph (power iteration on A+I from a uniform start, Euclidean norm 1), whatever `directed` says',
    ),
  pageRank: z
    .number()
    .describe('NetworkX pagerank, alpha 0.85, unweighted simple graph (directed per `directed`), dangling rank spread evenly; sums to 1'),
  reach: z.number().int().describe('Other actors within 2 steps (following direction when directed=true)'),
  community: z
    .number()
    .int()
    .describe('Louvain community (fixed seed, so results repeat), numbered 0.. by decreasing size then smallest actor id'),
  evidenceComparison: z
    .object({
      rank: z.number().int().min(1).describe('Place in this response (1 = first: betweenness, then pageRank, then id)'),
      rankCorroborated: z
        .number()
        .int()
        .min(1)
        .describe('Place by the same order when only the ties your visible claims corroborate count'),
      uncorroboratedTies: z
        .number()
        .int()
        .describe('Counted ties touching the actor that are not corroborated (one source, disputed or none): they alone move its rank'),
    })
    .optional()
    .describe('With compareEvidence=true only'),
});
export type ActorInfluence = z.infer<typeof ActorInfluenceSchema>;

export const InfluenceResultSchema = z.object({
  directed: z.boolean(),
  tieTypes: z.array(z.enum(TIE_TYPES)),
  date: z.string().nullable(),
  actorCount: z.number().int(),
  tieCount: z.number().int(),
  actors: z.array(ActorInfluenceSchema).describe('Sorted by betweenness, then pageRank (both descending), then id'),
  communities: z
    .array(z.object({ community: z.number().int(), size: z.number().int(), actorIds: z.array(IdSchema) }))
    .describe('Louvain communities on the undirected graph weighted by tie strength'),
  modularity: z.number().describe('Modularity of the Louvain partition'),
  eigenvectorConverged: z.boolean().describe('False if the eigenvector power iteration stopped at its iteration limit'),
  corroboratedTieCount: z.number().int().optional().describe('With compareEvidence=true: how many of the counted ties are corroborated'),
});
export type InfluenceResult = z.infer<typeof InfluenceResultSchema>;

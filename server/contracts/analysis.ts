/**
 * Query and response shapes of the analyses (issue 4): influence, ties to conflict parties, the
 * do-no-harm engagement check, coordination gaps, engagement balance and paths. Every response
 * carries ids and names, is sorted, and says in `.describe()` how each number is defined, so a
 * panel can show it without guessing and the OpenAPI document explains it.
 */
import { z } from 'zod';
import { EVIDENCE_GRADES } from './evidence.js';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, DO_NO_HARM_ROLES, OUTPUT_ROLES, TIE_TYPES } from './vocabulary.js';
import { IdSchema, IsoDateSchema, queryInt, queryList } from './common.js';
import { TieSchema } from './tie.js';
import { AnalysisMessageSchema } from './analysis-messages.js';
import { AreaScopeSchema, areaScopeFilters } from './area-scope.js';
import { AsOfSchema } from './round.js';

// ---------- shared pieces ----------

/** Filters that choose the subgraph an analysis computes on. */
const graphFilters = {
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
const directedFlag = z
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

// ---------- 1. influence ----------

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

// ---------- 2. ties to conflict parties and the do-no-harm check ----------

export const LEAN_STRENGTHS = ['strong', 'moderate', 'weak'] as const;

export const ConflictTiesQuerySchema = z.strictObject({
  actor: IdSchema.optional().describe('Only this actor (any kind); default: every civil society organization'),
  ...graphFilters,
});
export type ConflictTiesQuery = z.infer<typeof ConflictTiesQuerySchema>;

export const PartyLinkSchema = z.object({
  party: AnalysisActorSchema,
  distance: z
    .number()
    .int()
    .describe('Steps on the shortest path (1-3), ties taken in either direction, never through another conflict party'),
  score: z
    .number()
    .describe(
      'Signed closeness of the best shortest path: product over its steps of sign x strength/3 x confidence weight (reported .5, corroborated .75, confirmed 1); sign -1 for in_conflict_with, +1 otherwise, contact ties (communicates_with, mediates_between) count half',
    ),
  confidence: z.enum(CONFIDENCE_LEVELS).describe('Lowest confidence of a tie on the best path'),
  weakestEvidence: z
    .enum(EVIDENCE_GRADES)
    .describe(
      'The weakest evidence grade of a tie on the best path, as your visible claims make it (contested < unsourced < single source < corroborated)',
    ),
  paths: z.array(ActorPathSchema).describe('Shortest paths (at most 5), best first'),
});
export type PartyLink = z.infer<typeof PartyLinkSchema>;

export const LeanSchema = z
  .object({
    partyId: IdSchema,
    partyName: z.string(),
    strength: z.enum(LEAN_STRENGTHS).describe('strong: score >= .5; moderate: >= .2; weak: > 0'),
    score: z.number(),
    evidence: z.string().describe('One sentence: the best path and its ties, for the panel'),
    evidenceMessage: AnalysisMessageSchema.optional().describe(
      'The evidence sentence as a code (lean.path: the names along the path in order and, per step, its tie type, confidence and strength; lean.is_party)',
    ),
    confidence: z.enum(CONFIDENCE_LEVELS),
    contested: z.boolean().describe('True when a positive link to another party is at least half as strong'),
  })
  .nullable()
  .describe('The party with the highest positive score; null when no positive link within 3 steps');
export type Lean = z.infer<typeof LeanSchema>;

export const ActorConflictTiesSchema = z.object({
  actor: AnalysisActorSchema.extend({ doNoHarmRole: z.enum(DO_NO_HARM_ROLES) }),
  parties: z.array(PartyLinkSchema).describe('One entry per reachable party, sorted by distance then score (descending)'),
  lean: LeanSchema,
});
export type ActorConflictTies = z.infer<typeof ActorConflictTiesSchema>;

export const ConflictTiesResultSchema = z.object({
  conflictParties: z.array(AnalysisActorSchema),
  actors: z.array(ActorConflictTiesSchema).describe('Sorted by nearest distance to a party (none last), then name'),
});
export type ConflictTiesResult = z.infer<typeof ConflictTiesResultSchema>;

export const EngagementCheckQuerySchema = z.strictObject({
  actor: IdSchema.describe('The actor the mission considers engaging'),
  ...graphFilters,
  from: IsoDateSchema.optional().describe('Start of the period of the current engagement balance (default: all engagements)'),
  to: IsoDateSchema.optional().describe('End of that period, inclusive'),
});
export type EngagementCheckQuery = z.infer<typeof EngagementCheckQuerySchema>;

export const PartyBalanceSchema = z.object({
  parties: z
    .array(z.object({ partyId: IdSchema, partyName: z.string(), participations: z.number().int(), share: z.number() }))
    .describe(
      'Participations in engagements by actors with a moderate or strong lean (score >= 0.2) toward each party (a party itself counts toward itself); share of all such participations',
    ),
  nonAligned: z.number().int().describe('Participations by actors with no lean, or only a weak one'),
  balanceIndex: z
    .number()
    .nullable()
    .describe(
      'Normalized Shannon entropy of the parties\u2019 participations: 1 = even across all parties, 0 = all toward one; null with no leaning participation or fewer than 2 parties',
    ),
});
export type PartyBalance = z.infer<typeof PartyBalanceSchema>;

export const ENGAGEMENT_DECISIONS = ['engage', 'engage_with_care', 'do_not_engage_yet'] as const;

export const EngagementVerdictSchema = z.object({
  decision: z
    .enum(ENGAGEMENT_DECISIONS)
    .describe('engage; engage_with_care; do_not_engage_yet (a solid aligning tie to a party, or a divider tied to one)'),
  summary: z.string().describe('The conclusion in one sentence'),
  reasons: z.array(z.string()).describe('Why, in plain words, most serious first'),
  summaryCode: AnalysisMessageSchema.describe('summary as a code and params (issue 17)'),
  reasonCodes: z.array(AnalysisMessageSchema).describe('reasons as codes and params, in the same order (issue 17)'),
});
export type EngagementVerdict = z.infer<typeof EngagementVerdictSchema>;

export const EngagementCheckResultSchema = z.object({
  actor: AnalysisActorSchema.extend({ doNoHarmRole: z.enum(DO_NO_HARM_ROLES) }),
  direct: z.array(PartyLinkSchema).describe('Parties tied directly to the actor'),
  twoStep: z.array(PartyLinkSchema).describe('Parties two steps away'),
  lean: LeanSchema,
  dividers: z
    .array(AnalysisActorSchema.extend({ doNoHarmRole: z.enum(DO_NO_HARM_ROLES), onPathsToPartyIds: z.array(IdSchema) }))
    .describe(
      'Actors marked divider (or both) on those paths other than the parties themselves, the actor itself included; sorted by name',
    ),
  balanceNow: PartyBalanceSchema,
  balanceIfEngaged: PartyBalanceSchema.describe('The same with one more participation by this actor'),
  warnings: z.array(z.string()).describe('Plain-language cautions for the panel'),
  verdict: EngagementVerdictSchema.describe('The conclusion of the check: an aid to judgement, not a clearance'),
});
export type EngagementCheckResult = z.infer<typeof EngagementCheckResultSchema>;

// ---------- 3. coordination ----------

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

// ---------- 4. engagement balance ----------

export const EngagementBalanceQuerySchema = z
  .strictObject({
    from: IsoDateSchema.optional().describe('First day counted (default: earliest engagement)'),
    to: IsoDateSchema.optional().describe('Last day counted, inclusive (default: latest engagement)'),
    minInfluence: queryInt(1, 5, 4).describe('Influence (1-5) from which a never-engaged CSO is listed'),
    ...areaScopeFilters,
    ...graphFilters,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not be before from' });
export type EngagementBalanceQuery = z.infer<typeof EngagementBalanceQuerySchema>;

const CountRowSchema = z.object({ key: z.string(), label: z.string(), engagements: z.number().int(), participations: z.number().int() });

export const FollowUpDueSchema = z.object({
  engagementId: z.string(),
  engagementDate: z.string().describe('Date of the engagement, YYYY-MM-DD'),
  participantId: z.string().nullable().describe('The first visible participant (by id), whose panel lists the engagement'),
  text: z.string().optional().describe('The action; left out for roles that do not receive engagement summaries'),
  due: z.string().nullable().describe('Due date YYYY-MM-DD; null = no due date'),
  overdue: z.boolean().describe('Due before today (UTC)'),
});
export type FollowUpDue = z.infer<typeof FollowUpDueSchema>;

export const EngagementBalanceResultSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  engagements: z.number().int(),
  participations: z.number().int().describe('Actor presences at engagements (an actor at 3 meetings counts 3)'),
  scope: AreaScopeSchema,
  byArea: z
    .array(CountRowSchema.extend({ isCapital: z.boolean(), share: z.number() }))
    .describe('Every area in scope, zeros included; by engagements descending, then name'),
  capitalShare: z.number().nullable().describe('Share of engagements held in the capital; null with no engagement'),
  areaGini: z
    .number()
    .nullable()
    .describe('Gini coefficient of engagement counts over the areas of byArea (sum |xi-xj| / (2 n^2 mean)); 0 = even'),
  byCsoSubtype: z
    .array(CountRowSchema)
    .describe('Civil society participations by subtype; engagements = engagements with at least one such CSO'),
  women: z.object({ mechanismEngagements: z.number().int(), womenFocusedParticipations: z.number().int() }),
  youth: z.object({ mechanismEngagements: z.number().int(), youthFocusedParticipations: z.number().int() }),
  partyBalance: PartyBalanceSchema,
  neverEngaged: z
    .array(AnalysisActorSchema.extend({ influence: z.number().int(), basedIn: z.array(IdSchema) }))
    .describe('CSOs of at least minInfluence with no engagement in the period; by influence descending, then name'),
  followUpsDue: z
    .array(FollowUpDueSchema)
    .describe('Open follow-ups of the counted engagements, by due date (undated last), then engagement date; at most 200'),
  followUpsMore: z.number().int().describe('Open follow-ups beyond the 200 listed'),
});
export type EngagementBalanceResult = z.infer<typeof EngagementBalanceResultSchema>;

// ---------- 5. path ----------

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

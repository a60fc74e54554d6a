/** Ties to conflict parties, the lean they add up to, and the do-no-harm engagement check built on them. */
import { z } from 'zod';
import { EVIDENCE_GRADES } from './evidence.js';
import { CONFIDENCE_LEVELS, DO_NO_HARM_ROLES } from './vocabulary.js';
import { IdSchema, IsoDateSchema } from './common.js';
import { AnalysisMessageSchema } from './analysis-messages.js';
import { graphFilters, AnalysisActorSchema, ActorPathSchema } from './analysis-shared.js';

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

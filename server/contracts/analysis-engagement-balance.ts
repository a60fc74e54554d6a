/** Engagement balance: where and with whom the mission engaged, by area, side and subtype. */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, queryInt } from './common.js';
import { AreaScopeSchema, areaScopeFilters } from './area-scope.js';
import { graphFilters, AnalysisActorSchema } from './analysis-shared.js';
import { PartyBalanceSchema } from './analysis-conflict-ties.js';

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

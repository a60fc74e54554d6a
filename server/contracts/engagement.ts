/**
 * The Engagement as the API writes and reads it: a meeting, consultation or visit the mission held
 * (date, holding section, participants, area, outputs, mechanism flags, summary), with follow-up
 * actions and a sensitivity of its own. The dataset contract (dataset.ts EngagementSchema) carries
 * the same fields for seeds, imports and snapshots.
 */
import { z } from 'zod';
import { ENGAGEMENT_FORMATS, SENSITIVITY_LEVELS } from './vocabulary.js';
import { IdSchema, IsoDateSchema, pageOf, queryInt, queryList, text } from './common.js';

/** One action agreed at the engagement: what, by when, and whether it is done. */
export const FollowUpSchema = z.strictObject({
  text: text(500),
  due: IsoDateSchema.nullable().default(null).describe('Due date; null when none was agreed'),
  done: z.boolean().default(false),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

const engagementFields = {
  date: IsoDateSchema,
  sectionId: IdSchema.describe('The mission section (a mission component actor) that held it'),
  actorIds: z.array(IdSchema).min(1, 'name at least one participant').max(200).describe('Actors present'),
  format: z.enum(ENGAGEMENT_FORMATS),
  areaId: IdSchema.describe('Where it took place'),
  outputIds: z.array(IdSchema).max(50).default([]),
  womensMechanism: z.boolean().default(false).describe("Held with or through a women's mechanism"),
  youthMechanism: z.boolean().default(false).describe('Held with or through a youth mechanism'),
  summary: z.string().max(5000).default(''),
  followUps: z.array(FollowUpSchema).max(50).default([]),
  sensitivity: z
    .enum(SENSITIVITY_LEVELS)
    .default('internal')
    .describe('Who may know the meeting took place: seen within clearance and only with at least one visible participant'),
};

/** Duplicate participants would count one actor twice in the engagement analysis. */
function distinctParticipants(value: { actorIds?: string[] | undefined }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  value.actorIds?.forEach((id, index) => {
    if (seen.has(id))
      ctx.addIssue({
        code: 'custom',
        path: ['actorIds', index],
        message: `"${id}" is already a participant`,
        params: { messageCode: 'field.already_participant', id },
      });
    seen.add(id);
  });
}

/** Body of POST /api/engagements. An id may be chosen (undo and redo recreate the same record). */
export const EngagementCreateSchema = z.strictObject({ id: IdSchema.optional(), ...engagementFields }).superRefine(distinctParticipants);
export type EngagementCreate = z.infer<typeof EngagementCreateSchema>;

/**
 * Body of PATCH /api/engagements/:id: any field but the id. `actorIds` replaces the participants
 * the caller may see; participants they may not see stay (a write never drops a hidden link).
 */
export const EngagementPatchSchema = z
  .strictObject({
    date: IsoDateSchema.optional(),
    sectionId: IdSchema.optional(),
    actorIds: engagementFields.actorIds.optional(),
    format: z.enum(ENGAGEMENT_FORMATS).optional(),
    areaId: IdSchema.optional(),
    outputIds: z.array(IdSchema).max(50).optional(),
    womensMechanism: z.boolean().optional(),
    youthMechanism: z.boolean().optional(),
    summary: z.string().max(5000).optional(),
    followUps: z.array(FollowUpSchema).max(50).optional(),
    sensitivity: z.enum(SENSITIVITY_LEVELS).optional(),
  })
  .superRefine(distinctParticipants)
  .refine((patch) => Object.keys(patch).length > 0, { message: 'must change at least one field' });
export type EngagementPatch = z.infer<typeof EngagementPatchSchema>;

/**
 * An engagement as the API returns it: only the participants the reader may see. (Named apart
 * from the dataset's EngagementSchema, which is the shape seeds, imports and snapshots carry.)
 */
export const LoggedEngagementSchema = z.object({
  id: IdSchema,
  date: z.string(),
  sectionId: z.string().nullable().describe('Null when the holding section is not visible to the reader'),
  actorIds: z.array(IdSchema).describe('The participants the reader may see'),
  format: z.enum(ENGAGEMENT_FORMATS),
  areaId: z.string().nullable(),
  outputIds: z.array(IdSchema),
  womensMechanism: z.boolean(),
  youthMechanism: z.boolean(),
  summary: z.string().optional().describe('Absent for roles that do not receive it (field-level authorization)'),
  followUps: z.array(
    z.object({
      text: z.string().optional().describe('Absent for roles that do not receive summaries: an action can say as much as the summary'),
      due: z.string().nullable(),
      done: z.boolean(),
    }),
  ),
  sensitivity: z.enum(SENSITIVITY_LEVELS),
  fictional: z.boolean(),
  createdAt: z.string().nullable().describe('Null for engagements loaded from a seed or an import'),
  updatedAt: z.string().nullable(),
});
export type LoggedEngagement = z.infer<typeof LoggedEngagementSchema>;

/** Query of GET /api/engagements: every filter is optional; several values of one filter are OR-ed. */
export const EngagementListQuerySchema = z
  .strictObject({
    actor: queryList(IdSchema).describe('Engagements these actors took part in or held'),
    area: queryList(IdSchema),
    section: queryList(IdSchema),
    output: queryList(IdSchema),
    from: IsoDateSchema.optional().describe('Held on or after this date'),
    to: IsoDateSchema.optional().describe('Held on or before this date'),
    limit: queryInt(1, 500, 100),
    offset: queryInt(0, 1_000_000, 0),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ['to'], message: 'must not be before from' });
export type EngagementListQuery = z.infer<typeof EngagementListQuerySchema>;

/** One page, newest first. */
export const EngagementPageSchema = pageOf(LoggedEngagementSchema);
export type EngagementPage = z.infer<typeof EngagementPageSchema>;

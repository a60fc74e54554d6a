/**
 * A dataset the server can load into an empty database: the handbook reference data and the
 * fictional demo scenario are both of this shape, and both are validated with it at load time.
 */
import { z } from 'zod';
import { ActorCreateSchema } from './actor.js';
import { TieCreateSchema } from './tie.js';
import { AdminAreaSchema } from './area.js';
import { ActivitySchema, BenchmarkSchema, RiskSchema } from './output.js';
import { ENGAGEMENT_FORMATS, MECHANISM_KINDS, OUTPUT_ROLES, OUTPUT_STANCES, SENSITIVITY_LEVELS } from './vocabulary.js';
import { IdSchema, IsoDateSchema } from './common.js';
import { FollowUpSchema } from './engagement.js';
import { RoundCreateSchema } from './round.js';

export const DatasetOutputSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  summary: z.string(),
  activities: z.array(ActivitySchema),
  benchmarks: z.array(BenchmarkSchema),
  risks: z.array(RiskSchema),
});

export const OutputRoleSchema = z.strictObject({
  id: IdSchema.optional().describe("The role's id (snapshots); a new role keeps it unless another role holds it"),
  actorId: IdSchema,
  outputId: IdSchema,
  role: z.enum(OUTPUT_ROLES),
  areaIds: z.array(IdSchema).default([]).describe('Empty: country-wide (or, in reference data, globally)'),
  from: IsoDateSchema.optional().describe('First day the role holds; absent: a re-import leaves it as it is'),
  to: IsoDateSchema.optional().describe('Last day the role holds; absent: a re-import leaves it as it is'),
  note: z.string().max(2000).optional().describe('Absent: a re-import leaves it as it is'),
});

export const OutputStanceSchema = z.strictObject({
  actorId: IdSchema,
  targetId: IdSchema.describe('An output or activity id'),
  stance: z.enum(OUTPUT_STANCES),
});

export const MechanismSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  kind: z.enum(MECHANISM_KINDS),
  areaIds: z.array(IdSchema).default([]),
  outputIds: z.array(IdSchema).default([]),
  memberIds: z.array(IdSchema),
  chairId: IdSchema.optional().describe('One of the members; absent: a re-import leaves the chair as it is'),
});

export const EngagementSchema = z.strictObject({
  id: IdSchema,
  date: IsoDateSchema,
  sectionId: IdSchema.describe('The mission component that held it'),
  actorIds: z.array(IdSchema).min(1).describe('Actors present'),
  format: z.enum(ENGAGEMENT_FORMATS),
  areaId: IdSchema.describe('Where it took place'),
  outputIds: z.array(IdSchema).default([]),
  womensMechanism: z.boolean().default(false),
  youthMechanism: z.boolean().default(false),
  summary: z.string().default(''),
  followUps: z
    .array(FollowUpSchema)
    .optional()
    .describe('Actions agreed at the engagement; absent: a re-import leaves those already recorded as they are'),
  sensitivity: z
    .enum(SENSITIVITY_LEVELS)
    .default('internal')
    .describe('Who may know the meeting took place: seen within clearance and only with at least one visible participant'),
});

/**
 * A mapping round in a snapshot: the round contract's fields with its id, and its date required
 * (an ISO date-time, refused at `rounds.N.at` otherwise). Who created it and when are not carried:
 * an import names the importer. Absent description or sign-off: a re-import leaves them as they are.
 */
export const DatasetRoundSchema = RoundCreateSchema.required({ at: true }).extend({ id: IdSchema });

export const DatasetSchema = z.strictObject({
  meta: z.strictObject({
    name: z.string().min(1),
    source: z.string().min(1).describe('Where the data comes from; the handbook for the reference set'),
    fictional: z.boolean(),
    description: z.string(),
  }),
  areas: z.array(AdminAreaSchema).default([]),
  actors: z.array(ActorCreateSchema.and(z.object({ id: IdSchema }))).default([]),
  ties: z.array(TieCreateSchema.and(z.object({ id: IdSchema }))).default([]),
  outputs: z.array(DatasetOutputSchema).default([]),
  outputRoles: z.array(OutputRoleSchema).default([]),
  outputStances: z.array(OutputStanceSchema).default([]),
  mechanisms: z.array(MechanismSchema).default([]),
  engagements: z.array(EngagementSchema).default([]),
  rounds: z.array(DatasetRoundSchema).default([]).describe('Mapping rounds (issue 14); absent in older snapshots'),
});
export type Dataset = z.infer<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;

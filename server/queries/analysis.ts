/**
 * Typed handles on `cypher/analysis/`: what the analyses read. Row fields an older or imported
 * record may lack are `nullish`; the analyses give them their defaults.
 */
import { z } from 'zod';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, DO_NO_HARM_ROLES, OUTPUT_ROLES, TIE_TYPES } from '../contracts/index.js';
import { query } from '../db/typed-query.js';
import type { FieldAccess } from '../presenters/field-access.js';
import type { WithAccess } from './rows.js';

export const VisibleActorRowSchema = z.object({
  actor: z.object({
    id: z.string(),
    name: z.string().nullish(),
    kind: z.enum(ACTOR_KINDS),
    subtype: z.string().nullish(),
    influence: z.number().nullish(),
    doNoHarmRole: z.enum(DO_NO_HARM_ROLES).nullish(),
    womenFocus: z.boolean().nullish(),
    youthFocus: z.boolean().nullish(),
    basedIn: z.array(z.string()),
    activeIn: z.array(z.string()),
  }),
});
export type VisibleActorRow = z.infer<typeof VisibleActorRowSchema>['actor'];

export const VisibleTieRowSchema = z.object({
  tie: z.object({
    id: z.string(),
    sourceId: z.string(),
    targetId: z.string(),
    type: z.enum(TIE_TYPES),
    directed: z.boolean().nullish(),
    strength: z.number().nullish(),
    confidence: z.enum(CONFIDENCE_LEVELS).nullish(),
    outputId: z.string().nullish(),
    evidenceGrade: z.string().nullish(),
  }),
});
export type VisibleTieRow = z.infer<typeof VisibleTieRowSchema>['tie'];

const CoordinationOutputRowSchema = z.object({ output: z.object({ id: z.string(), title: z.string(), activityCount: z.number().int() }) });
export const AdminAreaRowSchema = z.object({
  area: z.object({ id: z.string(), name: z.string(), isCapital: z.boolean(), level: z.number().int(), parentId: z.string().nullish() }),
});
export type AdminAreaRow = z.infer<typeof AdminAreaRowSchema>['area'];
export const CoordinationRoleRowSchema = z.object({
  actorId: z.string(),
  outputId: z.string(),
  role: z.enum(OUTPUT_ROLES),
  areaIds: z.array(z.string()),
});
export const CoordinationMechanismRowSchema = z.object({
  mechanism: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    memberIds: z.array(z.string()),
    areaIds: z.array(z.string()),
    outputIds: z.array(z.string()),
  }),
});
export const EngagementRowSchema = z.object({
  engagement: z.object({
    id: z.string(),
    date: z.string(),
    womensMechanism: z.boolean().nullish(),
    youthMechanism: z.boolean().nullish(),
    areaId: z.string().nullish(),
    actorIds: z.array(z.string()),
    /** Text null when the role does not receive engagement summaries. */
    followUps: z.array(z.object({ text: z.string().nullable(), due: z.string().nullable(), done: z.boolean() })),
  }),
});
export type EngagementRow = z.infer<typeof EngagementRowSchema>['engagement'];

/** The actor ids of the visible graph, to which the analyses' other reads are restricted. */
interface AmongActors {
  actorIds: string[];
}

export const visibleActors = query<WithAccess, z.infer<typeof VisibleActorRowSchema>>('analysis/visible-actors', VisibleActorRowSchema);

export const visibleTies = query<
  WithAccess & AmongActors & { relationshipTypes: readonly string[]; date: string | null; corroboratedOnly: boolean },
  z.infer<typeof VisibleTieRowSchema>
>('analysis/visible-ties', VisibleTieRowSchema);

export const coordinationOutputs = query<{ outputId: string | null }, z.infer<typeof CoordinationOutputRowSchema>>(
  'analysis/coordination-outputs',
  CoordinationOutputRowSchema,
);

export const adminAreas = query<Record<string, never>, z.infer<typeof AdminAreaRowSchema>>('analysis/admin-areas', AdminAreaRowSchema);

export const coordinationRoles = query<AmongActors & { outputId: string | null }, z.infer<typeof CoordinationRoleRowSchema>>(
  'analysis/coordination-roles',
  CoordinationRoleRowSchema,
);

export const coordinationMechanisms = query<AmongActors, z.infer<typeof CoordinationMechanismRowSchema>>(
  'analysis/coordination-mechanisms',
  CoordinationMechanismRowSchema,
);

export const engagements = query<
  WithAccess & AmongActors & { from: string | null; to: string | null; fields: FieldAccess },
  z.infer<typeof EngagementRowSchema>
>('analysis/engagements', EngagementRowSchema);

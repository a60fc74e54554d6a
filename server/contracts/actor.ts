/** The Actor: anyone who matters for peace, from a women's group to a party to the conflict. */
import { z } from 'zod';
import { EditClaimChangesSchema, EditClaimSchema, EvidenceSchema } from './evidence.js';
import { AsOfSchema } from './round.js';
import { ACTOR_KINDS, ACTOR_SUBTYPES, DO_NO_HARM_ROLES, SENSITIVITY_LEVELS, type ActorKind } from './vocabulary.js';
import { IdSchema, IsoDateSchema, pageOf, queryInt, queryList, text } from './common.js';

/**
 * An identifier another register gives the actor: an IATI organisation identifier, an OECD CRS
 * channel code, an ACLED actor id... `scheme` names the register (letters, digits, . _ -).
 */
export const ExternalIdSchema = z.strictObject({
  scheme: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,40}$/, 'letters, digits, ".", "_" or "-", at most 40')
    .describe('The register, e.g. iati, oecd-crs, acled'),
  value: text(200).describe('The identifier in that register'),
});
export type ExternalId = z.infer<typeof ExternalIdSchema>;

const actorFields = {
  name: text(300).describe('Name in any script, stored exactly as given'),
  kind: z.enum(ACTOR_KINDS),
  subtype: z.string().optional().describe('One of the subtypes of the kind (see vocabulary)'),
  acronym: text(40).optional(),
  aliases: z.array(text(300)).max(20).default([]),
  originalName: text(300).optional().describe('The name in its original script, e.g. Arabic or Amharic'),
  externalIds: z
    .array(ExternalIdSchema)
    .max(20)
    .optional()
    .describe('Identifiers in other registers (none when absent); used to match re-imports'),
  description: z.string().max(5000).default(''),
  basedIn: z.array(IdSchema).max(50).default([]).describe('Admin area ids where the actor is based'),
  activeIn: z.array(IdSchema).max(200).default([]).describe('Admin area ids where the actor is active'),
  influence: z.number().int().min(1).max(5).optional(),
  interest: z.number().int().min(1).max(5).optional(),
  stance: z.number().int().min(-2).max(2).optional().describe('Stance toward the peace process, -2 hostile to +2 supportive'),
  doNoHarmRole: z.enum(DO_NO_HARM_ROLES).default('unknown'),
  womenFocus: z.boolean().default(false),
  youthFocus: z.boolean().default(false),
  needs: z.array(text(500)).max(50).default([]),
  sensitivity: z
    .enum(SENSITIVITY_LEVELS)
    .optional()
    .describe('Defaults to internal; confidential for individuals and human rights defenders'),
  reviewBy: IsoDateSchema.optional().describe('Date by which the record must be reviewed'),
};

/** Subtype must belong to the kind; checked where both are known. */
function checkSubtype(value: { kind?: ActorKind; subtype?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.subtype === undefined || value.kind === undefined) return;
  const allowed: readonly string[] = ACTOR_SUBTYPES[value.kind];
  if (!allowed.includes(value.subtype)) {
    ctx.addIssue({
      code: 'custom',
      path: ['subtype'],
      message: `is not a subtype of ${value.kind}; expected one of: ${allowed.join(', ')}`,
      params: { messageCode: 'field.subtype_of_kind', kind: value.kind, allowed: [...allowed] },
    });
  }
}

/** Body of POST /api/actors. Unknown fields are refused; timestamps are the server's. */
export const ActorCreateSchema = z.strictObject({ id: IdSchema.optional(), ...actorFields }).superRefine(checkSubtype);
export type ActorCreate = z.infer<typeof ActorCreateSchema>;

/**
 * Body of POST /api/actors: an actor, and whether the caller confirms creating it although a
 * visible actor already has its name, acronym or an alias (otherwise 409 possible_duplicate).
 */
export const ActorCreateRequestSchema = z
  .strictObject({
    id: IdSchema.optional(),
    ...actorFields,
    confirmDuplicate: z.boolean().optional().describe('Create even if an actor of the same folded name, acronym or alias exists'),
    claim: EditClaimSchema,
  })
  .superRefine(checkSubtype);
export type ActorCreateRequest = z.infer<typeof ActorCreateRequestSchema>;

/** Body of PATCH /api/actors/:id: any field but the id; null clears an optional field. */
export const ActorPatchSchema = z
  .strictObject({
    name: actorFields.name.optional(),
    kind: actorFields.kind.optional(),
    subtype: z.string().nullable().optional(),
    acronym: text(40).nullable().optional(),
    aliases: z.array(text(300)).max(20).optional(),
    originalName: text(300).nullable().optional(),
    externalIds: z.array(ExternalIdSchema).max(20).optional(),
    description: z.string().max(5000).optional(),
    basedIn: z.array(IdSchema).max(50).optional(),
    activeIn: z.array(IdSchema).max(200).optional(),
    influence: actorFields.influence.nullable(),
    interest: actorFields.interest.nullable(),
    stance: actorFields.stance.nullable(),
    doNoHarmRole: z.enum(DO_NO_HARM_ROLES).optional(),
    womenFocus: z.boolean().optional(),
    youthFocus: z.boolean().optional(),
    needs: z.array(text(500)).max(50).optional(),
    sensitivity: z.enum(SENSITIVITY_LEVELS).optional(),
    reviewBy: IsoDateSchema.nullable().optional(),
    claim: EditClaimSchema,
  })
  .refine((patch) => Object.keys(patch).some((key) => key !== 'claim'), { message: 'must change at least one field' });
export type ActorPatch = z.infer<typeof ActorPatchSchema>;

/** An actor as the API returns it. */
export const ActorSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  subtype: z.string().nullable(),
  acronym: z.string().nullable(),
  aliases: z.array(z.string()),
  originalName: z.string().nullable(),
  externalIds: z.array(ExternalIdSchema),
  description: z.string().optional().describe('Absent for roles that do not receive it (field-level authorization)'),
  basedIn: z.array(IdSchema),
  activeIn: z.array(IdSchema),
  influence: z.number().int().nullable(),
  interest: z.number().int().nullable(),
  stance: z.number().int().nullable().optional().describe('Absent for roles that do not receive it'),
  doNoHarmRole: z.enum(DO_NO_HARM_ROLES),
  womenFocus: z.boolean(),
  youthFocus: z.boolean(),
  needs: z.array(z.string()).optional().describe('Absent for roles that do not receive it'),
  sensitivity: z.enum(SENSITIVITY_LEVELS),
  reviewBy: z.string().nullable(),
  fictional: z.boolean().describe('True for records of the fictional demo scenario'),
  evidence: EvidenceSchema.optional().describe('What the claims you may see amount to (issue #15)'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Actor = z.infer<typeof ActorSchema>;

/** The answer of a POST or PATCH of an actor: the actor, and the claims the write recorded (issue #15). */
export const ActorWrittenSchema = ActorSchema.extend({ editClaims: EditClaimChangesSchema });
export type ActorWritten = z.infer<typeof ActorWrittenSchema>;

/** Query of GET /api/actors. */
export const ActorListQuerySchema = z.strictObject({
  kind: queryList(z.enum(ACTOR_KINDS)),
  subtype: queryList(z.string().max(60)),
  area: queryList(IdSchema),
  asOf: AsOfSchema,
  text: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Matches name, acronym, alias, original-script name or external id, case-insensitively'),
  limit: queryInt(1, 500, 100),
  offset: queryInt(0, 1_000_000, 0),
});
export type ActorListQuery = z.infer<typeof ActorListQuerySchema>;

export const ActorPageSchema = pageOf(ActorSchema);
export type ActorPage = z.infer<typeof ActorPageSchema>;

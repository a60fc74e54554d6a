/**
 * Lead and support roles (who leads or supports which output, where) and coordination mechanisms,
 * as API records: /api/output-roles and /api/mechanisms. The dataset shapes (dataset.ts) stay the
 * seed's and the import's; these add ids, dates and notes for records written in the product.
 */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, pageOf, queryInt, text } from './common.js';
import { MECHANISM_KINDS, OUTPUT_ROLES } from './vocabulary.js';

const AreaIdsSchema = z
  .array(IdSchema)
  .max(500)
  .describe('Admin areas where the role holds; empty: no area (a global role, counted in no cell)');

function checkDates(role: { from?: string | null | undefined; to?: string | null | undefined }, ctx: z.RefinementCtx): void {
  if (role.from && role.to && role.to < role.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
}

/** Body of POST /api/output-roles. An id may be chosen (undo recreates the same role). */
export const OutputRoleCreateSchema = z
  .strictObject({
    id: IdSchema.optional(),
    actorId: IdSchema.describe('The agency or actor holding the role'),
    outputId: IdSchema,
    role: z.enum(OUTPUT_ROLES),
    areaIds: AreaIdsSchema.default([]),
    from: IsoDateSchema.optional().describe('First day the role holds'),
    to: IsoDateSchema.optional().describe('Last day the role holds'),
    note: z.string().max(2000).default(''),
  })
  .superRefine(checkDates);
export type OutputRoleCreate = z.infer<typeof OutputRoleCreateSchema>;

/** Body of PATCH /api/output-roles/:id. The actor and the output are fixed: delete and recreate to move a role. */
export const OutputRolePatchSchema = z
  .strictObject({
    role: z.enum(OUTPUT_ROLES).optional(),
    areaIds: AreaIdsSchema.optional(),
    from: IsoDateSchema.nullable().optional(),
    to: IsoDateSchema.nullable().optional(),
    note: z.string().max(2000).optional(),
  })
  .superRefine(checkDates)
  .refine((patch) => Object.keys(patch).length > 0, { message: 'must change at least one field' });
export type OutputRolePatch = z.infer<typeof OutputRolePatchSchema>;

export const OutputRoleRecordSchema = z.object({
  id: IdSchema,
  actorId: IdSchema,
  outputId: IdSchema,
  role: z.enum(OUTPUT_ROLES),
  areaIds: z.array(IdSchema),
  from: z.string().nullable(),
  to: z.string().nullable(),
  note: z.string(),
  createdAt: z.string().nullable().describe('Null for roles from the seed or an import'),
  updatedAt: z.string().nullable(),
});
export type OutputRoleRecord = z.infer<typeof OutputRoleRecordSchema>;

export const OutputRoleListQuerySchema = z.strictObject({
  output: IdSchema.optional().describe('Only roles on this output'),
  actor: IdSchema.optional().describe('Only roles of this actor'),
  area: IdSchema.optional().describe('Only roles that list this admin area'),
  limit: queryInt(1, 1000, 200),
  offset: queryInt(0, 1_000_000, 0),
});
export type OutputRoleListQuery = z.infer<typeof OutputRoleListQuerySchema>;

export const OutputRolePageSchema = pageOf(OutputRoleRecordSchema);
export type OutputRolePage = z.infer<typeof OutputRolePageSchema>;

function checkChair(mechanism: { chairId?: string | null | undefined; memberIds?: string[] | undefined }, ctx: z.RefinementCtx): void {
  if (mechanism.chairId && mechanism.memberIds && !mechanism.memberIds.includes(mechanism.chairId)) {
    ctx.addIssue({ code: 'custom', path: ['chairId'], message: 'the chair must be one of the members' });
  }
}

/** Body of POST /api/mechanisms. */
export const MechanismCreateSchema = z
  .strictObject({
    id: IdSchema.optional(),
    name: text(200),
    kind: z.enum(MECHANISM_KINDS),
    areaIds: z.array(IdSchema).max(500).default([]).describe('Areas it covers; empty: every area'),
    outputIds: z.array(IdSchema).max(50).default([]),
    memberIds: z.array(IdSchema).min(1, 'a mechanism needs at least one member').max(500),
    chairId: IdSchema.optional().describe('One of the members'),
  })
  .superRefine(checkChair);
export type MechanismCreate = z.infer<typeof MechanismCreateSchema>;

/** Body of PATCH /api/mechanisms/:id. `memberIds` replaces the members the caller may see; hidden members stay. */
export const MechanismPatchSchema = z
  .strictObject({
    name: text(200).optional(),
    kind: z.enum(MECHANISM_KINDS).optional(),
    areaIds: z.array(IdSchema).max(500).optional(),
    outputIds: z.array(IdSchema).max(50).optional(),
    memberIds: z.array(IdSchema).max(500).optional(),
    chairId: IdSchema.nullable().optional(),
  })
  .superRefine(checkChair)
  .refine((patch) => Object.keys(patch).length > 0, { message: 'must change at least one field' });
export type MechanismPatch = z.infer<typeof MechanismPatchSchema>;

export const MechanismRecordSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: z.enum(MECHANISM_KINDS),
  areaIds: z.array(IdSchema),
  outputIds: z.array(IdSchema),
  memberIds: z.array(IdSchema).describe('The members the caller may see'),
  chairId: IdSchema.nullable().describe('Null when there is none or the caller may not see the chair'),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type MechanismRecord = z.infer<typeof MechanismRecordSchema>;

export const MechanismListQuerySchema = z.strictObject({
  output: IdSchema.optional().describe('Only mechanisms coordinating this output'),
  actor: IdSchema.optional().describe('Only mechanisms this actor is a member of'),
  area: IdSchema.optional().describe('Only mechanisms covering this area (or every area)'),
  limit: queryInt(1, 1000, 200),
  offset: queryInt(0, 1_000_000, 0),
});
export type MechanismListQuery = z.infer<typeof MechanismListQuerySchema>;

export const MechanismPageSchema = pageOf(MechanismRecordSchema);
export type MechanismPage = z.infer<typeof MechanismPageSchema>;

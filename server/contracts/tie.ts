/** The Tie: a typed, dated, sourced relationship between two actors. */
import { z } from 'zod';
import { EditClaimChangesSchema, EditClaimSchema, EvidenceSchema } from './evidence.js';
import { AsOfSchema } from './round.js';
import { CONFIDENCE_LEVELS, SENSITIVITY_LEVELS, TIE_TYPES } from './vocabulary.js';
import { IdSchema, IsoDateSchema, pageOf, queryInt, queryList } from './common.js';

const tieFields = {
  type: z.enum(TIE_TYPES),
  sourceId: IdSchema.describe('The actor the tie starts from'),
  targetId: IdSchema.describe('The actor the tie goes to'),
  directed: z.boolean().optional().describe('Defaults by type: funds, influences, implements_for and affiliated_with are directed'),
  strength: z.number().int().min(1).max(3).default(2),
  source: z.string().max(1000).default('').describe('Where the information comes from'),
  confidence: z.enum(CONFIDENCE_LEVELS).default('reported'),
  observedAt: IsoDateSchema.optional(),
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
  outputId: IdSchema.optional().describe('The output this tie serves, e.g. what a funding tie pays for'),
  description: z.string().max(5000).default(''),
  sensitivity: z.enum(SENSITIVITY_LEVELS).default('internal'),
};

function checkTieShape(
  tie: { sourceId?: string; targetId?: string; validFrom?: string | null; validTo?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (tie.sourceId !== undefined && tie.sourceId === tie.targetId) {
    ctx.addIssue({ code: 'custom', path: ['targetId'], message: 'a tie must join two different actors' });
  }
  if (tie.validFrom && tie.validTo && tie.validTo < tie.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
  }
}

/** Body of POST /api/ties. */
export const TieCreateSchema = z.strictObject({ id: IdSchema.optional(), ...tieFields }).superRefine(checkTieShape);
export type TieCreate = z.infer<typeof TieCreateSchema>;

/** Body of POST /api/ties: a tie, and who says it exists (`claim`; imports and datasets carry none). */
export const TieCreateRequestSchema = z
  .strictObject({ id: IdSchema.optional(), ...tieFields, claim: EditClaimSchema })
  .superRefine(checkTieShape);
export type TieCreateRequest = z.infer<typeof TieCreateRequestSchema>;

/** Body of PATCH /api/ties/:id. The ends of a tie are fixed; delete and recreate to move it. */
export const TiePatchSchema = z
  .strictObject({
    type: tieFields.type.optional(),
    directed: z.boolean().optional(),
    strength: z.number().int().min(1).max(3).optional(),
    source: z.string().max(1000).optional(),
    confidence: z.enum(CONFIDENCE_LEVELS).optional(),
    observedAt: IsoDateSchema.nullable().optional(),
    validFrom: IsoDateSchema.nullable().optional(),
    validTo: IsoDateSchema.nullable().optional(),
    outputId: IdSchema.nullable().optional(),
    description: z.string().max(5000).optional(),
    sensitivity: z.enum(SENSITIVITY_LEVELS).optional(),
    claim: EditClaimSchema,
  })
  .superRefine(checkTieShape)
  .refine((patch) => Object.keys(patch).some((key) => key !== 'claim'), { message: 'must change at least one field' });
export type TiePatch = z.infer<typeof TiePatchSchema>;

export const TieSchema = z.object({
  id: IdSchema,
  type: z.enum(TIE_TYPES),
  sourceId: IdSchema,
  targetId: IdSchema,
  directed: z.boolean(),
  strength: z.number().int(),
  source: z.string().optional().describe('Absent for roles that do not receive it (field-level authorization)'),
  confidence: z.enum(CONFIDENCE_LEVELS),
  observedAt: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  outputId: z.string().nullable(),
  description: z.string().optional().describe('Absent for roles that do not receive it'),
  sensitivity: z.enum(SENSITIVITY_LEVELS),
  fictional: z.boolean(),
  evidence: EvidenceSchema.optional().describe('What the claims you may see amount to (issue #15)'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Tie = z.infer<typeof TieSchema>;

/** The answer of a POST or PATCH of a tie: the tie, and the claims the write recorded (issue #15). */
export const TieWrittenSchema = TieSchema.extend({ editClaims: EditClaimChangesSchema });
export type TieWritten = z.infer<typeof TieWrittenSchema>;

export const TieListQuerySchema = z.strictObject({
  type: queryList(z.enum(TIE_TYPES)),
  actor: IdSchema.optional().describe('Only ties that touch this actor'),
  asOf: AsOfSchema,
  limit: queryInt(1, 1000, 200),
  offset: queryInt(0, 1_000_000, 0),
});
export type TieListQuery = z.infer<typeof TieListQuerySchema>;

export const TiePageSchema = pageOf(TieSchema);

/**
 * Sources, claims and the evidence grade (issue #15). A source is who or what says something (a
 * report, a key informant...), graded for reliability A-F; a claim is one source asserting that a
 * tie exists (or not) or that an actor attribute has a value, graded for credibility 1-6: the
 * Admiralty (NATO) scale. The grade of a tie or actor is derived from the claims the caller may
 * see (server/evidence/grade-rule.ts) and returned as `evidence` on ties, actors and map elements.
 */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, pageOf, queryInt, text } from './common.js';
import { DO_NO_HARM_ROLES, SENSITIVITY_LEVELS } from './vocabulary.js';

export const SOURCE_KINDS = ['report', 'document', 'media', 'meeting_note', 'key_informant', 'partner', 'observation'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** Admiralty source reliability: A completely reliable ... E unreliable, F cannot be judged. */
export const SOURCE_RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITIES)[number];
/** The grade a tie or actor gets from its visible claims. */
export const EVIDENCE_GRADES = ['corroborated', 'single_source', 'contested', 'unsourced'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];
export const EVIDENCE_GRADE_LABELS: Record<EvidenceGrade, string> = {
  corroborated: 'Corroborated',
  single_source: 'Single source',
  contested: 'Contested',
  unsourced: 'No source',
};
/** Actor attributes a claim may state. */
export const CLAIM_ATTRIBUTES = ['stance', 'influence', 'interest', 'doNoHarmRole'] as const;
export type ClaimAttribute = (typeof CLAIM_ATTRIBUTES)[number];

/** `evidence` on a tie, an actor or a map element: what the caller's visible claims amount to. */
export const EvidenceSchema = z.object({
  grade: z.enum(EVIDENCE_GRADES),
  claims: z.number().int().describe('Visible claims'),
  sources: z.number().int().describe('Distinct visible sources'),
  contested: z.boolean().describe('Visible claims disagree'),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Body of POST /api/sources. A key informant is strictly confidential unless said otherwise. */
export const SourceCreateSchema = z.strictObject({
  id: IdSchema.optional(),
  title: text(300),
  kind: z.enum(SOURCE_KINDS),
  date: IsoDateSchema.optional(),
  reliability: z.enum(SOURCE_RELIABILITIES).default('F').describe('Admiralty A-F; F: cannot be judged'),
  reference: z.string().max(1000).default('').describe('A reference or link'),
  sensitivity: z.enum(SENSITIVITY_LEVELS).optional().describe('Default internal; strictly_confidential for a key informant'),
});
export type SourceCreate = z.infer<typeof SourceCreateSchema>;

export const SourcePatchSchema = z
  .strictObject({
    title: text(300).optional(),
    kind: z.enum(SOURCE_KINDS).optional(),
    date: IsoDateSchema.nullable().optional(),
    reliability: z.enum(SOURCE_RELIABILITIES).optional(),
    reference: z.string().max(1000).optional(),
    sensitivity: z.enum(SENSITIVITY_LEVELS).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'must change at least one field' });
export type SourcePatch = z.infer<typeof SourcePatchSchema>;

export const SourceRecordSchema = z.object({
  id: IdSchema,
  title: z.string(),
  kind: z.enum(SOURCE_KINDS),
  date: z.string().nullable(),
  reliability: z.enum(SOURCE_RELIABILITIES),
  reference: z.string(),
  sensitivity: z.enum(SENSITIVITY_LEVELS),
  recordedBy: z.string().nullable().describe('The user who recorded it'),
  ownObservationOf: z
    .string()
    .nullable()
    .describe("The user whose own observations this source stands for (an edit's claim without a named source), else null"),
  claims: z.number().int().describe('Visible claims from this source'),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type SourceRecord = z.infer<typeof SourceRecordSchema>;

export const SourceListQuerySchema = z.strictObject({
  kind: z.enum(SOURCE_KINDS).optional(),
  limit: queryInt(1, 1000, 200),
  offset: queryInt(0, 1_000_000, 0),
});
export type SourceListQuery = z.infer<typeof SourceListQuerySchema>;
export const SourcePageSchema = pageOf(SourceRecordSchema);
export type SourcePage = z.infer<typeof SourcePageSchema>;

const ClaimValueSchema = z.union([z.number().int().min(-2).max(5), z.enum(DO_NO_HARM_ROLES)]);
const CredibilitySchema = z.number().int().min(1).max(6).describe('Admiralty 1 confirmed ... 5 improbable, 6 cannot be judged');

/** The value a claim may give each attribute (stance -2..+2, influence and interest 1-5, a do-no-harm role). */
function checkAttributeValue(claim: { attribute?: ClaimAttribute | undefined; value?: unknown }, ctx: z.RefinementCtx): void {
  if (claim.attribute === undefined || claim.value === undefined) return;
  const { attribute, value } = claim;
  const fits =
    attribute === 'doNoHarmRole'
      ? typeof value === 'string'
      : typeof value === 'number' && (attribute === 'stance' ? value >= -2 && value <= 2 : value >= 1 && value <= 5);
  if (!fits) ctx.addIssue({ code: 'custom', path: ['value'], message: `is not a value of ${attribute}` });
}

/**
 * `claim` in the body of POST and PATCH /api/actors and /api/ties: an edit through the API is itself
 * a claim (issue #15). Absent: the claim is the editor's own observation (their own source, one
 * per user, reliability C and credibility 3, so it never corroborates anything by itself). With
 * `sourceId`: the claim is from that source (visible to the editor, else 404 at body.claim.sourceId),
 * with `credibility` if given. null: the write states nothing (undoing an edit, a slip corrected);
 * claims already recorded stay, as a record of what was said.
 */
export const EditClaimSchema = z
  .strictObject({
    sourceId: IdSchema.optional().describe("The source that says so; absent: the editor's own observation"),
    credibility: CredibilitySchema.optional().describe('With sourceId only; default 6 (cannot be judged)'),
  })
  .nullable()
  .optional()
  .describe(
    "Who says so: the claim this edit records about the attributes claims cover (stance, influence, interest, do-no-harm role; a tie's existence and strength). Absent or {}: the editor's own observation; null: no claim",
  );
export type EditClaim = z.infer<typeof EditClaimSchema>;

/**
 * `editClaims` on the answer of a POST or PATCH of an actor or a tie: each claim that write
 * recorded, with what it stated before (`before`: null when the write created it). The client's
 * Undo gives the claims back that state through /api/claims (deleting a created one), so an undone
 * edit leaves no claim saying what the map no longer shows.
 */
export const EditClaimChangeSchema = z.object({
  id: IdSchema,
  before: z
    .object({
      exists: z.boolean().nullable(),
      strength: z.number().int().nullable(),
      value: z.union([z.number(), z.string()]).nullable(),
      credibility: z.number().int(),
    })
    .nullable()
    .describe('What the claim stated before this write; null: the write created it'),
});
export type EditClaimChange = z.infer<typeof EditClaimChangeSchema>;
export const EditClaimChangesSchema = z
  .array(EditClaimChangeSchema)
  .optional()
  .describe('On the answer of a create or update only: the claims this write recorded (issue #15), for an undo to give them back');

/**
 * Body of POST /api/claims: about a tie (`tieId`, `exists`, optionally `strength`) or about an
 * actor attribute (`actorId`, `attribute`, `value`), never both.
 */
export const ClaimCreateSchema = z
  .strictObject({
    id: IdSchema.optional(),
    sourceId: IdSchema,
    tieId: IdSchema.optional(),
    exists: z.boolean().optional().describe('A tie claim: the tie exists (default) or does not'),
    strength: z.number().int().min(1).max(3).optional(),
    actorId: IdSchema.optional(),
    attribute: z.enum(CLAIM_ATTRIBUTES).optional(),
    value: ClaimValueSchema.optional(),
    credibility: CredibilitySchema.default(6),
    observedAt: IsoDateSchema.optional(),
    note: z.string().max(2000).default(''),
    madeByEdit: z
      .boolean()
      .optional()
      .describe('Restoring a claim an edit recorded (an undo): a later edit from the same source updates it rather than adding one'),
  })
  .superRefine((claim, ctx) => {
    const aboutTie = claim.tieId !== undefined;
    const aboutActor = claim.actorId !== undefined;
    if (aboutTie === aboutActor) ctx.addIssue({ code: 'custom', path: ['tieId'], message: 'give either tieId or actorId' });
    if (aboutActor && claim.attribute === undefined)
      ctx.addIssue({ code: 'custom', path: ['attribute'], message: 'required with actorId' });
    if (aboutActor && claim.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'required with actorId' });
    if (aboutTie && (claim.attribute !== undefined || claim.value !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['attribute'], message: 'a tie claim states exists and strength, not an attribute' });
    }
    checkAttributeValue(claim, ctx);
  });
export type ClaimCreate = z.infer<typeof ClaimCreateSchema>;

/** Body of PATCH /api/claims/:id. The source and the subject are fixed. */
export const ClaimPatchSchema = z
  .strictObject({
    exists: z.boolean().optional(),
    strength: z.number().int().min(1).max(3).nullable().optional(),
    value: ClaimValueSchema.optional(),
    credibility: CredibilitySchema.optional(),
    observedAt: IsoDateSchema.nullable().optional(),
    note: z.string().max(2000).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'must change at least one field' });
export type ClaimPatch = z.infer<typeof ClaimPatchSchema>;

export const ClaimRecordSchema = z.object({
  id: IdSchema,
  sourceId: IdSchema,
  sourceTitle: z.string(),
  sourceKind: z.enum(SOURCE_KINDS),
  reliability: z.enum(SOURCE_RELIABILITIES),
  tieId: IdSchema.nullable(),
  actorId: IdSchema.nullable(),
  attribute: z.enum(CLAIM_ATTRIBUTES).nullable(),
  exists: z.boolean().nullable(),
  strength: z.number().int().nullable(),
  value: z.union([z.number(), z.string()]).nullable(),
  credibility: z.number().int(),
  observedAt: z.string().nullable(),
  note: z.string(),
  madeByEdit: z.boolean().describe('Recorded by an edit of the actor or tie (server/evidence/edit-claims.ts)'),
  contested: z.boolean().describe('Visible claims on the same tie or attribute disagree'),
  recordedBy: z.string().nullable(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;

const queryBoolean = z.preprocess((value) => (value === undefined || value === '' ? undefined : value === 'true'), z.boolean().optional());

export const ClaimListQuerySchema = z.strictObject({
  tie: IdSchema.optional().describe('Only claims about this tie'),
  actor: IdSchema.optional().describe('Only claims about this actor'),
  source: IdSchema.optional().describe('Only claims from this source'),
  contested: queryBoolean.describe('true: only claims on ties and attributes whose visible claims disagree'),
  limit: queryInt(1, 1000, 200),
  offset: queryInt(0, 1_000_000, 0),
});
export type ClaimListQuery = z.infer<typeof ClaimListQuerySchema>;
export const ClaimPageSchema = pageOf(ClaimRecordSchema);
export type ClaimPage = z.infer<typeof ClaimPageSchema>;

/** Typed handles on `cypher/evidence/`: the queries behind /api/sources, /api/claims and the stored grades. */
import { z } from 'zod';
import { ClaimRecordSchema, EditClaimChangeSchema, SourceRecordSchema } from '../contracts/index.js';
import { query } from '../db/typed-query.js';
import { countRow, type WithAccess, IdRowSchema } from './rows.js';

/** Queries that check a claim's visibility look its tie up by id across every tie type. */
interface WithTieTypes extends WithAccess {
  relationshipTypes: readonly string[];
}

const SourceRowSchema = z.object({ source: SourceRecordSchema });
const SourcePageRowSchema = z.object({ items: z.array(SourceRecordSchema), total: z.number().int() });
const ClaimRowSchema = z.object({ claim: ClaimRecordSchema });
const ClaimPageRowSchema = z.object({ items: z.array(ClaimRecordSchema), total: z.number().int() });
const WriteTokenRowSchema = z.object({ writeToken: z.string().nullable() });
const SubjectsRowSchema = z.object({ tieIds: z.array(z.string()), actorIds: z.array(z.string()) });
/** A tie and its ends, as a claim keeps them (tieStartId, tieEndId): where the tie is found by id without a scan. */
export const TieEndsSchema = z.object({ tieId: z.string(), tieStartId: z.string().nullable(), tieEndId: z.string().nullable() });
export type TieEnds = z.infer<typeof TieEndsSchema>;
const DeletedSourceRowSchema = SubjectsRowSchema.extend({ deleted: z.number().int(), tieEnds: z.array(TieEndsSchema) });
const ClaimSubjectRowSchema = z.object({
  sourceVisible: z.boolean(),
  tieVisible: z.boolean(),
  actorVisible: z.boolean(),
  tieStartId: z.string().nullable(),
  tieEndId: z.string().nullable(),
});
export const SubjectClaimRowSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  reliability: z.string(),
  sensitivity: z.string(),
  credibility: z.number().int().nullable(),
  exists: z.boolean().nullable(),
  attribute: z.string().nullable(),
  value: z.union([z.number(), z.string()]).nullable(),
});
export type SubjectClaimRow = z.infer<typeof SubjectClaimRowSchema>;
const LegacyTieRowSchema = z.object({
  tieId: z.string(),
  tieStartId: z.string(),
  tieEndId: z.string(),
  source: z.string(),
  confidence: z.string(),
  sensitivity: z.string(),
  observedAt: z.string().nullable(),
});
export type LegacyTieRow = z.infer<typeof LegacyTieRowSchema>;

export const listSources = query<
  WithTieTypes & { kind: string | null; limit: number; offset: number },
  z.infer<typeof SourcePageRowSchema>
>('evidence/list-sources', SourcePageRowSchema);
export const getSource = query<WithTieTypes & { id: string }, z.infer<typeof SourceRowSchema>>('evidence/get-source', SourceRowSchema);
export const findSourceId = query<{ id: string }, z.infer<typeof WriteTokenRowSchema>>('evidence/find-source-id', WriteTokenRowSchema);
export const createSource = query<
  { id: string; properties: Record<string, unknown>; userId: string; writeToken: string },
  z.infer<typeof IdRowSchema>
>('evidence/create-source', IdRowSchema);
export const updateSource = query<
  WithAccess & { id: string; properties: Record<string, unknown> },
  z.infer<ReturnType<typeof countRow<'updated'>>>
>('evidence/update-source', countRow('updated'));
export const countHiddenClaims = query<WithTieTypes & { id: string }, z.infer<ReturnType<typeof countRow<'hidden'>>>>(
  'evidence/count-hidden-claims',
  countRow('hidden'),
);
export const deleteSource = query<WithAccess & { id: string }, z.infer<typeof DeletedSourceRowSchema>>(
  'evidence/delete-source',
  DeletedSourceRowSchema,
);
export const sourceSubjects = query<{ id: string }, z.infer<typeof SubjectsRowSchema>>('evidence/source-subjects', SubjectsRowSchema);

export const listClaims = query<
  WithTieTypes & {
    tieId: string | null;
    actorId: string | null;
    sourceId: string | null;
    contested: boolean | null;
    limit: number;
    offset: number;
  },
  z.infer<typeof ClaimPageRowSchema>
>('evidence/list-claims', ClaimPageRowSchema);
export const getClaim = query<WithTieTypes & { id: string }, z.infer<typeof ClaimRowSchema>>('evidence/get-claim', ClaimRowSchema);
export const findClaimId = query<{ id: string }, z.infer<typeof WriteTokenRowSchema>>('evidence/find-claim-id', WriteTokenRowSchema);
export const findClaimSubject = query<
  WithTieTypes & { sourceId: string; tieId: string | null; actorId: string | null },
  z.infer<typeof ClaimSubjectRowSchema>
>('evidence/find-claim-subject', ClaimSubjectRowSchema);
export const createClaim = query<
  { id: string; sourceId: string; actorId: string | null; properties: Record<string, unknown>; userId: string; writeToken: string },
  z.infer<typeof IdRowSchema>
>('evidence/create-claim', IdRowSchema);
export const updateClaim = query<
  WithTieTypes & { id: string; properties: Record<string, unknown> },
  z.infer<ReturnType<typeof countRow<'updated'>>>
>('evidence/update-claim', countRow('updated'));
const DeletedClaimRowSchema = countRow('deleted').extend({ tieStartId: z.string().nullable(), tieEndId: z.string().nullable() });
export const deleteClaim = query<WithTieTypes & { id: string }, z.infer<typeof DeletedClaimRowSchema>>(
  'evidence/delete-claim',
  DeletedClaimRowSchema,
);

/** Per clearance level (index 0 public ... 3 strictly confidential). */
export interface StoredEvidence {
  grades: string[];
  claims: number[];
  sources: number[];
  contested: boolean[];
  claimFlags: { id: string; contestedAt: boolean[] }[];
}
const StoredRowSchema = countRow('stored');
const ActorClaimRowSchema = SubjectClaimRowSchema.extend({ actorId: z.string() });
export const actorsClaims = query<{ actorIds: readonly string[] }, z.infer<typeof ActorClaimRowSchema>>(
  'evidence/actors-claims',
  ActorClaimRowSchema,
);
export const storeActorsEvidence = query<
  { rows: (Omit<StoredEvidence, 'claimFlags'> & { actorId: string })[]; claimFlags: StoredEvidence['claimFlags'] },
  z.infer<typeof StoredRowSchema>
>('evidence/store-actors-evidence', StoredRowSchema);

export const legacyTieSources = query<{ relationshipTypes: readonly string[]; after: string; limit: number }, LegacyTieRow>(
  'evidence/legacy-tie-sources',
  LegacyTieRowSchema,
);
const ImportedTieRowSchema = LegacyTieRowSchema.extend({ claimId: z.string().nullable(), claimSourceId: z.string().nullable() });
export type ImportedTieRow = z.infer<typeof ImportedTieRowSchema>;
export const importedTieSources = query<{ ties: { id: string; sourceId: string; targetId: string }[] }, ImportedTieRow>(
  'evidence/imported-tie-sources',
  ImportedTieRowSchema,
);
/** One imported tie's claim: ids, what a new claim gets, and what the file states (null: not given). */
export interface ImportedClaimParams {
  tieId: string;
  tieStartId: string;
  tieEndId: string;
  sourceId: string;
  claimId: string;
  title: string;
  sensitivity: string;
  credibility: number;
  observedAt: string | null;
  statedReliability: string | null;
  statedCredibility: number | null;
  statedObservedAt: string | null;
}
const WrittenClaimRowSchema = z.object({ claimId: z.string(), movedSourceId: z.string().nullable() });
export const writeImportedClaims = query<
  { rows: ImportedClaimParams[]; recordedBy: string; importId: string },
  z.infer<typeof WrittenClaimRowSchema>
>('evidence/write-imported-claims', WrittenClaimRowSchema);
export const writeLegacyClaims = query<{ rows: Record<string, unknown>[] }, z.infer<ReturnType<typeof countRow<'written'>>>>(
  'evidence/write-legacy-claims',
  countRow('written'),
);

export const findTieBetween = query<{ from: string; to: string; relationshipTypes: readonly string[] }, { tieId: string }>(
  'evidence/find-tie-between',
  z.object({ tieId: z.string() }),
);
export const clearTieSourceText = query<{ tieId: string; relationshipTypes: readonly string[] }, { cleared: number }>(
  'evidence/clear-tie-source-text',
  countRow('cleared'),
);

const TieClaimRowSchema = SubjectClaimRowSchema.extend({
  tieId: z.string(),
  tieStartId: z.string().nullable(),
  tieEndId: z.string().nullable(),
});
export const tiesClaims = query<{ tieIds: readonly string[] }, z.infer<typeof TieClaimRowSchema>>(
  'evidence/ties-claims',
  TieClaimRowSchema,
);
export const storeTiesEvidence = query<
  {
    rows: (Omit<StoredEvidence, 'claimFlags'> & { tieId: string; tieStartId: string; tieEndId: string })[];
    claimFlags: StoredEvidence['claimFlags'];
    relationshipTypes: readonly string[];
  },
  z.infer<typeof StoredRowSchema>
>('evidence/store-ties-evidence', StoredRowSchema);

export const tieEnds = query<{ tieIds: readonly string[]; relationshipTypes: readonly string[] }, TieEnds>(
  'evidence/tie-ends',
  TieEndsSchema,
);

// What becomes of claims when their subject is deleted or merged (server/evidence/claim-lifecycle.ts).
const ClaimIdsRowSchema = z.object({ claimIds: z.array(z.string()) });
type TieTypes = { relationshipTypes: readonly string[] };
export const deleteClaimsOfActor = query<TieTypes & { id: string }, z.infer<typeof ClaimIdsRowSchema>>(
  'evidence/delete-claims-of-actor',
  ClaimIdsRowSchema,
);
export const deleteClaimsOfTie = query<TieTypes & { id: string }, z.infer<typeof ClaimIdsRowSchema>>(
  'evidence/delete-claims-of-tie',
  ClaimIdsRowSchema,
);
const MovedClaimsRowSchema = ClaimIdsRowSchema.extend({ movedToActor: z.number().int(), movedToTie: z.number().int() });
export const moveMergedClaims = query<
  { keptId: string; duplicateIds: readonly string[]; combined: { from: string; to: string }[]; droppedTieIds: readonly string[] },
  z.infer<typeof MovedClaimsRowSchema>
>('evidence/move-merged-claims', MovedClaimsRowSchema);
// Claims keep their tie's ends (server/evidence/claim-tie-ends.ts).
export const anchorClaimsOfActorsTies = query<TieTypes & { actorIds: readonly string[] }, z.infer<ReturnType<typeof countRow<'anchored'>>>>(
  'evidence/anchor-claims-of-actors-ties',
  countRow('anchored'),
);
export const anchorAllTieClaims = query<TieTypes & { limit: number }, z.infer<ReturnType<typeof countRow<'anchored'>>>>(
  'evidence/anchor-all-tie-claims',
  countRow('anchored'),
);
const ClaimedTieIdsRowSchema = z.object({ claimedTieIds: z.array(z.string()), tieIds: z.array(z.string()) });
export const claimedTieIds = query<TieTypes, z.infer<typeof ClaimedTieIdsRowSchema>>('evidence/claimed-tie-ids', ClaimedTieIdsRowSchema);
export const repairMergedClaims = query<Record<string, never>, { actorIds: string[] }>(
  'evidence/repair-merged-claims',
  z.object({ actorIds: z.array(z.string()) }),
);
export const deleteOrphanClaims = query<{ goneTieIds: readonly string[] }, z.infer<typeof ClaimIdsRowSchema>>(
  'evidence/delete-orphan-claims',
  ClaimIdsRowSchema,
);

// An edit is itself a claim (server/evidence/edit-claims.ts).
export const ownObservationSource = query<{ id: string; userId: string }, { id: string }>('evidence/own-observation-source', IdRowSchema);
/** An earlier edit's claim, with what it states now (the state an undo of the next edit gives back). */
const EditClaimRowSchema = z.object({ id: z.string(), before: EditClaimChangeSchema.shape.before.unwrap() });
export const findEditClaim = query<
  { sourceId: string; tieId: string | null; actorId: string | null; attribute: string | null },
  z.infer<typeof EditClaimRowSchema>
>('evidence/find-edit-claim', EditClaimRowSchema);

/**
 * Typed handles on `cypher/merge/`: duplicate suggestions, the same-name check before a create,
 * where a merged id went, merging actors (server/services/actor-merger.ts) and undoing a merge
 * (server/merge/merge-undo.ts).
 */
import { z } from 'zod';
import { query } from '../db/typed-query.js';
import type { StoredTie, TiePlan, TieRewrite } from '../services/merge-plan.js';
import { RecordMapSchema, countRow, type WithAccess, IdRowSchema } from './rows.js';

/** Every tie relationship type: a merge reads and moves ties of any type. */
interface AnyTieType {
  relationshipTypes: readonly string[];
}

const NamesRowSchema = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable(), aliases: z.array(z.string()) });
export const listNames = query<WithAccess, z.infer<typeof NamesRowSchema>>('merge/list-names', NamesRowSchema);

const SameNameRowSchema = z.object({ id: z.string(), name: z.string() });
export const findSameNames = query<WithAccess & { keys: string[]; exceptId: string }, z.infer<typeof SameNameRowSchema>>(
  'merge/find-same-names',
  SameNameRowSchema,
);

/** Where a merged id went, for those who may see where; no row otherwise. */
const MergedIntoRowSchema = z.object({ mergedInto: z.string() });
export const findMergedInto = query<WithAccess & { id: string }, z.infer<typeof MergedIntoRowSchema>>(
  'merge/find-merged-into',
  MergedIntoRowSchema,
);

// ---------- merging (actor-merger.ts) ----------

/** `a {.*}`: every stored field of a merged actor; a hidden or absent id gives no row. */
const MergeActorRowSchema = z.object({ actor: RecordMapSchema.and(z.object({ id: z.string() })) });
export const readMergeActors = query<WithAccess & { ids: string[] }, z.infer<typeof MergeActorRowSchema>>(
  'merge/read-actors',
  MergeActorRowSchema,
);

/** `sum(...)`: 0 when nothing is hidden (or no actor matched), never null. */
const HiddenRowSchema = countRow('hidden');
export const countHiddenRecords = query<WithAccess & AnyTieType & { ids: string[] }, z.infer<typeof HiddenRowSchema>>(
  'merge/count-hidden-records',
  HiddenRowSchema,
);

const GrantsRowSchema = countRow('grants');
export const countGrants = query<{ ids: string[] }, z.infer<typeof GrantsRowSchema>>('merge/count-grants', GrantsRowSchema);

const ViewsRowSchema = countRow('views');
export const countOwnViews = query<
  { userId: string; duplicateIds: readonly string[]; quotedIds: string[] },
  z.infer<typeof ViewsRowSchema>
>('merge/count-own-views', ViewsRowSchema);

/** A tie touching a merged actor, as stored: the shape the merge plan reads. */
const StoredTieRowSchema = z.object({
  id: z.string(),
  relationshipType: z.string(),
  sourceId: z.string(),
  targetId: z.string(),
  properties: RecordMapSchema,
}) satisfies z.ZodType<StoredTie>;
export const listMergeTies = query<AnyTieType & { ids: string[] }, z.infer<typeof StoredTieRowSchema>>(
  'merge/list-ties',
  StoredTieRowSchema,
);

/** The links other than ties of the duplicates, by type and by the kind of record at the other end. */
const LinkCountRowSchema = z.object({ type: z.string(), target: z.enum(['engagement', 'mechanism', 'other']), links: z.number().int() });
export const countLinks = query<AnyTieType & { ids: string[]; duplicateIds: readonly string[] }, z.infer<typeof LinkCountRowSchema>>(
  'merge/count-links',
  LinkCountRowSchema,
);

const ClaimsRowSchema = countRow('claims');
export const recordMergeClaims = query<
  { mergeId: string; ids: string[]; tieIds: string[]; droppedTieIds: string[] },
  z.infer<typeof ClaimsRowSchema>
>('merge/record-merge-claims', ClaimsRowSchema);

const DeletedRowSchema = countRow('deleted');
export const deleteMergedTies = query<{ ties: TiePlan['deletes'] }, z.infer<typeof DeletedRowSchema>>(
  'merge/delete-ties',
  DeletedRowSchema,
);

const RewrittenRowSchema = countRow('rewritten');
export const rewriteTies = query<{ ties: TieRewrite[] }, z.infer<typeof RewrittenRowSchema>>('merge/rewrite-ties', RewrittenRowSchema);

const MovedRowSchema = countRow('moved');
export const moveLinks = query<AnyTieType & { keptId: string; duplicateId: string; ids: string[] }, z.infer<typeof MovedRowSchema>>(
  'merge/move-links',
  MovedRowSchema,
);

export const updateKept = query<{ keptId: string; changes: Record<string, unknown> }, z.infer<typeof IdRowSchema>>(
  'merge/update-kept',
  IdRowSchema,
);

/** One row per earlier tombstone redirected (at least one), each with how many duplicates were retired. */
const RetiredRowSchema = countRow('retired');
export const retireDuplicates = query<
  { keptId: string; duplicateIds: readonly string[]; mergeId: string },
  z.infer<typeof RetiredRowSchema>
>('merge/retire-duplicates', RetiredRowSchema);

// ---------- the undo record and undoing (merge-undo.ts) ----------

const ForgottenRowSchema = countRow('forgotten');
export const forgetStaleMergeRecords = query<{ hours: number }, z.infer<typeof ForgottenRowSchema>>(
  'merge/forget-stale-records',
  ForgottenRowSchema,
);

const RecordMergeRowSchema = z.object({ mergeId: z.string(), actors: z.number().int(), links: z.number().int(), views: z.number().int() });
export const createMergeRecord = query<
  { mergeId: string; keptId: string; duplicateIds: string[]; ids: string[]; userId: string },
  z.infer<typeof RecordMergeRowSchema>
>('merge/record-merge', RecordMergeRowSchema);

export const finishMergeRecord = query<{ mergeId: string; fingerprint: string | null }, z.infer<typeof ViewsRowSchema>>(
  'merge/finish-record',
  ViewsRowSchema,
);

/** The kept actor's fields and every link but grants; the other end of a link may have no id. */
const KeptStateRowSchema = z.object({
  actor: RecordMapSchema,
  links: z.array(
    z.object({
      type: z.string(),
      outgoing: z.boolean(),
      otherLabels: z.array(z.string()),
      otherId: z.string().nullable(),
      properties: RecordMapSchema,
    }),
  ),
});
export const readKeptState = query<{ keptId: string }, z.infer<typeof KeptStateRowSchema>>('merge/read-kept-state', KeptStateRowSchema);

/** The record of a merge: who merged, the ids, and the fingerprint (null until the merge has written). */
const MergeRecordRowSchema = z.object({
  merge: z.object({
    id: z.string(),
    keptId: z.string(),
    duplicateIds: z.array(z.string()),
    mergedBy: z.string(),
    fingerprint: z.string().nullable(),
  }),
});
export const lockMergeRecord = query<{ mergeId: string }, z.infer<typeof MergeRecordRowSchema>>(
  'merge/lock-merge-record',
  MergeRecordRowSchema,
);

const BlockingRowSchema = countRow('blocking');
export const countUnrestorable = query<WithAccess & AnyTieType & { mergeId: string }, z.infer<typeof BlockingRowSchema>>(
  'merge/count-unrestorable',
  BlockingRowSchema,
);

const RestoredRowSchema = countRow('restored');
export const undoRestoreActors = query<{ mergeId: string }, z.infer<typeof RestoredRowSchema>>(
  'merge/undo-restore-actors',
  RestoredRowSchema,
);
export const undoRestoreLinks = query<{ mergeId: string }, z.infer<typeof RestoredRowSchema>>(
  'merge/undo-restore-links',
  RestoredRowSchema,
);

/** The ties and actors the restored claims are about (`collect` leaves out the nulls). */
const RestoredClaimsRowSchema = z.object({ tieIds: z.array(z.string()), actorIds: z.array(z.string()) });
export const undoRestoreClaims = query<{ mergeId: string }, z.infer<typeof RestoredClaimsRowSchema>>(
  'merge/undo-restore-claims',
  RestoredClaimsRowSchema,
);

const UndoFinishRowSchema = z.object({ tombs: z.number().int(), views: z.number().int() });
export const undoFinish = query<{ mergeId: string }, z.infer<typeof UndoFinishRowSchema>>('merge/undo-finish', UndoFinishRowSchema);

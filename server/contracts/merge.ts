/**
 * Merging duplicate actors: the request, the preview (what would move) and the "Possible
 * duplicates" list of the whole map. A merge keeps one actor and folds the others into it.
 */
import { z } from 'zod';
import { IdSchema } from './common.js';
import { DuplicateSuggestionSchema } from './transfer.js';

/** Most duplicates one merge folds in: a merge is a person's decision about a handful of records. */
export const MAX_MERGE_DUPLICATES = 20;

/** Body of POST /api/actors/:id/merge. */
export const MergeRequestSchema = z.strictObject({
  duplicateIds: z
    .array(IdSchema)
    .min(1)
    .max(MAX_MERGE_DUPLICATES)
    .describe('Actors folded into the kept one (the path id); each answers 404 with details.mergedInto afterwards'),
});
export type MergeRequest = z.infer<typeof MergeRequestSchema>;

/** Query of POST /api/actors/:id/merge: `preview=true` answers what would move, writing nothing. */
export const MergeQuerySchema = z.strictObject({
  preview: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
export type MergeQuery = z.infer<typeof MergeQuerySchema>;

/** What a merge moves, by kind of record (counts only). */
export const MergeMovesSchema = z.object({
  ties: z.number().int().describe('Ties of the duplicates moved to the kept actor'),
  tiesCombined: z.number().int().describe('Ties that became identical (type, ends, direction) and were combined into one'),
  selfTiesDropped: z
    .number()
    .int()
    .describe('Ties between the kept actor and a duplicate (or two duplicates): they would tie the actor to itself'),
  outputRoles: z.number().int().describe('LEADS and SUPPORTS roles'),
  engagements: z.number().int().describe('Engagement participations and engagements held by a duplicate'),
  mechanisms: z.number().int().describe('Coordination mechanism memberships'),
  areas: z.number().int().describe('BASED_IN and ACTIVE_IN links'),
  stances: z.number().int().describe('CONTRIBUTES_TO and OBSTRUCTS links'),
  views: z.number().int().describe("The caller's own saved views naming a duplicate (other users' views are updated too, not counted)"),
  other: z.number().int().describe('Other links of the duplicates'),
});
export type MergeMoves = z.infer<typeof MergeMovesSchema>;

/** The answer of a merge, or of its preview (`merged: false`: nothing was written). */
export const MergeResultSchema = z.object({
  mergeId: IdSchema.nullable().describe('The merge, for DELETE /api/merges/:id (undo); null for a preview'),
  keptId: IdSchema,
  duplicateIds: z.array(IdSchema),
  merged: z.boolean().describe('False for a preview'),
  moves: MergeMovesSchema,
  fieldsFilled: z.array(z.string()).describe('Fields the kept actor lacked, filled from a duplicate'),
  aliasesAdded: z.array(z.string()).describe("The duplicates' names, acronyms and aliases that become aliases of the kept actor"),
  aliasesOmitted: z.array(z.string()).describe('Names not kept: an actor holds at most 20 aliases'),
});
export type MergeResult = z.infer<typeof MergeResultSchema>;

/** Query of GET /api/actors/duplicates. */
export const DuplicateListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type DuplicateListQuery = z.infer<typeof DuplicateListQuerySchema>;

/** "Possible duplicates" of the whole visible map, by the import's folding. */
export const DuplicateListSchema = z.object({
  items: z.array(DuplicateSuggestionSchema),
  more: z.number().int().describe('Pairs found beyond the limit, not listed'),
  complete: z.boolean().describe('False when the comparison budget ran out: there may be more pairs'),
});
export type DuplicateList = z.infer<typeof DuplicateListSchema>;

/** The answer of DELETE /api/merges/:id: the merge undone, its duplicates back as they were. */
export const MergeUndoResultSchema = z.object({
  mergeId: IdSchema,
  keptId: IdSchema,
  duplicateIds: z.array(IdSchema).describe('Actors recreated exactly as they were before the merge'),
  undone: z.literal(true),
});
export type MergeUndoResult = z.infer<typeof MergeUndoResultSchema>;

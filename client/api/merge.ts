/** Merging duplicate actors and the "Possible duplicates" list (server/routes/merge.ts). */
import {
  DuplicateListSchema,
  MergeResultSchema,
  MergeUndoResultSchema,
  type DuplicateList,
  type MergeResult,
  type MergeUndoResult,
} from '../../server/contracts/index.js';
import { getJson, send } from '../api.js';

/** What merging `duplicateIds` into `keptId` would move; writes nothing. */
export function previewMerge(keptId: string, duplicateIds: readonly string[]): Promise<MergeResult> {
  return send('POST', `/api/actors/${encodeURIComponent(keptId)}/merge?preview=true`, { duplicateIds }, MergeResultSchema);
}

/** Folds `duplicateIds` into `keptId`. */
export function mergeActors(keptId: string, duplicateIds: readonly string[]): Promise<MergeResult> {
  return send('POST', `/api/actors/${encodeURIComponent(keptId)}/merge`, { duplicateIds }, MergeResultSchema);
}

/** Pairs of visible actors that may be one organisation. */
export function fetchDuplicates(signal?: AbortSignal): Promise<DuplicateList> {
  return getJson('/api/actors/duplicates?limit=200', DuplicateListSchema, signal);
}

/** Undoes merge `mergeId` (the answer's mergeId): the duplicates come back as they were. */
export function undoMerge(mergeId: string): Promise<MergeUndoResult> {
  return send('DELETE', `/api/merges/${encodeURIComponent(mergeId)}`, undefined, MergeUndoResultSchema);
}

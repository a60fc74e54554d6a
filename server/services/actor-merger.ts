/**
 * Folds duplicate actors into the one kept: the work behind POST /api/actors/:id/merge, in one
 * write transaction with its audit event. A preview runs the same reads and plan in a read
 * transaction and writes nothing, so it says exactly what the merge would do.
 *
 * Need to know: every record a merge touches must be visible to the caller. A hidden or absent
 * actor answers 404 like any unknown id; a hidden tie, engagement or other linked record of any
 * merged actor, a duplicate more sensitive than the kept actor (the merge would lower it), or any
 * grant naming a merged actor (an actor grant, or an area grant whose `opened` list names one:
 * moving it or merging records into what it opens would widen it without a second
 * administrator), answers one neutral 409 that says nothing of which it was. The preview and the
 * answer count only the caller's own saved views and say nothing of grants.
 *
 * A merge keeps, in the same transaction, what undoing it needs (server/merge/merge-undo.ts) and
 * answers its `mergeId`.
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import { SENSITIVITY_LEVELS, type MergeMoves, type MergeResult } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { finishRecord, MERGE_RECORD_QUERIES, newMergeId, recordMerge } from '../merge/merge-undo.js';
import { planFields, planTies, type Properties, type StoredTie } from './merge-plan.js';
import { moveActorInViews } from './view-store.js';
import type { WriteContext } from './write-context.js';
import { bringHistoryUpToDate } from '../history/versions.js';
import { moveClaimsOfMerge } from '../evidence/claim-lifecycle.js';

export interface ActorMerger {
  /** Merges `duplicateIds` into `keptId` (or, with `preview`, says what would move). */
  merge(
    keptId: string,
    duplicateIds: readonly string[],
    viewer: Viewer,
    options: { preview: boolean; context?: WriteContext },
  ): Promise<MergeResult>;
}

export const MERGE_QUERIES = [
  'merge/read-actors',
  'merge/count-hidden-records',
  'merge/count-grants',
  'merge/count-own-views',
  'merge/list-ties',
  'merge/count-links',
  'merge/delete-ties',
  'merge/rewrite-ties',
  'merge/move-links',
  'merge/update-kept',
  'merge/retire-duplicates',
  'merge/record-merge-claims',
  ...MERGE_RECORD_QUERIES,
] as const;

/** One answer for every refusal that must not say why (what is hidden stays hidden). */
const NOT_MERGEABLE = 'These actors cannot be merged with your access; ask someone cleared for all their records to merge them';
const notMergeable = () => conflict(NOT_MERGEABLE).saying('conflict.not_mergeable');

/** Which count a link other than a tie adds to, by its type or the record at its other end. */
function moveKind(type: string, target: string): keyof MergeMoves {
  if (type === 'LEADS' || type === 'SUPPORTS') return 'outputRoles';
  if (type === 'CONTRIBUTES_TO' || type === 'OBSTRUCTS') return 'stances';
  if (type === 'BASED_IN' || type === 'ACTIVE_IN') return 'areas';
  if (target === 'engagement') return 'engagements';
  if (target === 'mechanism') return 'mechanisms';
  return 'other';
}

function rank(properties: Properties): number {
  return SENSITIVITY_LEVELS.indexOf((properties.sensitivity ?? 'internal') as (typeof SENSITIVITY_LEVELS)[number]);
}

export function createActorMerger(db: Database): ActorMerger {
  db.requireQueries(...MERGE_QUERIES);

  /** Checks the request against what the caller may see; returns the stored actors, kept first. */
  async function readChecked(
    tx: Transaction,
    keptId: string,
    duplicateIds: readonly string[],
    viewer: Viewer,
  ): Promise<{ kept: Properties; duplicates: Properties[] }> {
    duplicateIds.forEach((id, index) => {
      if (id === keptId)
        throw badRequest(`body.duplicateIds.${index}`, 'is the actor being kept; list only the duplicates', {
          code: 'field.kept_actor_listed',
        });
      if (duplicateIds.indexOf(id) !== index)
        throw badRequest(`body.duplicateIds.${index}`, 'is listed twice', { code: 'field.listed_twice' });
    });
    const access = accessParameters(viewer);
    const ids = [keptId, ...duplicateIds];
    const rows = await tx.run('merge/read-actors', { ids, access });
    const byId = new Map(rows.map((row) => [(row.actor as Properties).id as string, row.actor as Properties]));
    const missing = ids.find((id) => !byId.has(id));
    if (missing !== undefined) throw notFound('actor', missing);
    const kept = byId.get(keptId) as Properties;
    const duplicates = duplicateIds.map((id) => byId.get(id) as Properties);
    // A duplicate above the kept actor would be published at a lower level by the merge.
    if (duplicates.some((duplicate) => rank(duplicate) > rank(kept))) throw notMergeable();
    const [hidden] = await tx.run('merge/count-hidden-records', { ids, access, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
    if (Number(hidden?.hidden ?? 0) > 0) throw notMergeable();
    // A grant is an administrators' decision: a merge would move it or widen what it opens.
    const [grants] = await tx.run('merge/count-grants', { ids });
    if (Number(grants?.grants ?? 0) > 0) throw notMergeable();
    return { kept, duplicates };
  }

  async function work(
    tx: Transaction,
    keptId: string,
    duplicateIds: readonly string[],
    viewer: Viewer,
    write: boolean,
    context?: WriteContext,
  ): Promise<MergeResult> {
    const { kept, duplicates } = await readChecked(tx, keptId, duplicateIds, viewer);
    const ids = [keptId, ...duplicateIds];
    const ties = (await tx.run('merge/list-ties', { ids, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES })) as unknown as StoredTie[];
    const tiePlan = planTies(keptId, duplicateIds, ties);
    const fields = planFields(kept, duplicates);
    const moves: MergeMoves = {
      ties: tiePlan.moved,
      tiesCombined: tiePlan.combined,
      selfTiesDropped: tiePlan.selfDropped,
      outputRoles: 0,
      engagements: 0,
      mechanisms: 0,
      areas: 0,
      stances: 0,
      views: 0,
      other: 0,
    };
    const links = await tx.run('merge/count-links', { ids, duplicateIds, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
    for (const link of links) moves[moveKind(String(link.type), String(link.target))] += Number(link.links);
    // Only the caller's own views: whether others keep private views of an actor is theirs to know.
    const [views] = await tx.run('merge/count-own-views', {
      userId: viewer.userId,
      duplicateIds,
      quotedIds: duplicateIds.map((id) => JSON.stringify(id)),
    });
    moves.views = Number(views?.views ?? 0);
    const mergeId = write ? newMergeId() : null;
    if (mergeId !== null) {
      await recordMerge(tx, { mergeId, keptId, duplicateIds, userId: viewer.userId });
      const combined = new Set(tiePlan.combinedInto.map((row) => row.from));
      const droppedTieIds = tiePlan.deletes.map((tie) => tie.id).filter((id) => !combined.has(id));
      // Claims follow their subjects; the record keeps them as they were, for an undo.
      await tx.run('merge/record-merge-claims', { mergeId, ids, tieIds: ties.map((tie) => tie.id), droppedTieIds });
      await tx.run('merge/delete-ties', { ties: tiePlan.deletes });
      await tx.run('merge/rewrite-ties', { ties: tiePlan.rewrites });
      for (const duplicateId of duplicateIds) {
        await tx.run('merge/move-links', { keptId, duplicateId, ids, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
        await moveActorInViews(tx, duplicateId, keptId);
      }
      await moveClaimsOfMerge(tx, { keptId, duplicateIds, combined: tiePlan.combinedInto, droppedTieIds });
      if (Object.keys(fields.changes).length > 0) await tx.run('merge/update-kept', { keptId, changes: fields.changes });
      await tx.run('merge/retire-duplicates', { keptId, duplicateIds, mergeId });
      await finishRecord(tx, mergeId, keptId);
      await bringHistoryUpToDate(tx, { op: 'merge', by: viewer.userId });
      await context?.audit?.recordIn(tx, ids);
    }
    return {
      mergeId,
      keptId,
      duplicateIds: [...duplicateIds],
      merged: write,
      moves,
      fieldsFilled: fields.fieldsFilled,
      aliasesAdded: fields.aliasesAdded,
      aliasesOmitted: fields.aliasesOmitted,
    };
  }

  return {
    merge: (keptId, duplicateIds, viewer, { preview, context }) =>
      preview
        ? db.readTransaction((tx) => work(tx, keptId, duplicateIds, viewer, false))
        : db.writeTransaction((tx) => work(tx, keptId, duplicateIds, viewer, true, context)),
  };
}

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
import { finishRecord, newMergeId, recordMerge } from '../merge/merge-undo.js';
import {
  countGrants,
  countHiddenRecords,
  countLinks,
  countOwnViews,
  deleteMergedTies,
  listMergeTies,
  moveLinks,
  readMergeActors,
  recordMergeClaims,
  retireDuplicates,
  rewriteTies,
  updateKept,
} from '../queries/merge.js';
import { planFields, planTies, type Properties } from './merge-plan.js';
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
    const rows = await tx.run(readMergeActors, { ids, access });
    const byId = new Map<string, Properties>(rows.map((row) => [row.actor.id, row.actor]));
    const stored = (id: string): Properties => {
      const actor = byId.get(id);
      if (!actor) throw notFound('actor', id);
      return actor;
    };
    // The first id not found answers, in the order given (kept first).
    const kept = stored(keptId);
    const duplicates = duplicateIds.map(stored);
    // A duplicate above the kept actor would be published at a lower level by the merge.
    if (duplicates.some((duplicate) => rank(duplicate) > rank(kept))) throw notMergeable();
    const [hidden] = await tx.run(countHiddenRecords, { ids, access, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
    if ((hidden?.hidden ?? 0) > 0) throw notMergeable();
    // A grant is an administrators' decision: a merge would move it or widen what it opens.
    const [grants] = await tx.run(countGrants, { ids });
    if ((grants?.grants ?? 0) > 0) throw notMergeable();
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
    const ties = await tx.run(listMergeTies, { ids, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
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
    const links = await tx.run(countLinks, { ids, duplicateIds, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
    for (const link of links) moves[moveKind(link.type, link.target)] += link.links;
    // Only the caller's own views: whether others keep private views of an actor is theirs to know.
    const [views] = await tx.run(countOwnViews, {
      userId: viewer.userId,
      duplicateIds,
      quotedIds: duplicateIds.map((id) => JSON.stringify(id)),
    });
    moves.views = views?.views ?? 0;
    const mergeId = write ? newMergeId() : null;
    if (mergeId !== null) {
      await recordMerge(tx, { mergeId, keptId, duplicateIds, userId: viewer.userId });
      const combined = new Set(tiePlan.combinedInto.map((row) => row.from));
      const droppedTieIds = tiePlan.deletes.map((tie) => tie.id).filter((id) => !combined.has(id));
      // Claims follow their subjects; the record keeps them as they were, for an undo.
      await tx.run(recordMergeClaims, { mergeId, ids, tieIds: ties.map((tie) => tie.id), droppedTieIds });
      await tx.run(deleteMergedTies, { ties: tiePlan.deletes });
      await tx.run(rewriteTies, { ties: tiePlan.rewrites });
      for (const duplicateId of duplicateIds) {
        await tx.run(moveLinks, { keptId, duplicateId, ids, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
        await moveActorInViews(tx, duplicateId, keptId);
      }
      await moveClaimsOfMerge(tx, { keptId, duplicateIds, combined: tiePlan.combinedInto, droppedTieIds });
      if (Object.keys(fields.changes).length > 0) await tx.run(updateKept, { keptId, changes: fields.changes });
      await tx.run(retireDuplicates, { keptId, duplicateIds, mergeId });
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

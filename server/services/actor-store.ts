/** Reads and writes actors: the work behind /api/actors, one transaction per request. */
import { accessParameters, type Viewer } from '../access/viewer.js';
import {
  ActorCreateSchema,
  defaultSensitivityFor,
  type Actor,
  type ActorCreateRequest,
  type ActorListQuery,
  type ActorPage,
  type ActorPatch,
  type EditClaimChange,
} from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { ALL_KIND_LABELS, ALL_TIE_RELATIONSHIP_TYPES, labelForKind } from '../db/allowlist.js';
import {
  createActor,
  deleteActor,
  findHiddenRecords,
  findHiddenTies,
  findReservedIds,
  getActor,
  listActors,
  updateActor,
} from '../queries/actors.js';
import { findMergedInto } from '../queries/merge.js';
import { conflict, mergedAway, notFound } from '../errors.js';
import { actorPresenterFor } from '../presenters/actor.js';
import { fieldAccess } from '../presenters/field-access.js';
import { assertPatchLeavesValidRecord } from './patch-validation.js';
import { encodeExternalIds } from './external-ids.js';
import { actorRow } from './record-properties.js';
import { assertMayAssign, assertMayChangeSensitivity, assertReferencesExist, type Reference } from './reference-check.js';
import { forgetActorInViews } from './view-store.js';
import { createDuplicateFinder } from './duplicate-finder.js';
import type { WriteContext } from './write-context.js';
import { assertMayChooseId, idTaken, writeIdentity } from './write-identity.js';
import { closeActorVersions, recordActorVersions } from '../history/versions.js';
import { closeClaimsOfActor } from '../evidence/claim-lifecycle.js';
import { actorStatements, assertEditClaimShape, recordEditClaims } from '../evidence/edit-claims.js';

/**
 * Every method takes the viewer: what they may not see is, for them, as if it did not exist.
 * Writes record the route's audit event (`context.audit`) inside their own transaction.
 */
export interface ActorStore {
  list(query: ActorListQuery, viewer: Viewer): Promise<ActorPage>;
  get(id: string, viewer: Viewer): Promise<Actor>;
  /** Creates an actor; the same `idempotencyKey` twice (from the same user) creates it once. */
  create(input: ActorCreateRequest, viewer: Viewer, context?: WriteContext): Promise<Actor>;
  /** An edit of a stance, influence, interest or do-no-harm role is also a claim (server/evidence/edit-claims.ts). */
  update(id: string, patch: ActorPatch, viewer: Viewer, context?: WriteContext): Promise<Actor>;
  remove(id: string, viewer: Viewer, context?: WriteContext): Promise<void>;
}

/**
 * The answer when an actor has ties the caller may not see: deleting it would delete them too
 * (they cannot outlive their end), so it is refused, with a message that says nothing of them.
 * The same for an actor in an engagement or a coordination mechanism the caller may not see.
 */
const NOT_DELETABLE = 'This actor cannot be deleted with your access; ask someone cleared for all its records to delete it';

export function createActorStore(db: Database): ActorStore {
  const duplicates = createDuplicateFinder(db);

  async function readActor(tx: Transaction, id: string, viewer: Viewer): Promise<Actor> {
    const fields = fieldAccess(viewer);
    const [row] = await tx.run(getActor, { id, access: accessParameters(viewer), fields });
    if (!row) {
      // A merged id says where its record went, to those who may see where.
      const [merged] = await tx.run(findMergedInto, { id, access: accessParameters(viewer) });
      throw merged ? mergedAway(id, merged.mergedInto) : notFound('actor', id);
    }
    return actorPresenterFor(fields)(row.actor);
  }

  function areaReferences(input: { basedIn?: string[] | undefined; activeIn?: string[] | undefined }): Reference[] {
    return [
      { query: 'areas/find-missing-areas', path: 'body.basedIn', what: 'admin area', ids: input.basedIn ?? [] },
      { query: 'areas/find-missing-areas', path: 'body.activeIn', what: 'admin area', ids: input.activeIn ?? [] },
    ];
  }

  return {
    async list(query, viewer) {
      const fields = fieldAccess(viewer);
      const [row] = await db.read(listActors, {
        access: accessParameters(viewer),
        fields,
        kinds: query.kind ?? null,
        subtypes: query.subtype ?? null,
        areas: query.area ?? null,
        text: query.text ?? null,
        limit: query.limit,
        offset: query.offset,
      });
      const items = (row?.items ?? []).map(actorPresenterFor(fields));
      return { items, total: row?.total ?? 0, limit: query.limit, offset: query.offset };
    },

    // One query needs no transaction of its own: as a single read it is one round trip, not three.
    get: (id, viewer) => readActor({ run: db.read }, id, viewer),

    async create({ confirmDuplicate, claim, ...input }, viewer, context) {
      assertEditClaimShape(claim);
      assertMayAssign(viewer, input.sensitivity ?? defaultSensitivityFor(input.subtype));
      if (input.id !== undefined) await assertMayChooseId(db, viewer);
      const { id, writeToken } = writeIdentity(input.id, context?.idempotencyKey, viewer.userId);
      const created = await db.writeTransaction(async (tx) => {
        await assertReferencesExist(tx, areaReferences(input), viewer);
        await duplicates.assertNoSameName(tx, { ...input, id, confirmDuplicate }, viewer);
        // An id left by a merge or by someone else's delete is taken: grants name actors by id.
        const [reserved] = await tx.run(findReservedIds, { ids: [id], userId: viewer.userId });
        if ((reserved?.reserved ?? []).length > 0) return null;
        const [row] = await tx.run(createActor, { ...actorRow({ ...input, id }), writeToken });
        // Taken: answered after this transaction, so the id_conflict event outlives the refusal.
        if (row?.ours !== true) return null;
        // A retry of a create that committed (same key or a driver retry) returns it and writes nothing.
        let editClaims: EditClaimChange[] = [];
        if (row.created) {
          await recordActorVersions(tx, [id], { op: 'create', by: viewer.userId });
          editClaims = await recordEditClaims(tx, actorStatements(id, input, null, claim), claim, viewer, context);
          await context?.audit?.recordIn(tx, [id]);
        }
        return { ...(await readActor(tx, id, viewer)), editClaims };
      });
      if (!created) throw await idTaken('actor', id, context);
      return created;
    },

    update: (id, { claim, ...patch }, viewer, context) =>
      db.writeTransaction(async (tx) => {
        assertEditClaimShape(claim);
        const current = await readActor(tx, id, viewer);
        assertPatchLeavesValidRecord(current, patch, ActorCreateSchema);
        const lowered = assertMayChangeSensitivity(viewer, current.sensitivity, patch.sensitivity);
        await assertReferencesExist(tx, areaReferences(patch), viewer);
        const { basedIn, activeIn, kind, externalIds, ...properties } = patch;
        await tx.run(updateActor, {
          id,
          properties: { ...properties, ...(kind ? { kind } : {}), ...(externalIds ? { externalIds: encodeExternalIds(externalIds) } : {}) },
          kindLabel: kind ? labelForKind(kind) : null,
          allKindLabels: ALL_KIND_LABELS,
          basedIn: basedIn ?? null,
          activeIn: activeIn ?? null,
        });
        await recordActorVersions(tx, [id], { op: context?.historyOp ?? 'update', by: viewer.userId });
        const editClaims = await recordEditClaims(tx, actorStatements(id, patch, current, claim), claim, viewer, context);
        await context?.audit?.recordIn(tx, [id]);
        if (lowered)
          await context?.audit?.alsoIn(tx, { action: 'sensitivity_lowered', targetType: 'actor', targetIds: [id], detail: lowered });
        return { ...(await readActor(tx, id, viewer)), editClaims };
      }),

    remove: (id, viewer, context) =>
      db.writeTransaction(async (tx) => {
        await readActor(tx, id, viewer);
        const access = accessParameters(viewer);
        const [hidden] = await tx.run(findHiddenTies, { id, access, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
        if ((hidden?.hidden ?? 0) > 0) throw conflict(NOT_DELETABLE).saying('conflict.not_deletable');
        // DETACH DELETE would also take the actor out of engagements and mechanisms the caller may not see.
        const [records] = await tx.run(findHiddenRecords, { id, access });
        if ((records?.hiddenEngagements ?? 0) + (records?.hiddenMechanisms ?? 0) > 0)
          throw conflict(NOT_DELETABLE).saying('conflict.not_deletable');
        // Before the delete, which takes the actor's ties: the claims about it and them go with them.
        await closeClaimsOfActor(tx, id, { op: 'delete', by: viewer.userId });
        const [row] = await tx.run(deleteActor, { id, access, userId: viewer.userId });
        if (!row || row.deleted === 0) throw notFound('actor', id);
        await closeActorVersions(tx, id, { op: 'delete', by: viewer.userId });
        await forgetActorInViews(tx, id);
        await context?.audit?.recordIn(tx, [id]);
      }),
  };
}

/** Reads and writes ties between actors: the work behind /api/ties, always as one viewer. */
import { accessParameters, type Viewer } from '../access/viewer.js';
import { TieCreateSchema, type Tie, type TieCreateRequest, type TieListQuery, type TiePatch } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { createTie, deleteTie, findTieId, getTie, listTies, retypeTie, updateTie } from '../queries/ties.js';
import { ALL_TIE_RELATIONSHIP_TYPES, relationshipTypeForTie } from '../db/allowlist.js';
import { notFound } from '../errors.js';
import { fieldAccess } from '../presenters/field-access.js';
import { tiePresenterFor } from '../presenters/tie.js';
import { assertPatchLeavesValidRecord } from './patch-validation.js';
import { tieRow } from './record-properties.js';
import { assertMayAssign, assertMayChangeSensitivity, assertReferencesExist } from './reference-check.js';
import type { WriteContext } from './write-context.js';
import { assertMayChooseId, idTaken, writeIdentity } from './write-identity.js';
import { closeTieVersion, recordTieVersions } from '../history/versions.js';
import { closeClaimsOfTie } from '../evidence/claim-lifecycle.js';
import { assertEditClaimShape, recordEditClaims, tieStatements } from '../evidence/edit-claims.js';

export interface TiePage {
  items: Tie[];
  total: number;
  limit: number;
  offset: number;
}

/**
 * A tie is visible when the viewer may see it and both its ends; otherwise it does not exist for
 * them. Updates and deletes match the tie they read (id, type and ends) and only while visible,
 * so another tie with the same id (older data) is never touched. Writes record the route's audit
 * event (`context.audit`) inside their own transaction.
 */
export interface TieStore {
  list(query: TieListQuery, viewer: Viewer): Promise<TiePage>;
  get(id: string, viewer: Viewer): Promise<Tie>;
  /** Creates a tie; the same `idempotencyKey` twice (from the same user) creates it once. */
  create(input: TieCreateRequest, viewer: Viewer, context?: WriteContext): Promise<Tie>;
  /** Creating a tie, or changing its type, direction or strength, is also a claim (server/evidence/edit-claims.ts). */
  update(id: string, patch: TiePatch, viewer: Viewer, context?: WriteContext): Promise<Tie>;
  remove(id: string, viewer: Viewer, context?: WriteContext): Promise<void>;
}

const allTypes = { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES };

export function createTieStore(db: Database): TieStore {
  async function readTie(tx: Transaction, id: string, viewer: Viewer): Promise<Tie> {
    const fields = fieldAccess(viewer);
    const [row] = await tx.run(getTie, { ...allTypes, id, access: accessParameters(viewer), fields });
    if (!row) throw notFound('tie', id);
    return tiePresenterFor(fields)(row.tie);
  }

  const outputReference = (outputId: string | null | undefined) => ({
    query: 'outputs/find-missing-outputs' as const,
    path: 'body.outputId',
    what: 'output',
    ids: outputId ? [outputId] : [],
  });

  return {
    async list(query, viewer) {
      const fields = fieldAccess(viewer);
      const [row] = await db.read(listTies, {
        fields,
        relationshipTypes: query.type ? query.type.map(relationshipTypeForTie) : ALL_TIE_RELATIONSHIP_TYPES,
        actorId: query.actor ?? null,
        limit: query.limit,
        offset: query.offset,
        access: accessParameters(viewer),
      });
      const items = (row?.items ?? []).map(tiePresenterFor(fields));
      return { items, total: row?.total ?? 0, limit: query.limit, offset: query.offset };
    },

    // One query needs no transaction of its own: as a single read it is one round trip, not three.
    get: (id, viewer) => readTie({ run: db.read }, id, viewer),

    async create({ claim, ...input }, viewer, context) {
      assertEditClaimShape(claim);
      assertMayAssign(viewer, input.sensitivity);
      if (input.id !== undefined) await assertMayChooseId(db, viewer);
      const { id, writeToken } = writeIdentity(input.id, context?.idempotencyKey, viewer.userId);
      const created = await db.writeTransaction(async (tx) => {
        await assertReferencesExist(
          tx,
          [
            { query: 'actors/find-missing-actors', path: 'body.sourceId', what: 'actor', ids: [input.sourceId] },
            { query: 'actors/find-missing-actors', path: 'body.targetId', what: 'actor', ids: [input.targetId] },
            outputReference(input.outputId),
          ],
          viewer,
        );
        // Tie ids are unique across all types, which per-type constraints alone do not ensure.
        const [existing] = await tx.run(findTieId, { ...allTypes, id });
        // Taken: answered after this transaction, so the id_conflict event outlives the refusal.
        if (existing && existing.writeToken !== writeToken) return null;
        await tx.run(createTie, { ...tieRow({ ...input, id }), writeToken });
        // A retry of a committed create finds its version unchanged and writes none.
        await recordTieVersions(tx, [id], { op: 'create', by: viewer.userId });
        // Nor a second claim: the retry's claim finds the first and restates it.
        const editClaims = await recordEditClaims(
          tx,
          tieStatements({ id, sourceId: input.sourceId, targetId: input.targetId }, input, null, claim),
          claim,
          viewer,
          context,
        );
        await context?.audit?.recordIn(tx, [id]);
        return { ...(await readTie(tx, id, viewer)), editClaims };
      });
      if (!created) throw await idTaken('tie', id, context);
      return created;
    },

    update: (id, { claim, ...patch }, viewer, context) =>
      db.writeTransaction(async (tx) => {
        assertEditClaimShape(claim);
        const current = await readTie(tx, id, viewer);
        assertPatchLeavesValidRecord(current, patch, TieCreateSchema, ['sourceId', 'targetId']);
        const lowered = assertMayChangeSensitivity(viewer, current.sensitivity, patch.sensitivity);
        await assertReferencesExist(tx, [outputReference(patch.outputId)], viewer);
        const { type, ...properties } = patch;
        const access = accessParameters(viewer);
        const match = { id, sourceId: current.sourceId, targetId: current.targetId, access };
        let relationshipType = relationshipTypeForTie(current.type);
        if (type && type !== current.type) {
          await tx.run(retypeTie, {
            ...match,
            oldRelationshipType: relationshipType,
            relationshipType: relationshipTypeForTie(type),
          });
          relationshipType = relationshipTypeForTie(type);
        }
        const [row] = await tx.run(updateTie, { ...match, relationshipType, properties });
        if ((row?.updated ?? 0) === 0) throw notFound('tie', id);
        await recordTieVersions(tx, [id], { op: context?.historyOp ?? 'update', by: viewer.userId });
        const editClaims = await recordEditClaims(
          tx,
          tieStatements({ id, sourceId: current.sourceId, targetId: current.targetId }, patch, current, claim),
          claim,
          viewer,
          context,
        );
        await context?.audit?.recordIn(tx, [id]);
        if (lowered)
          await context?.audit?.alsoIn(tx, { action: 'sensitivity_lowered', targetType: 'tie', targetIds: [id], detail: lowered });
        return { ...(await readTie(tx, id, viewer)), editClaims };
      }),

    remove: (id, viewer, context) =>
      db.writeTransaction(async (tx) => {
        const current = await readTie(tx, id, viewer);
        const [row] = await tx.run(deleteTie, {
          id,
          sourceId: current.sourceId,
          targetId: current.targetId,
          relationshipType: relationshipTypeForTie(current.type),
          access: accessParameters(viewer),
        });
        if ((row?.deleted ?? 0) === 0) throw notFound('tie', id);
        await closeTieVersion(tx, id, { op: 'delete', by: viewer.userId });
        await closeClaimsOfTie(tx, id, { op: 'delete', by: viewer.userId });
        await context?.audit?.recordIn(tx, [id]);
      }),
  };
}

/** Reads and writes ties between actors: the work behind /api/ties, always as one viewer. */
import { accessParameters, type Viewer } from '../access/viewer.js';
import {
  TieCreateSchema,
  type Tie,
  type TieCreate,
  type TieListQuery,
  type TiePatch,
} from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES, relationshipTypeForTie } from '../db/allowlist.js';
import { conflict, notFound } from '../errors.js';
import { fieldAccess } from '../presenters/field-access.js';
import { tiePresenterFor } from '../presenters/tie.js';
import { assertPatchLeavesValidRecord } from './patch-validation.js';
import { tieRow } from './record-properties.js';
import { REFERENCE_QUERIES, assertMayAssign, assertReferencesExist } from './reference-check.js';
import { writeIdentity } from './write-identity.js';

export interface TiePage {
  items: Tie[];
  total: number;
  limit: number;
  offset: number;
}

/** A tie is visible when the viewer may see it and both its ends; otherwise it does not exist for them. */
export interface TieStore {
  list(query: TieListQuery, viewer: Viewer): Promise<TiePage>;
  get(id: string, viewer: Viewer): Promise<Tie>;
  /** Creates a tie; the same `idempotencyKey` twice creates it once. */
  create(input: TieCreate, viewer: Viewer, idempotencyKey?: string): Promise<Tie>;
  update(id: string, patch: TiePatch, viewer: Viewer): Promise<Tie>;
  remove(id: string, viewer: Viewer): Promise<void>;
}

const allTypes = { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES };

export function createTieStore(db: Database): TieStore {
  db.requireQueries(
    'ties/list-ties',
    'ties/get-tie',
    'ties/find-tie-id',
    'ties/create-tie',
    'ties/update-tie',
    'ties/retype-tie',
    'ties/delete-tie',
    ...REFERENCE_QUERIES,
  );

  async function readTie(tx: Transaction, id: string, viewer: Viewer): Promise<Tie> {
    const fields = fieldAccess(viewer);
    const [row] = await tx.run('ties/get-tie', { ...allTypes, id, access: accessParameters(viewer), fields });
    if (!row) throw notFound('tie', id);
    return tiePresenterFor(fields)(row.tie as Record<string, unknown>);
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
      const [row] = await db.read('ties/list-ties', {
        fields,
        relationshipTypes: query.type ? query.type.map(relationshipTypeForTie) : ALL_TIE_RELATIONSHIP_TYPES,
        actorId: query.actor ?? null,
        limit: query.limit,
        offset: query.offset,
        access: accessParameters(viewer),
      });
      const items = ((row?.items as Record<string, unknown>[]) ?? []).map(tiePresenterFor(fields));
      return { items, total: Number(row?.total ?? 0), limit: query.limit, offset: query.offset };
    },

    // One query needs no transaction of its own: as a single read it is one round trip, not three.
    get: (id, viewer) => readTie({ run: db.read }, id, viewer),

    create(input, viewer, idempotencyKey) {
      assertMayAssign(viewer, input.sensitivity);
      const { id, writeToken } = writeIdentity(input.id, idempotencyKey);
      return db.writeTransaction(async (tx) => {
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
        const [existing] = await tx.run('ties/find-tie-id', { ...allTypes, id });
        if (existing && existing.writeToken !== writeToken) {
          throw conflict(`A tie with id "${id}" already exists`, [{ path: 'body.id', message: 'already exists' }]);
        }
        await tx.run('ties/create-tie', { ...tieRow({ ...input, id }), writeToken });
        return readTie(tx, id, viewer);
      });
    },

    update: (id, patch, viewer) =>
      db.writeTransaction(async (tx) => {
        const current = await readTie(tx, id, viewer);
        assertPatchLeavesValidRecord(current, patch, TieCreateSchema, ['sourceId', 'targetId']);
        if (patch.sensitivity) assertMayAssign(viewer, patch.sensitivity);
        await assertReferencesExist(tx, [outputReference(patch.outputId)], viewer);
        const { type, ...properties } = patch;
        if (type && type !== current.type) {
          await tx.run('ties/retype-tie', { ...allTypes, id, relationshipType: relationshipTypeForTie(type) });
        }
        await tx.run('ties/update-tie', { ...allTypes, id, properties });
        return readTie(tx, id, viewer);
      }),

    remove: (id, viewer) =>
      db.writeTransaction(async (tx) => {
        await readTie(tx, id, viewer);
        await tx.run('ties/delete-tie', { ...allTypes, id });
      }),
  };
}

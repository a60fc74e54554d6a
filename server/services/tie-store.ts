/** Reads and writes ties between actors: the work behind /api/ties. */
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
import { presentTie } from '../presenters/tie.js';
import { assertPatchLeavesValidRecord } from './patch-validation.js';
import { tieRow } from './record-properties.js';
import { REFERENCE_QUERIES, assertReferencesExist } from './reference-check.js';
import { writeIdentity } from './write-identity.js';

export interface TiePage {
  items: Tie[];
  total: number;
  limit: number;
  offset: number;
}

export interface TieStore {
  list(query: TieListQuery): Promise<TiePage>;
  get(id: string): Promise<Tie>;
  /** Creates a tie; the same `idempotencyKey` twice creates it once. */
  create(input: TieCreate, idempotencyKey?: string): Promise<Tie>;
  update(id: string, patch: TiePatch): Promise<Tie>;
  remove(id: string): Promise<void>;
}

const allTypes = { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES };

export function createTieStore(db: Database): TieStore {
  db.requireQueries(
    'ties/list-ties',
    'ties/get-tie',
    'ties/create-tie',
    'ties/update-tie',
    'ties/retype-tie',
    'ties/delete-tie',
    ...REFERENCE_QUERIES,
  );

  async function readTie(tx: Transaction, id: string): Promise<Tie> {
    const [row] = await tx.run('ties/get-tie', { ...allTypes, id });
    if (!row) throw notFound('tie', id);
    return presentTie(row.tie as Record<string, unknown>);
  }

  return {
    async list(query) {
      const [row] = await db.read('ties/list-ties', {
        relationshipTypes: query.type ? query.type.map(relationshipTypeForTie) : ALL_TIE_RELATIONSHIP_TYPES,
        actorId: query.actor ?? null,
        limit: query.limit,
        offset: query.offset,
      });
      const items = ((row?.items as Record<string, unknown>[]) ?? []).map(presentTie);
      return { items, total: Number(row?.total ?? 0), limit: query.limit, offset: query.offset };
    },

    get: (id) => db.readTransaction((tx) => readTie(tx, id)),

    create(input, idempotencyKey) {
      const { id, writeToken } = writeIdentity(input.id, idempotencyKey);
      return db.writeTransaction(async (tx) => {
        await assertReferencesExist(tx, [
          { query: 'actors/find-missing-actors', path: 'body.sourceId', what: 'actor', ids: [input.sourceId] },
          { query: 'actors/find-missing-actors', path: 'body.targetId', what: 'actor', ids: [input.targetId] },
          { query: 'outputs/find-missing-outputs', path: 'body.outputId', what: 'output', ids: input.outputId ? [input.outputId] : [] },
        ]);
        // Tie ids are unique across all types, which per-type constraints alone do not ensure.
        const [existing] = await tx.run('ties/get-tie', { ...allTypes, id });
        if (existing && (existing.tie as { writeToken?: string }).writeToken !== writeToken) {
          throw conflict(`A tie with id "${id}" already exists`, [{ path: 'body.id', message: 'already exists' }]);
        }
        await tx.run('ties/create-tie', { ...tieRow({ ...input, id }), writeToken });
        return readTie(tx, id);
      });
    },

    update: (id, patch) =>
      db.writeTransaction(async (tx) => {
        const current = await readTie(tx, id);
        assertPatchLeavesValidRecord(current, patch, TieCreateSchema, ['sourceId', 'targetId']);
        await assertReferencesExist(tx, [
          { query: 'outputs/find-missing-outputs', path: 'body.outputId', what: 'output', ids: patch.outputId ? [patch.outputId] : [] },
        ]);
        const { type, ...properties } = patch;
        if (type && type !== current.type) {
          await tx.run('ties/retype-tie', { ...allTypes, id, relationshipType: relationshipTypeForTie(type) });
        }
        await tx.run('ties/update-tie', { ...allTypes, id, properties });
        return readTie(tx, id);
      }),

    remove: (id) =>
      db.writeTransaction(async (tx) => {
        const [row] = await tx.run('ties/delete-tie', { ...allTypes, id });
        if (!row || Number(row.deleted) === 0) throw notFound('tie', id);
      }),
  };
}

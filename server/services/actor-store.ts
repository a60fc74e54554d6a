/** Reads and writes actors: the work behind /api/actors, one transaction per request. */
import { accessParameters, type Viewer } from '../access/viewer.js';
import {
  ActorCreateSchema,
  defaultSensitivityFor,
  type Actor,
  type ActorCreate,
  type ActorListQuery,
  type ActorPage,
  type ActorPatch,
} from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { ALL_KIND_LABELS, labelForKind } from '../db/allowlist.js';
import { conflict, notFound } from '../errors.js';
import { actorPresenterFor } from '../presenters/actor.js';
import { fieldAccess } from '../presenters/field-access.js';
import { assertPatchLeavesValidRecord } from './patch-validation.js';
import { actorRow } from './record-properties.js';
import { REFERENCE_QUERIES, assertMayAssign, assertReferencesExist, type Reference } from './reference-check.js';
import { forgetActorInViews, VIEW_CLEANUP_QUERIES } from './view-store.js';
import { writeIdentity } from './write-identity.js';

/** Every method takes the viewer: what they may not see is, for them, as if it did not exist. */
export interface ActorStore {
  list(query: ActorListQuery, viewer: Viewer): Promise<ActorPage>;
  get(id: string, viewer: Viewer): Promise<Actor>;
  /** Creates an actor; the same `idempotencyKey` twice creates it once. */
  create(input: ActorCreate, viewer: Viewer, idempotencyKey?: string): Promise<Actor>;
  update(id: string, patch: ActorPatch, viewer: Viewer): Promise<Actor>;
  remove(id: string, viewer: Viewer): Promise<void>;
}

export function createActorStore(db: Database): ActorStore {
  db.requireQueries(
    'actors/list-actors',
    'actors/get-actor',
    'actors/create-actor',
    'actors/update-actor',
    'actors/delete-actor',
    ...REFERENCE_QUERIES,
    ...VIEW_CLEANUP_QUERIES,
  );

  async function readActor(tx: Transaction, id: string, viewer: Viewer): Promise<Actor> {
    const fields = fieldAccess(viewer);
    const [row] = await tx.run('actors/get-actor', { id, access: accessParameters(viewer), fields });
    if (!row) throw notFound('actor', id);
    return actorPresenterFor(fields)(row.actor as Record<string, unknown>);
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
      const [row] = await db.read('actors/list-actors', {
        access: accessParameters(viewer),
        fields,
        kinds: query.kind ?? null,
        subtypes: query.subtype ?? null,
        areas: query.area ?? null,
        text: query.text ?? null,
        limit: query.limit,
        offset: query.offset,
      });
      const items = ((row?.items as Record<string, unknown>[]) ?? []).map(actorPresenterFor(fields));
      return { items, total: Number(row?.total ?? 0), limit: query.limit, offset: query.offset };
    },

    // One query needs no transaction of its own: as a single read it is one round trip, not three.
    get: (id, viewer) => readActor({ run: db.read }, id, viewer),

    create(input, viewer, idempotencyKey) {
      assertMayAssign(viewer, input.sensitivity ?? defaultSensitivityFor(input.subtype));
      const { id, writeToken } = writeIdentity(input.id, idempotencyKey);
      return db.writeTransaction(async (tx) => {
        await assertReferencesExist(tx, areaReferences(input), viewer);
        const [created] = await tx.run('actors/create-actor', { ...actorRow({ ...input, id }), writeToken });
        if (created?.ours !== true) throw conflict(`An actor with id "${id}" already exists`, [{ path: 'body.id', message: 'already exists' }]);
        return readActor(tx, id, viewer);
      });
    },

    update: (id, patch, viewer) =>
      db.writeTransaction(async (tx) => {
        const current = await readActor(tx, id, viewer);
        assertPatchLeavesValidRecord(current, patch, ActorCreateSchema);
        if (patch.sensitivity) assertMayAssign(viewer, patch.sensitivity);
        await assertReferencesExist(tx, areaReferences(patch), viewer);
        const { basedIn, activeIn, kind, ...properties } = patch;
        await tx.run('actors/update-actor', {
          id,
          properties: { ...properties, ...(kind ? { kind } : {}) },
          kindLabel: kind ? labelForKind(kind) : null,
          allKindLabels: ALL_KIND_LABELS,
          basedIn: basedIn ?? null,
          activeIn: activeIn ?? null,
        });
        return readActor(tx, id, viewer);
      }),

    remove: (id, viewer) =>
      db.writeTransaction(async (tx) => {
        const [row] = await tx.run('actors/delete-actor', { id, access: accessParameters(viewer) });
        if (!row || Number(row.deleted) === 0) throw notFound('actor', id);
        await forgetActorInViews(tx, id);
      }),
  };
}

/**
 * Reads and writes coordination mechanisms: the work behind /api/mechanisms, always as one viewer.
 *
 * Need to know (`@visibleMechanism`): a mechanism is visible when at least one of its members is;
 * it lists only the members and the chair the viewer may see. Writes never touch what the writer
 * cannot see: `memberIds` in a PATCH replaces the visible members and keeps the hidden ones; a
 * hidden chair is not replaced; a mechanism with hidden members is not deleted (the refusal does
 * not say why, as for an actor with hidden ties). Hidden actors named in a write are missing.
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import {
  MechanismCreateSchema,
  type MechanismCreate,
  type MechanismListQuery,
  type MechanismPage,
  type MechanismPatch,
  type MechanismRecord,
} from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import {
  createMechanism,
  deleteMechanism,
  findMechanismId,
  getMechanism,
  hiddenMembers,
  listMechanisms,
  updateMechanism,
} from '../queries/mechanisms.js';
import { alreadyExists, conflict, notFound } from '../errors.js';
import { assertPatchLeavesValidRecord } from './patch-validation.js';
import { assertReferencesExist, type Reference } from './reference-check.js';
import type { WriteContext } from './write-context.js';
import { assertMayChooseId, writeIdentity } from './write-identity.js';
import { closeLinkedVersion, recordLinkedVersions } from '../history/linked-record-versions.js';

/** The five operations of /api/mechanisms; writes record the route's audit event in their own transaction. */
export interface MechanismStore {
  list(query: MechanismListQuery, viewer: Viewer): Promise<MechanismPage>;
  get(id: string, viewer: Viewer): Promise<MechanismRecord>;
  create(input: MechanismCreate, viewer: Viewer, context?: WriteContext): Promise<MechanismRecord>;
  update(id: string, patch: MechanismPatch, viewer: Viewer, context?: WriteContext): Promise<MechanismRecord>;
  remove(id: string, viewer: Viewer, context?: WriteContext): Promise<void>;
}

const NOT_CHANGEABLE = 'This mechanism cannot be changed this way with your access; ask someone cleared for all its members';

function references(
  fields: Partial<Pick<MechanismCreate, 'memberIds' | 'areaIds' | 'outputIds'>> & { chairId?: string | null },
): Reference[] {
  return [
    { query: 'actors/find-missing-actors', path: 'body.memberIds', what: 'actor', ids: fields.memberIds ?? [] },
    { query: 'actors/find-missing-actors', path: 'body.chairId', what: 'actor', ids: fields.chairId ? [fields.chairId] : [] },
    { query: 'areas/find-missing-areas', path: 'body.areaIds', what: 'admin area', ids: fields.areaIds ?? [] },
    { query: 'outputs/find-missing-outputs', path: 'body.outputIds', what: 'output', ids: fields.outputIds ?? [] },
  ];
}

export function createMechanismStore(db: Database): MechanismStore {
  // These records are read by no credential or grant check: their writes leave cached credentials good.
  const writeRecords = <T>(work: (tx: Transaction) => Promise<T>) => db.writeTransaction(work, { leavesAccessAlone: true });

  async function readMechanism(tx: Transaction, id: string, viewer: Viewer): Promise<MechanismRecord> {
    const [row] = await tx.run(getMechanism, { id, access: accessParameters(viewer) });
    if (!row) throw notFound('mechanism', id);
    return row.mechanism;
  }

  async function hiddenParts(tx: Transaction, id: string, viewer: Viewer): Promise<{ hiddenMembers: number; hiddenChair: boolean }> {
    const [row] = await tx.run(hiddenMembers, { id, access: accessParameters(viewer) });
    return { hiddenMembers: row?.hiddenMembers ?? 0, hiddenChair: row?.hiddenChair === true };
  }

  return {
    async list(query, viewer) {
      const [row] = await db.read(listMechanisms, {
        outputId: query.output ?? null,
        actorId: query.actor ?? null,
        areaId: query.area ?? null,
        limit: query.limit,
        offset: query.offset,
        access: accessParameters(viewer),
      });
      return { items: row?.items ?? [], total: row?.total ?? 0, limit: query.limit, offset: query.offset };
    },

    get: (id, viewer) => readMechanism({ run: db.read }, id, viewer),

    async create(input, viewer, context) {
      if (input.id !== undefined) await assertMayChooseId(db, viewer);
      const { id, writeToken } = writeIdentity(input.id, context?.idempotencyKey, viewer.userId);
      const created = await writeRecords(async (tx) => {
        await assertReferencesExist(tx, references(input), viewer);
        const [existing] = await tx.run(findMechanismId, { id });
        if (existing && existing.writeToken !== writeToken) return null;
        if (!existing) {
          await tx.run(createMechanism, {
            id,
            writeToken,
            name: input.name,
            kind: input.kind,
            memberIds: input.memberIds,
            areaIds: input.areaIds,
            outputIds: input.outputIds,
            chairId: input.chairId ?? null,
          });
          // Its first version (server/history), in the transaction of the create.
          await recordLinkedVersions(tx, 'mechanism', [id], { op: 'create', by: viewer.userId });
        }
        await context?.audit?.recordIn(tx, [id]);
        return readMechanism(tx, id, viewer);
      });
      if (!created) {
        await context?.audit?.recordNow({ action: 'id_conflict', targetType: 'mechanism', targetIds: [id], detail: 'chosen id taken' });
        throw alreadyExists('mechanism', id);
      }
      return created;
    },

    update: (id, patch, viewer, context) =>
      writeRecords(async (tx) => {
        const current = await readMechanism(tx, id, viewer);
        // The chair must stay one of the (visible) members after the patch.
        const chairAfter = patch.chairId !== undefined ? patch.chairId : current.chairId;
        assertPatchLeavesValidRecord({ ...current, chairId: chairAfter, createdAt: null, updatedAt: null }, patch, MechanismCreateSchema);
        await assertReferencesExist(tx, references(patch), viewer);
        if (patch.chairId !== undefined && (await hiddenParts(tx, id, viewer)).hiddenChair)
          throw conflict(NOT_CHANGEABLE).saying('conflict.not_changeable');
        const { memberIds, areaIds, outputIds, chairId, ...properties } = patch;
        const [row] = await tx.run(updateMechanism, {
          id,
          properties,
          memberIds: memberIds ?? null,
          areaIds: areaIds ?? null,
          outputIds: outputIds ?? null,
          // A chair who would leave the members is refused above (body.chairId), so only a given chairId moves it.
          setChair: chairId !== undefined,
          chairId: chairId ?? null,
          access: accessParameters(viewer),
        });
        if ((row?.updated ?? 0) === 0) throw notFound('mechanism', id);
        await recordLinkedVersions(tx, 'mechanism', [id], { op: context?.historyOp ?? 'update', by: viewer.userId });
        await context?.audit?.recordIn(tx, [id]);
        return readMechanism(tx, id, viewer);
      }),

    remove: (id, viewer, context) =>
      writeRecords(async (tx) => {
        await readMechanism(tx, id, viewer);
        const hidden = await hiddenParts(tx, id, viewer);
        if (hidden.hiddenMembers > 0 || hidden.hiddenChair) throw conflict(NOT_CHANGEABLE).saying('conflict.not_changeable');
        const [row] = await tx.run(deleteMechanism, { id, access: accessParameters(viewer) });
        if ((row?.deleted ?? 0) === 0) throw notFound('mechanism', id);
        await closeLinkedVersion(tx, 'mechanism', id, { op: 'delete', by: viewer.userId });
        await context?.audit?.recordIn(tx, [id]);
      }),
  };
}

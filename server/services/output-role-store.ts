/**
 * Reads and writes lead and support roles: the work behind /api/output-roles, always as one viewer.
 *
 * A role stays what the analyses, exports, imports and merges already read: a `LEADS` or
 * `SUPPORTS` relationship from an actor to an output, with its admin areas as a property. It now
 * carries an `id` (unique per type by constraint, and across both types by the check in `create`,
 * as tie ids are), dates and a note. A node per role was the alternative; it would have made every
 * reader of roles (coordination, exports, the importer, the merge of duplicates) walk two hops and
 * change in step, for no fact a relationship property cannot hold.
 *
 * Need to know: a role is visible when its actor is; a role of a hidden actor does not exist for
 * the viewer (404, and missing from lists and from the coordination analysis, which reads roles of
 * visible actors only). A write naming a hidden actor, or an absent output or area, is refused at
 * its field exactly as if the record did not exist.
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import {
  OutputRoleCreateSchema,
  type OutputRoleCreate,
  type OutputRoleListQuery,
  type OutputRolePage,
  type OutputRolePatch,
  type OutputRoleRecord,
} from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import {
  createOutputRole,
  deleteOutputRole,
  findOutputRoleId,
  getOutputRole,
  listOutputRoles,
  retypeOutputRole,
  updateOutputRole,
} from '../queries/output-roles.js';
import { relationshipTypeForRole } from '../db/allowlist.js';
import { alreadyExists, notFound } from '../errors.js';
import { assertPatchLeavesValidRecord } from './patch-validation.js';
import { assertReferencesExist } from './reference-check.js';
import type { WriteContext } from './write-context.js';
import { assertMayChooseId, writeIdentity } from './write-identity.js';
import { closeLinkedVersion, recordLinkedVersions } from '../history/linked-record-versions.js';

/** The five operations of /api/output-roles; writes record the route's audit event in their own transaction. */
export interface OutputRoleStore {
  list(query: OutputRoleListQuery, viewer: Viewer): Promise<OutputRolePage>;
  get(id: string, viewer: Viewer): Promise<OutputRoleRecord>;
  /** The same `idempotencyKey` twice (from the same user) creates the role once. */
  create(input: OutputRoleCreate, viewer: Viewer, context?: WriteContext): Promise<OutputRoleRecord>;
  update(id: string, patch: OutputRolePatch, viewer: Viewer, context?: WriteContext): Promise<OutputRoleRecord>;
  remove(id: string, viewer: Viewer, context?: WriteContext): Promise<void>;
}

const dateOnly = (value: string | null) => (value ? value.slice(0, 10) : null);

function present(role: OutputRoleRecord): OutputRoleRecord {
  return { ...role, from: dateOnly(role.from), to: dateOnly(role.to) };
}

export function createOutputRoleStore(db: Database): OutputRoleStore {
  // These records are read by no credential or grant check: their writes leave cached credentials good.
  const writeRecords = <T>(work: (tx: Transaction) => Promise<T>) => db.writeTransaction(work, { leavesAccessAlone: true });

  async function readRole(tx: Transaction, id: string, viewer: Viewer): Promise<OutputRoleRecord> {
    const [row] = await tx.run(getOutputRole, { id, access: accessParameters(viewer) });
    if (!row) throw notFound('output role', id);
    return present(row.role);
  }

  const areaReference = (areaIds: readonly string[] | undefined) => ({
    query: 'areas/find-missing-areas' as const,
    path: 'body.areaIds',
    what: 'admin area',
    ids: areaIds ?? [],
  });

  return {
    async list(query, viewer) {
      const [row] = await db.read(listOutputRoles, {
        outputId: query.output ?? null,
        actorId: query.actor ?? null,
        areaId: query.area ?? null,
        limit: query.limit,
        offset: query.offset,
        access: accessParameters(viewer),
      });
      const items = (row?.items ?? []).map(present);
      return { items, total: row?.total ?? 0, limit: query.limit, offset: query.offset };
    },

    get: (id, viewer) => readRole({ run: db.read }, id, viewer),

    async create(input, viewer, context) {
      if (input.id !== undefined) await assertMayChooseId(db, viewer);
      const { id, writeToken } = writeIdentity(input.id, context?.idempotencyKey, viewer.userId);
      const created = await writeRecords(async (tx) => {
        await assertReferencesExist(
          tx,
          [
            { query: 'actors/find-missing-actors', path: 'body.actorId', what: 'actor', ids: [input.actorId] },
            { query: 'outputs/find-missing-outputs', path: 'body.outputId', what: 'output', ids: [input.outputId] },
            areaReference(input.areaIds),
          ],
          viewer,
        );
        const [existing] = await tx.run(findOutputRoleId, { id });
        // Taken: answered after this transaction, so the id_conflict event outlives the refusal.
        if (existing && existing.writeToken !== writeToken) return null;
        if (!existing) {
          const { id: _chosen, actorId, outputId, role, from, to, ...fields } = input;
          const properties = { ...fields, id, ...(from ? { from } : {}), ...(to ? { to } : {}) };
          await tx.run(createOutputRole, {
            actorId,
            outputId,
            relationshipType: relationshipTypeForRole(role),
            properties,
            writeToken,
            access: accessParameters(viewer),
          });
          // Its first version (server/history), in the transaction of the create.
          await recordLinkedVersions(tx, 'role', [id], { op: 'create', by: viewer.userId });
        }
        await context?.audit?.recordIn(tx, [id]);
        return readRole(tx, id, viewer);
      });
      if (!created) {
        await context?.audit?.recordNow({ action: 'id_conflict', targetType: 'output role', targetIds: [id], detail: 'chosen id taken' });
        throw alreadyExists('output role', id, 'An');
      }
      return created;
    },

    update: (id, patch, viewer, context) =>
      writeRecords(async (tx) => {
        const current = await readRole(tx, id, viewer);
        assertPatchLeavesValidRecord({ ...current, createdAt: null, updatedAt: null }, patch, OutputRoleCreateSchema, [
          'actorId',
          'outputId',
        ]);
        await assertReferencesExist(tx, [areaReference(patch.areaIds)], viewer);
        const { role, ...properties } = patch;
        const match = { id, actorId: current.actorId, outputId: current.outputId, access: accessParameters(viewer) };
        let relationshipType = relationshipTypeForRole(current.role);
        if (role && role !== current.role) {
          await tx.run(retypeOutputRole, {
            ...match,
            oldRelationshipType: relationshipType,
            relationshipType: relationshipTypeForRole(role),
          });
          relationshipType = relationshipTypeForRole(role);
        }
        const [row] = await tx.run(updateOutputRole, { ...match, relationshipType, properties });
        if ((row?.updated ?? 0) === 0) throw notFound('output role', id);
        await recordLinkedVersions(tx, 'role', [id], { op: context?.historyOp ?? 'update', by: viewer.userId });
        await context?.audit?.recordIn(tx, [id]);
        return readRole(tx, id, viewer);
      }),

    remove: (id, viewer, context) =>
      writeRecords(async (tx) => {
        const current = await readRole(tx, id, viewer);
        const [row] = await tx.run(deleteOutputRole, {
          id,
          actorId: current.actorId,
          outputId: current.outputId,
          relationshipType: relationshipTypeForRole(current.role),
          access: accessParameters(viewer),
        });
        if ((row?.deleted ?? 0) === 0) throw notFound('output role', id);
        await closeLinkedVersion(tx, 'role', id, { op: 'delete', by: viewer.userId });
        await context?.audit?.recordIn(tx, [id]);
      }),
  };
}

/**
 * Reads and writes sources: the work behind /api/sources, always as one viewer.
 *
 * Need to know: a source is visible when its sensitivity is within the viewer's clearance (grants
 * open actors, not sources); a hidden source answers 404 like an absent one. A key informant is
 * strictly confidential unless the body says otherwise. A change of reliability or sensitivity
 * moves the grades of every tie and actor the source's claims are about, in the same transaction.
 * A delete takes the source's claims with it, and is refused while some of them are about records
 * the caller may not see (a write never drops what the writer cannot see).
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { SourceCreate, SourceListQuery, SourcePage, SourcePatch, SourceRecord } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import { alreadyExists, conflict, notFound } from '../errors.js';
import {
  countHiddenClaims,
  createSource,
  deleteSource,
  findSourceId,
  getSource,
  listSources,
  sourceSubjects,
  updateSource,
} from '../queries/evidence.js';
import { assertMayAssign, assertMayChangeSensitivity } from '../services/reference-check.js';
import type { WriteContext } from '../services/write-context.js';
import { assertMayChooseId, writeIdentity } from '../services/write-identity.js';
import { regrade } from './evidence-grades.js';
import { assertReceivesSources } from './source-access.js';
import { closeClaimVersionsOfSource } from '../history/linked-record-versions.js';

export interface SourceStore {
  list(query: SourceListQuery, viewer: Viewer): Promise<SourcePage>;
  get(id: string, viewer: Viewer): Promise<SourceRecord>;
  create(input: SourceCreate, viewer: Viewer, context?: WriteContext): Promise<SourceRecord>;
  update(id: string, patch: SourcePatch, viewer: Viewer, context?: WriteContext): Promise<SourceRecord>;
  remove(id: string, viewer: Viewer, context?: WriteContext): Promise<void>;
}

const dateOnly = (value: string | null) => (value ? value.slice(0, 10) : null);
const present = (source: SourceRecord): SourceRecord => ({ ...source, date: dateOnly(source.date) });
const withTieTypes = (viewer: Viewer) => ({ access: accessParameters(viewer), relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });

export function createSourceStore(db: Database): SourceStore {
  async function readSource(tx: Transaction, id: string, viewer: Viewer): Promise<SourceRecord> {
    const [row] = await tx.run(getSource, { id, ...withTieTypes(viewer) });
    if (!row) throw notFound('source', id);
    return present(row.source);
  }

  return {
    async list(query, viewer) {
      assertReceivesSources(viewer);
      const [row] = await db.read(listSources, {
        kind: query.kind ?? null,
        limit: query.limit,
        offset: query.offset,
        ...withTieTypes(viewer),
      });
      return { items: (row?.items ?? []).map(present), total: row?.total ?? 0, limit: query.limit, offset: query.offset };
    },

    get(id, viewer) {
      assertReceivesSources(viewer);
      return readSource({ run: db.read }, id, viewer);
    },

    async create(input, viewer, context) {
      if (input.id !== undefined) await assertMayChooseId(db, viewer);
      const sensitivity = input.sensitivity ?? (input.kind === 'key_informant' ? 'strictly_confidential' : 'internal');
      assertMayAssign(viewer, sensitivity);
      const { id, writeToken } = writeIdentity(input.id, context?.idempotencyKey, viewer.userId);
      const created = await db.writeTransaction(async (tx) => {
        const [existing] = await tx.run(findSourceId, { id });
        // Taken: answered after this transaction, so the id_conflict event outlives the refusal.
        if (existing && existing.writeToken !== writeToken) return null;
        if (!existing) {
          const { id: _chosen, date, ...fields } = input;
          await tx.run(createSource, {
            id,
            properties: { ...fields, sensitivity, ...(date ? { date } : {}) },
            userId: viewer.userId,
            writeToken,
          });
        }
        await context?.audit?.recordIn(tx, [id]);
        return readSource(tx, id, viewer);
      });
      if (!created) {
        await context?.audit?.recordNow({ action: 'id_conflict', targetType: 'source', targetIds: [id], detail: 'chosen id taken' });
        throw alreadyExists('source', id);
      }
      return created;
    },

    update: (id, patch, viewer, context) =>
      db.writeTransaction(async (tx) => {
        const current = await readSource(tx, id, viewer);
        const lowered = assertMayChangeSensitivity(viewer, current.sensitivity, patch.sensitivity);
        const [row] = await tx.run(updateSource, { id, properties: { ...patch }, access: accessParameters(viewer) });
        if ((row?.updated ?? 0) === 0) throw notFound('source', id);
        const gradesMove =
          (patch.reliability !== undefined && patch.reliability !== current.reliability) ||
          (patch.sensitivity !== undefined && patch.sensitivity !== current.sensitivity);
        if (gradesMove) {
          const [subjects] = await tx.run(sourceSubjects, { id });
          await regrade(tx, subjects ?? {});
        }
        await context?.audit?.recordIn(tx, [id]);
        if (lowered)
          await context?.audit?.alsoIn(tx, { action: 'sensitivity_lowered', targetType: 'source', targetIds: [id], detail: lowered });
        return readSource(tx, id, viewer);
      }),

    remove: (id, viewer, context) =>
      db.writeTransaction(async (tx) => {
        await readSource(tx, id, viewer);
        const [hidden] = await tx.run(countHiddenClaims, { id, ...withTieTypes(viewer) });
        if ((hidden?.hidden ?? 0) > 0)
          throw conflict('This source has claims about records you may not see; it cannot be deleted by you').saying(
            'conflict.source_has_hidden_claims',
          );
        const [row] = await tx.run(deleteSource, { id, access: accessParameters(viewer) });
        if (!row) throw notFound('source', id);
        await closeClaimVersionsOfSource(tx, id, { op: 'delete', by: viewer.userId });
        await regrade(tx, row);
        await context?.audit?.recordIn(tx, [id]);
      }),
  };
}

/**
 * Reads and writes claims: the work behind /api/claims, always as one viewer.
 *
 * Need to know: a claim is visible when its source is and the tie or actor it is about is; a
 * hidden claim answers 404 like an absent one, and a create naming a hidden source, tie or actor
 * is refused at that field exactly as if it did not exist. Every write computes the grades of the
 * claim's subject again in the same transaction (evidence-grades.ts), with its audit event.
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { ClaimCreate, ClaimListQuery, ClaimPage, ClaimPatch, ClaimRecord } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import { alreadyExists, badRequest, missingRecord, missingReferences, notFound } from '../errors.js';
import { createClaim, deleteClaim, findClaimId, findClaimSubject, getClaim, listClaims, updateClaim } from '../queries/evidence.js';
import type { WriteContext } from '../services/write-context.js';
import { assertMayChooseId, writeIdentity } from '../services/write-identity.js';
import { regrade } from './evidence-grades.js';
import { assertReceivesSources } from './source-access.js';
import { closeLinkedVersion, recordLinkedVersions } from '../history/linked-record-versions.js';

export interface ClaimStore {
  list(query: ClaimListQuery, viewer: Viewer): Promise<ClaimPage>;
  get(id: string, viewer: Viewer): Promise<ClaimRecord>;
  create(input: ClaimCreate, viewer: Viewer, context?: WriteContext): Promise<ClaimRecord>;
  update(id: string, patch: ClaimPatch, viewer: Viewer, context?: WriteContext): Promise<ClaimRecord>;
  remove(id: string, viewer: Viewer, context?: WriteContext): Promise<void>;
}

const dateOnly = (value: string | null) => (value ? value.slice(0, 10) : null);
const present = (claim: ClaimRecord): ClaimRecord => ({ ...claim, observedAt: dateOnly(claim.observedAt) });
const withTieTypes = (viewer: Viewer) => ({ access: accessParameters(viewer), relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
const subjectOf = (claim: { tieId: string | null; actorId: string | null }) => ({ tieIds: [claim.tieId], actorIds: [claim.actorId] });

export function createClaimStore(db: Database): ClaimStore {
  async function readClaim(tx: Transaction, id: string, viewer: Viewer): Promise<ClaimRecord> {
    const [row] = await tx.run(getClaim, { id, ...withTieTypes(viewer) });
    if (!row) throw notFound('claim', id);
    return present(row.claim);
  }

  /** Refuses a hidden source or subject; returns the ends of the tie a tie claim is about (the claim keeps them). */
  async function assertSubjectVisible(tx: Transaction, input: ClaimCreate, viewer: Viewer) {
    const [row] = await tx.run(findClaimSubject, {
      sourceId: input.sourceId,
      tieId: input.tieId ?? null,
      actorId: input.actorId ?? null,
      ...withTieTypes(viewer),
    });
    const problems = [
      ...(row?.sourceVisible ? [] : [missingRecord('body.sourceId', 'source', input.sourceId)]),
      ...(row?.tieVisible ? [] : [missingRecord('body.tieId', 'tie', input.tieId)]),
      ...(row?.actorVisible ? [] : [missingRecord('body.actorId', 'actor', input.actorId)]),
    ];
    if (problems.length > 0) throw missingReferences(problems);
    return { tieStartId: row?.tieStartId ?? null, tieEndId: row?.tieEndId ?? null };
  }

  return {
    async list(query, viewer) {
      assertReceivesSources(viewer);
      const [row] = await db.read(listClaims, {
        tieId: query.tie ?? null,
        actorId: query.actor ?? null,
        sourceId: query.source ?? null,
        contested: query.contested ?? null,
        limit: query.limit,
        offset: query.offset,
        ...withTieTypes(viewer),
      });
      return { items: (row?.items ?? []).map(present), total: row?.total ?? 0, limit: query.limit, offset: query.offset };
    },

    get(id, viewer) {
      assertReceivesSources(viewer);
      return readClaim({ run: db.read }, id, viewer);
    },

    async create(input, viewer, context) {
      if (input.id !== undefined) await assertMayChooseId(db, viewer);
      const { id, writeToken } = writeIdentity(input.id, context?.idempotencyKey, viewer.userId);
      const created = await db.writeTransaction(async (tx) => {
        const ends = await assertSubjectVisible(tx, input, viewer);
        const [existing] = await tx.run(findClaimId, { id });
        // Taken: answered after this transaction, so the id_conflict event outlives the refusal.
        if (existing && existing.writeToken !== writeToken) return null;
        if (!existing) {
          const { id: _chosen, sourceId, actorId, tieId, ...fields } = input;
          const properties = { ...fields, ...(tieId ? { tieId, ...ends, exists: fields.exists ?? true } : { actorId }) };
          await tx.run(createClaim, { id, sourceId, actorId: actorId ?? null, properties, userId: viewer.userId, writeToken });
          await regrade(tx, { tieIds: [tieId ?? null], actorIds: [actorId ?? null] });
          // Its first version (server/history), in the transaction of the create.
          await recordLinkedVersions(tx, 'claim', [id], { op: 'create', by: viewer.userId });
        }
        await context?.audit?.recordIn(tx, [id]);
        return readClaim(tx, id, viewer);
      });
      if (!created) {
        await context?.audit?.recordNow({ action: 'id_conflict', targetType: 'claim', targetIds: [id], detail: 'chosen id taken' });
        throw alreadyExists('claim', id);
      }
      return created;
    },

    update: (id, patch, viewer, context) =>
      db.writeTransaction(async (tx) => {
        const current = await readClaim(tx, id, viewer);
        if (current.tieId && patch.value !== undefined)
          throw badRequest('body.value', 'a tie claim has no attribute value', { code: 'field.tie_claim_no_value' });
        if (current.actorId && (patch.exists !== undefined || patch.strength !== undefined)) {
          throw badRequest('body.exists', 'an actor claim states a value, not whether a tie exists', {
            code: 'field.actor_claim_no_exists',
          });
        }
        if (current.attribute && patch.value !== undefined) {
          const fits =
            current.attribute === 'doNoHarmRole'
              ? typeof patch.value === 'string'
              : typeof patch.value === 'number' &&
                (current.attribute === 'stance' ? Math.abs(patch.value) <= 2 : patch.value >= 1 && patch.value <= 5);
          if (!fits)
            throw badRequest('body.value', `is not a value of ${current.attribute}`, {
              code: 'field.not_value_of',
              params: { attribute: current.attribute },
            });
        }
        const [row] = await tx.run(updateClaim, { id, properties: { ...patch }, ...withTieTypes(viewer) });
        if ((row?.updated ?? 0) === 0) throw notFound('claim', id);
        await regrade(tx, subjectOf(current));
        await recordLinkedVersions(tx, 'claim', [id], { op: context?.historyOp ?? 'update', by: viewer.userId });
        await context?.audit?.recordIn(tx, [id]);
        return readClaim(tx, id, viewer);
      }),

    remove: (id, viewer, context) =>
      db.writeTransaction(async (tx) => {
        const current = await readClaim(tx, id, viewer);
        const [row] = await tx.run(deleteClaim, { id, ...withTieTypes(viewer) });
        if ((row?.deleted ?? 0) === 0) throw notFound('claim', id);
        await closeLinkedVersion(tx, 'claim', id, { op: 'delete', by: viewer.userId });
        // The tie may have no claim left to tell its ends: the deleted one does.
        const tieEnds = current.tieId
          ? [{ tieId: current.tieId, tieStartId: row?.tieStartId ?? null, tieEndId: row?.tieEndId ?? null }]
          : [];
        await regrade(tx, { ...subjectOf(current), tieEnds });
        await context?.audit?.recordIn(tx, [id]);
      }),
  };
}

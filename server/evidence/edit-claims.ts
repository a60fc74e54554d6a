/**
 * An edit is itself a claim (issue #15): when a user creates or edits, through the API, a tie or
 * an actor attribute claims cover, the write records who says so in its own transaction.
 *
 * - From whom: the source the body names (`claim.sourceId`, visible to the editor, else 404 as an
 *   unknown id) with its `credibility` (default 6), or else the editor's own observation: one
 *   Source per user (cypher/evidence/own-observation-source), kind observation, titled with their
 *   display name, reliability C and credibility 3. C is below the A-B bar and 3 is not 1, so an
 *   edit never makes anything corroborated by itself, however many colleagues repeat it.
 * - What: each attribute of CLAIM_ATTRIBUTES the write sets to a value, when the value changes or a
 *   source is named (restating a value on a form that sends every field says nothing new); for a
 *   tie, that it exists with its strength, on create and when its type, direction or strength
 *   changes. A cleared value or the "unknown" do-no-harm role states nothing.
 * - One claim per source and subject from edits: a later edit restating that source's view
 *   updates the claim (its history keeps the earlier value) rather than adding one that disagrees.
 * - Not: imports and seeding (they do not write through the stores), a revert to an earlier
 *   version (it restores, it does not assert), and a body with `claim: null` (the client's undo).
 * - Undone with the edit: the write answers each claim it recorded with its state before
 *   (`editClaims`: null when it created it), and the client's Undo gives the claims that state
 *   back through /api/claims (deleting a created one), each step versioned and audited there; Redo
 *   runs the edit again, which records its claim again. A revert to an earlier version keeps the
 *   claims: it is a new decision, not the edit taken back.
 */
import { createHash, randomUUID } from 'node:crypto';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { ClaimAttribute, EditClaim, EditClaimChange } from '../contracts/index.js';
import { CLAIM_ATTRIBUTES } from '../contracts/index.js';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import type { Transaction } from '../db/database.js';
import { badRequest, notFound } from '../errors.js';
import { recordLinkedVersions } from '../history/linked-record-versions.js';
import { createClaim, findClaimSubject, findEditClaim, ownObservationSource, updateClaim } from '../queries/evidence.js';
import type { WriteContext } from '../services/write-context.js';
import { regrade } from './evidence-grades.js';

/** What one write states: a tie (with its ends, which its claim keeps) exists with a strength, or an actor attribute has a value. */
export type EditStatement =
  | { tieId: string; tieStartId: string; tieEndId: string; strength: number | null }
  | { actorId: string; attribute: ClaimAttribute; value: number | string };

/** Credibility of an own observation: Admiralty 3, "possibly true". */
const OWN_CREDIBILITY = 3;
const NAMED_DEFAULT_CREDIBILITY = 6;

const states = (value: unknown): value is number | string =>
  (typeof value === 'number' || typeof value === 'string') && value !== 'unknown';

/** The attributes an actor write states: set to a value, changed from `before` or cited. */
export function actorStatements(
  actorId: string,
  written: Partial<Record<ClaimAttribute, unknown>>,
  before: Partial<Record<ClaimAttribute, unknown>> | null,
  claim: EditClaim,
): EditStatement[] {
  const cited = Boolean(claim?.sourceId);
  return CLAIM_ATTRIBUTES.flatMap((attribute) => {
    const value = written[attribute];
    if (!states(value) || (!cited && before !== null && before[attribute] === value)) return [];
    return [{ actorId, attribute, value }];
  });
}

/** What a tie write states: created, or its type, direction or strength changed (or cited). */
export function tieStatements(
  tie: { id: string; sourceId: string; targetId: string },
  written: { type?: unknown; directed?: unknown; strength?: unknown },
  before: { type: unknown; directed: unknown; strength: number | null } | null,
  claim: EditClaim,
): EditStatement[] {
  const changed =
    before === null ||
    Boolean(claim?.sourceId) ||
    (['type', 'directed', 'strength'] as const).some((key) => written[key] !== undefined && written[key] !== before[key]);
  if (!changed) return [];
  const strength = typeof written.strength === 'number' ? written.strength : (before?.strength ?? null);
  return [{ tieId: tie.id, tieStartId: tie.sourceId, tieEndId: tie.targetId, strength }];
}

/** Refuses a body whose `claim` cannot hold, before anything is written. */
export function assertEditClaimShape(claim: EditClaim): void {
  if (claim && claim.credibility !== undefined && claim.sourceId === undefined) {
    throw badRequest('body.claim.credibility', 'give a credibility only with a sourceId: an own observation is always 3', {
      code: 'field.credibility_needs_source',
    });
  }
}

const ownSourceId = (userId: string) => `observation-${createHash('sha256').update(userId).digest('hex').slice(0, 24)}`;

async function sourceFor(tx: Transaction, claim: EditClaim, viewer: Viewer): Promise<{ sourceId: string; credibility: number }> {
  if (claim?.sourceId) {
    const [row] = await tx.run(findClaimSubject, {
      sourceId: claim.sourceId,
      tieId: null,
      actorId: null,
      access: accessParameters(viewer),
      relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES,
    });
    // Hidden answers as absent: the same 404 names the field, never whether it exists.
    if (!row?.sourceVisible) throw notFound('source', claim.sourceId);
    return { sourceId: claim.sourceId, credibility: claim.credibility ?? NAMED_DEFAULT_CREDIBILITY };
  }
  const [row] = await tx.run(ownObservationSource, { id: ownSourceId(viewer.userId), userId: viewer.userId });
  if (!row) throw notFound('user', viewer.userId);
  return { sourceId: row.id, credibility: OWN_CREDIBILITY };
}

/**
 * Records the claims of one write in its transaction, with their versions and audit events, and
 * regrades their subjects; returns each claim with its state before (null: created here), the
 * `editClaims` of the write's answer. Nothing for a revert or `claim: null`.
 */
export async function recordEditClaims(
  tx: Transaction,
  statements: readonly EditStatement[],
  claim: EditClaim,
  viewer: Viewer,
  context?: WriteContext,
): Promise<EditClaimChange[]> {
  if (claim === null || statements.length === 0 || context?.historyOp === 'revert') return [];
  const { sourceId, credibility } = await sourceFor(tx, claim, viewer);
  const access = { access: accessParameters(viewer), relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES };
  const changes: EditClaimChange[] = [];
  for (const statement of statements) {
    const subject =
      'tieId' in statement
        ? { tieId: statement.tieId, actorId: null, attribute: null }
        : { tieId: null, actorId: statement.actorId, attribute: statement.attribute };
    const stated = 'tieId' in statement ? { exists: true, strength: statement.strength } : { value: statement.value };
    const [existing] = await tx.run(findEditClaim, { sourceId, ...subject });
    if (existing) {
      await tx.run(updateClaim, { id: existing.id, properties: { ...stated, credibility }, ...access });
      changes.push({ id: existing.id, before: existing.before });
      continue;
    }
    const id = `claim-${randomUUID()}`;
    const properties = {
      ...stated,
      ...('tieId' in statement
        ? { tieId: statement.tieId, tieStartId: statement.tieStartId, tieEndId: statement.tieEndId }
        : { actorId: subject.actorId, attribute: subject.attribute }),
      credibility,
      note: '',
      madeByEdit: true,
      ...(claim?.sourceId ? {} : { observedAt: new Date().toISOString().slice(0, 10) }),
    };
    await tx.run(createClaim, { id, sourceId, actorId: subject.actorId, properties, userId: viewer.userId, writeToken: id });
    changes.push({ id, before: null });
  }
  await regrade(tx, {
    tieIds: statements.map((s) => ('tieId' in s ? s.tieId : null)),
    actorIds: statements.map((s) => ('actorId' in s ? s.actorId : null)),
  });
  for (const { id, before } of changes) {
    const created = before === null;
    await recordLinkedVersions(tx, 'claim', [id], { op: created ? 'create' : 'update', by: viewer.userId });
    await context?.audit?.alsoIn(tx, {
      action: created ? 'create' : 'update',
      targetType: 'claim',
      targetIds: [id],
      detail: 'with an edit',
    });
  }
  return changes;
}

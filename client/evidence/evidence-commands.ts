/**
 * Claim edits as undoable commands (client/edit/commands.ts): adding a claim is undone by deleting
 * it, deleting one by creating it again under the same id. They run through `performMapEdit`, so
 * the map is loaded again after each: a claim moves the grade the map draws.
 */
import type { ClaimCreate, ClaimRecord } from '../../server/contracts/index.js';
import { createClaim, deleteClaim } from '../api/evidence.js';
import type { Command as HistoryCommand } from '../edit/history.js';
import { t } from '../i18n/i18n.js';

export type EvidenceRecord = { op: 'create-claim'; body: ClaimCreate & { id: string } } | { op: 'delete-claim'; claim: ClaimRecord };

export const isEvidenceRecord = (record: { op: string }): record is EvidenceRecord =>
  record.op === 'create-claim' || record.op === 'delete-claim';

/** What a stored claim was created with, so Undo of a delete brings the same claim back. */
export function claimAsCreate(claim: ClaimRecord): ClaimCreate & { id: string } {
  const subject = claim.tieId
    ? { tieId: claim.tieId, exists: claim.exists ?? true, ...(claim.strength ? { strength: claim.strength } : {}) }
    : { actorId: claim.actorId ?? '', attribute: claim.attribute ?? 'stance', value: claim.value ?? 0 };
  return {
    id: claim.id,
    sourceId: claim.sourceId,
    ...subject,
    credibility: claim.credibility,
    note: claim.note,
    // An edit's claim stays one: the next edit from its source updates it (server/evidence/edit-claims.ts).
    ...(claim.madeByEdit ? { madeByEdit: true } : {}),
    ...(claim.observedAt ? { observedAt: claim.observedAt } : {}),
  } as ClaimCreate & { id: string };
}

export function evidenceCommandFor(record: EvidenceRecord): HistoryCommand<EvidenceRecord> {
  const then = (write: () => Promise<unknown>) => async () => void (await write());
  if (record.op === 'create-claim') {
    return {
      record,
      label: t('evidence.label_addClaim'),
      run: then(() => createClaim(record.body)),
      revert: then(() => deleteClaim(record.body.id)),
    };
  }
  return {
    record,
    label: t('evidence.label_deleteClaim'),
    run: then(() => deleteClaim(record.claim.id)),
    revert: then(() => createClaim(claimAsCreate(record.claim))),
  };
}

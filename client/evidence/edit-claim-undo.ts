/**
 * Undo and claims (issue #15): an edit of an actor or a tie is itself a claim, and a delete takes
 * the claims about the record with it, so undoing either must put the claims back as they were,
 * or the evidence would contradict the map (a stance back to +1 still "contested" by the undone -2).
 *
 * - An edit's answer names the claims it recorded with their state before (`editClaims`); undo
 *   deletes a claim the edit created and gives one it updated its earlier statement back.
 * - A delete reads the claims first (those the user may see: a claim from a source hidden from
 *   them was never theirs to restore), and undo creates them again under the same ids, with their
 *   sources, credibility, observed dates and notes, after the actor and ties are back.
 * Each step goes through /api/claims, so it is versioned, audited and regraded there.
 */
import type { ClaimPatch, ClaimRecord, EditClaimChange } from '../../server/contracts/index.js';
import { ApiError } from '../api.js';
import { createClaim, deleteClaim, fetchClaims, updateClaim } from '../api/evidence.js';
import { BULK_CONCURRENCY, eachLimited } from '../ui/each-limited.js';
import { claimAsCreate } from './evidence-commands.js';

/** The patch that makes a claim state again what it stated before an edit. */
function patchBack(before: NonNullable<EditClaimChange['before']>): ClaimPatch {
  if (before.value !== null) return { value: before.value as NonNullable<ClaimPatch['value']>, credibility: before.credibility };
  return { exists: before.exists ?? true, strength: before.strength, credibility: before.credibility };
}

/** Gives the claims an edit recorded their state before it: a created one is deleted (gone already: done). */
export async function restoreEditClaims(changes: readonly EditClaimChange[] | undefined): Promise<void> {
  await eachLimited(changes ?? [], BULK_CONCURRENCY, async ({ id, before }) => {
    if (before !== null) {
      await updateClaim(id, patchBack(before));
      return;
    }
    try {
      await deleteClaim(id);
    } catch (error) {
      // Deleted since (with its subject, or by hand): the claim the edit made is gone either way.
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
  });
}

/** The claims about an actor and about each of its ties, as the user sees them, read before a delete. */
export async function claimsAbout(subject: { actorId?: string; tieIds: readonly string[] }): Promise<ClaimRecord[]> {
  const lists: ClaimRecord[][] = [];
  const subjects = [...(subject.actorId ? [{ actor: subject.actorId }] : []), ...subject.tieIds.map((tie) => ({ tie }))];
  await eachLimited(subjects, BULK_CONCURRENCY, async (filter) => void lists.push(await fetchClaims(filter)));
  return [...new Map(lists.flat().map((claim) => [claim.id, claim] as const)).values()];
}

/** Creates the claims of a deleted record again under their ids, once the record is back. */
export async function recreateClaims(claims: readonly ClaimRecord[] | undefined): Promise<void> {
  await eachLimited(claims ?? [], BULK_CONCURRENCY, async (claim) => void (await createClaim(claimAsCreate(claim))));
}

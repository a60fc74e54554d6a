/**
 * What an administrator may do to accounts. Managing accounts is not a need to know: an
 * administrator changes no more than an account's name on their own account (their password
 * through POST /api/auth/password, with the current one), gives no clearance above their own, and
 * cannot alone open confidential or strictly confidential records to anyone: a confidential
 * clearance, or a grant that opens such an actor, is a grant request another administrator
 * approves (grant-requests.ts). Nor can they alone make an account that could approve their
 * requests or see what they may not: the administrator role (a new administrator account, or a
 * raised role) and a new password for an administrator or a user with confidential access (who
 * sets a password can sign in as that user) are grant requests too.
 */
import { SENSITIVITY_LEVELS, type Grant, type Sensitivity, type UserCreate, type UserPatch } from '../contracts/index.js';
import type { Transaction } from '../db/database.js';
import { forbidden } from '../errors.js';
import { effectiveClearance, type Viewer } from './viewer.js';
import { countConfidentialOpened } from '../queries/access.js';

/** Clearances at or above this open confidential records: giving one takes two administrators. */
const FIRST_CONFIDENTIAL = SENSITIVITY_LEVELS.indexOf('confidential');
const rank = (level: Sensitivity) => SENSITIVITY_LEVELS.indexOf(level);

export const NEEDS_SECOND_ADMINISTRATOR =
  'Confidential access needs a second administrator: ask with POST /api/grant-requests, another administrator approves it';

/** Throws 403 when the clearance is above the administrator's own. */
export function checkClearanceWithinOwn(viewer: Viewer, clearance: Sensitivity): void {
  if (rank(clearance) > rank(effectiveClearance(viewer.role, viewer.clearance))) {
    throw forbidden('You cannot give a clearance above your own').saying('forbidden.clearance_above_own');
  }
}

export const opensConfidentialByClearance = (clearance: Sensitivity | undefined) =>
  clearance !== undefined && rank(clearance) >= FIRST_CONFIDENTIAL;

/** How many confidential or strictly confidential actors these grants open, read in `tx` (the change's own transaction). */
export async function confidentialOpenedBy(tx: Transaction, grants: readonly Grant[]): Promise<number> {
  if (grants.length === 0) return 0;
  const [row] = await tx.run(countConfidentialOpened, {
    access: {
      levels: [],
      actorIds: grants.filter((grant) => grant.scope === 'actor').map((grant) => grant.targetId),
      areaIds: grants.filter((grant) => grant.scope === 'area').map((grant) => grant.targetId),
      actorIdsOpenedByAreas: [],
    },
  });
  return Number(row?.opened ?? 0);
}

export const NEEDS_SECOND_ADMINISTRATOR_FOR_ROLE =
  'The administrator role needs a second administrator: create the account with another role, then ask with POST /api/grant-requests {userId, role: "administrator"}, another administrator approves it';
export const NEEDS_SECOND_ADMINISTRATOR_FOR_PASSWORD =
  'A new password for an administrator or a user with confidential access needs a second administrator: ask with POST /api/grant-requests {userId, password}, another administrator approves it';

/** Whether a user holds access worth taking over: the administrator role, a confidential clearance, or grants that open confidential actors. */
async function isPrivileged(tx: Transaction, user: { role: string; clearance: Sensitivity; grants: readonly Grant[] }): Promise<boolean> {
  if (user.role === 'administrator' || opensConfidentialByClearance(user.clearance)) return true;
  return (await confidentialOpenedBy(tx, user.grants)) > 0;
}

export function createAccountPolicy() {
  return {
    /** A new account: no confidential clearance and no administrator role at creation (ask for them once the account exists). */
    checkCreate(viewer: Viewer, input: UserCreate): void {
      if (input.role === 'administrator') throw forbidden(NEEDS_SECOND_ADMINISTRATOR_FOR_ROLE).saying('forbidden.second_administrator');
      const clearance = input.clearance ?? 'internal';
      checkClearanceWithinOwn(viewer, clearance);
      if (opensConfidentialByClearance(clearance)) throw forbidden(NEEDS_SECOND_ADMINISTRATOR).saying('forbidden.second_administrator');
    },
    /**
     * A change to an account as it is now (`current`), checked in the change's write transaction
     * `tx` with the user's lock held (user-store.ts `update`), so a level raised in between is not
     * missed (security review 2, L9).
     */
    async checkPatch(
      tx: Transaction,
      viewer: Viewer,
      targetId: string,
      patch: UserPatch,
      current: { role: string; clearance: Sensitivity; grants: readonly Grant[] },
    ): Promise<void> {
      if (targetId === viewer.userId && Object.keys(patch).some((field) => field !== 'displayName')) {
        throw forbidden(
          'You cannot change your own role, clearance, grants, password or status here; another administrator can (your password: POST /api/auth/password)',
        ).saying('forbidden.own_account_fields');
      }
      if (patch.role === 'administrator' && current.role !== 'administrator')
        throw forbidden(NEEDS_SECOND_ADMINISTRATOR_FOR_ROLE).saying('forbidden.second_administrator');
      if (patch.password !== undefined && (await isPrivileged(tx, current)))
        throw forbidden(NEEDS_SECOND_ADMINISTRATOR_FOR_PASSWORD).saying('forbidden.second_administrator');
      if (patch.clearance) {
        checkClearanceWithinOwn(viewer, patch.clearance);
        if (opensConfidentialByClearance(patch.clearance) && rank(patch.clearance) > rank(current.clearance))
          throw forbidden(NEEDS_SECOND_ADMINISTRATOR).saying('forbidden.second_administrator');
      }
      if (patch.grants) {
        const held = new Set(current.grants.map((grant) => `${grant.scope}:${grant.targetId}`));
        const added = patch.grants.filter((grant) => !held.has(`${grant.scope}:${grant.targetId}`));
        if ((await confidentialOpenedBy(tx, added)) > 0)
          throw forbidden(NEEDS_SECOND_ADMINISTRATOR).saying('forbidden.second_administrator');
      }
    },
  };
}

export type AccountPolicy = ReturnType<typeof createAccountPolicy>;

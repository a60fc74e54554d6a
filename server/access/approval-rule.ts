/**
 * Who may approve a grant request: the second administrator must be a second person. One
 * administrator could otherwise approve their own requests through accounts they control: an
 * account they created or whose password they set (they know it until its owner changes it),
 * or a fresh administrator made for the purpose. So the approver is
 * - neither the one who asked nor the user it is for;
 * - an administrator already before the request was made (an administrator made afterwards,
 *   necessarily with someone's approval, cannot approve what was waiting for them);
 * - not linked to either of them: neither created the other's account nor last set the other's
 *   password. (`createdBy` stays after the owner changes their password: a creator may have
 *   changed it as the owner. An account made by the server itself, `null`, is linked to nobody.)
 * What this cannot tell: whether an account is a real, separate person. Approving the
 * administrator role vouches for that, so the approver of a new administrator checks who it is
 * (and an account's first password, set by its creator, should be changed by its owner at once).
 * The requester's side is checked too (`requesterControls`): access is not asked for, nor
 * approved, for an account the requester created or set the password of, while its owner has not
 * set their own since.
 * Pure, so the rule is tested without a database; grant-requests.ts applies it inside the
 * approval's transaction.
 */
import type { MessageCode } from '../contracts/index.js';

export interface Party {
  id: string;
  role: string;
  createdBy?: string | null;
  passwordSetBy?: string | null;
  disabled?: boolean;
}

export interface ApprovalCase {
  approver: Party;
  requester: Party | null;
  user: Party | null;
  approverPreExisting: boolean;
}

const controls = (who: string, account: Party) => account.createdBy === who || account.passwordSetBy === who;
const linked = (a: Party, b: Party) => controls(a.id, b) || controls(b.id, a);

/**
 * Whether the one who asks may still act as the user the request is for: they created the account
 * or last set its password, and its owner has not set their own password since. Access asked for
 * such an account would, once a second administrator approves it, be the requester's own: the
 * requester-side twin of `linked` (security review 2, H3). A reset by the requester (a demoted
 * user's password, set alone once they were no longer privileged) makes them its setter again.
 */
export function requesterControls(requesterId: string, user: Party): boolean {
  if (user.passwordSetBy === user.id) return false;
  return user.createdBy === requesterId || user.passwordSetBy === requesterId;
}

export const REQUESTER_CONTROLS_ACCOUNT =
  'You created this account or set its password, and its owner has not set their own since: you could sign in as them, so you cannot ask for access for it. Once they have changed their password (Change password, signed in), ask again, or let another administrator ask';

/** Why an approval is refused: the words for the approver and the same as a code. */
export interface ApprovalRefusal {
  message: string;
  code: MessageCode;
}

/** Why this approval is refused, in words for the approver, or null when it may go ahead. */
export function approvalRefusal({ approver, requester, user, approverPreExisting }: ApprovalCase): ApprovalRefusal | null {
  const refused = (message: string, code: MessageCode): ApprovalRefusal => ({ message, code });
  if (requester?.id === approver.id)
    return refused('A second administrator must approve this request, not the one who asked', 'forbidden.approver_is_requester');
  if (user?.id === approver.id) return refused('You cannot approve access for yourself', 'forbidden.approve_for_self');
  if (!requester || requester.role !== 'administrator' || requester.disabled)
    return refused('The administrator who asked is no longer an administrator: ask again', 'forbidden.requester_not_administrator');
  if (!approverPreExisting)
    return refused('Only an administrator who was one before this request was made may approve it', 'forbidden.approver_too_new');
  if (linked(approver, requester))
    return refused(
      'You cannot approve this request: one of you created the other’s account or set the other’s password',
      'forbidden.approver_linked_to_requester',
    );
  if (user && linked(approver, user))
    return refused(
      'You cannot approve this request: you created this user’s account or set their password, or they did yours',
      'forbidden.approver_linked_to_user',
    );
  return null;
}

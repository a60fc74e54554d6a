/**
 * What the approver of a grant request checks about the account it is for (security review 2, H3
 * and L7): who created it and who last set its password, and whether that was the administrator
 * who asked (who could then sign in as the user: the API refuses the approval until the user sets
 * their own password); and, for area grants, how many confidential actors the areas held when it
 * was asked (all the approval opens).
 */
import type { GrantRequest } from '../../server/contracts/index.js';
import { h } from '../ui/dom.js';
import { userName, type AccountsContext } from './context.js';

/** Who did it, in words: the server itself (null), the user themself, or an account by name. */
function who(context: AccountsContext, request: GrantRequest, userId: string | null): string {
  if (userId === null) return 'the server (first start or command line)';
  if (userId === request.userId) return 'the user themself';
  return userId === request.requestedBy ? `${userName(context, userId)}, who asked` : userName(context, userId);
}

/** The lines under a pending request; empty when the server sent nothing to say. */
export function requestAccountLines(context: AccountsContext, request: GrantRequest): HTMLElement[] {
  const lines: HTMLElement[] = [];
  const account = request.account;
  if (account) {
    lines.push(
      h(
        'p',
        { class: 'accounts-request-line break', 'data-testid': 'request-account' },
        `Account created by ${who(context, request, account.createdBy)}; password last set by ${who(context, request, account.passwordSetBy)}.`,
      ),
    );
    if (account.requesterControls)
      lines.push(
        h(
          'p',
          { class: 'accounts-request-line accounts-request-warning', 'data-testid': 'request-controlled' },
          'The administrator who asked could sign in as this user: approval is refused until the user sets their own password.',
        ),
      );
  }
  if (request.grants.some((grant) => grant.scope === 'area') && request.openedInAreas !== null)
    lines.push(
      h(
        'p',
        { class: 'accounts-request-line', 'data-testid': 'request-area-count' },
        `The areas held ${request.openedInAreas} confidential or strictly confidential ${request.openedInAreas === 1 ? 'actor' : 'actors'} when asked: approval opens ${request.openedInAreas === 1 ? 'it' : 'those'} and none that arrived since.`,
      ),
    );
  return lines;
}

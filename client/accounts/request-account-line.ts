/**
 * What the approver of a grant request checks about the account it is for (security review 2, H3
 * and L7): who created it and who last set its password, and whether that was the administrator
 * who asked (who could then sign in as the user: the API refuses the approval until the user sets
 * their own password); and, for area grants, how many confidential actors the areas held when it
 * was asked (all the approval opens).
 */
import type { GrantRequest } from '../../server/contracts/index.js';
import { t } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';
import { userName, type AccountsContext } from './context.js';

/** Who did it, in words: the server itself (null), the user themself, or an account by name. */
function who(context: AccountsContext, request: GrantRequest, userId: string | null): string {
  if (userId === null) return t('accounts.byServer');
  if (userId === request.userId) return t('accounts.byThemself');
  return userId === request.requestedBy ? t('accounts.byAsker', { user: userName(context, userId) }) : userName(context, userId);
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
        t('accounts.accountHistory', {
          creator: who(context, request, account.createdBy),
          setter: who(context, request, account.passwordSetBy),
        }),
      ),
    );
    if (account.requesterControls)
      lines.push(
        h(
          'p',
          { class: 'accounts-request-line accounts-request-warning', 'data-testid': 'request-controlled' },
          t('accounts.requesterControls'),
        ),
      );
  }
  if (request.grants.some((grant) => grant.scope === 'area') && request.openedInAreas !== null)
    lines.push(
      h(
        'p',
        { class: 'accounts-request-line', 'data-testid': 'request-area-count' },
        t('accounts.areaCount', { count: request.openedInAreas }),
      ),
    );
  return lines;
}

/** What the account screens share: the accounts as last loaded, and names for grants' targets. */
import type { Grant, GrantRequest, Me, User } from '../../server/contracts/index.js';
import { ApiError, fetchActor } from '../api.js';
import { t } from '../i18n/i18n.js';
import { clearanceName } from './account-kit.js';

export interface AccountsContext {
  me: Me;
  users: User[];
  requests: GrantRequest[];
  areaNames: Map<string, string>;
  /** Names of actors the administrator has seen (a grant stores the id only). */
  actorNames: Map<string, string>;
  /** Refetches users and grant requests, and redraws the list. */
  reload(): Promise<void>;
  /** Back from the editor to the list. */
  showList(): void;
}

export const userName = (context: AccountsContext, userId: string): string => {
  const user = context.users.find((u) => u.id === userId);
  return user ? `${user.displayName} (${user.username})` : userId;
};

export function grantText(context: AccountsContext, grant: Grant): string {
  return grant.scope === 'area'
    ? t('accounts.grantArea', { name: context.areaNames.get(grant.targetId) ?? grant.targetId })
    : t('accounts.grantActor', { name: context.actorNames.get(grant.targetId) ?? grant.targetId });
}

/** What a grant request asks for, in words. */
export function requestText(
  context: AccountsContext,
  request: Pick<GrantRequest, 'clearance' | 'grants'> & Partial<Pick<GrantRequest, 'role' | 'passwordChange'>>,
): string {
  return [
    request.role ? t('accounts.askAdministratorRole') : null,
    request.passwordChange ? t('accounts.askNewPassword') : null,
    request.clearance ? t('accounts.askClearance', { level: clearanceName(request.clearance) }) : null,
    ...request.grants.map((g) => grantText(context, g)),
  ]
    .filter(Boolean)
    .join(t('accounts.listSeparator'));
}

/** The API refused a change that takes two administrators: the editor asks for it instead. */
export const needsSecondAdministrator = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 403 && /needs a second administrator/.test(error.message);

export const pendingFor = (context: AccountsContext, userId: string): GrantRequest[] =>
  context.requests.filter((request) => request.status === 'pending' && request.userId === userId);

/**
 * Grants store ids: look up the names of actors not seen yet, then `redraw`. An actor the
 * administrator may not see (above their clearance) answers 404 and stays an id.
 */
export function lookUpActorNames(context: AccountsContext, grants: readonly Grant[], redraw: () => void): void {
  for (const grant of grants) {
    if (grant.scope !== 'actor' || context.actorNames.has(grant.targetId)) continue;
    context.actorNames.set(grant.targetId, grant.targetId);
    fetchActor(grant.targetId)
      .then((actor) => {
        context.actorNames.set(actor.id, actor.name);
        redraw();
      })
      .catch(() => undefined);
  }
}

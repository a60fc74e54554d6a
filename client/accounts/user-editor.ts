/**
 * One account, for an administrator: role, clearance and status; grants (add, remove); a new
 * password; the user's API tokens (revoke). Access that opens confidential records (a clearance of
 * confidential or above, a grant on a confidential actor or an area holding one) is not given
 * here: it becomes a grant request, shown as pending until a second administrator approves it. So
 * do the administrator role and a new password for an administrator or a user with confidential
 * access: the API refuses them as changes, and the editor asks for them instead.
 * One's own account shows only the tokens: another administrator changes one's access.
 */
import { SENSITIVITY_LEVELS, UserPatchSchema, type Grant, type User, type UserPatch } from '../../server/contracts/index.js';
import { ApiError } from '../api.js';
import { fetchUserTokens, requestGrant, revokeUserToken, updateUser } from '../api/accounts.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { statusLine } from '../transfer/dialog.js';
import { dayElement } from '../ui/dates.js';
import { h } from '../ui/dom.js';
import { field, input, select, zodProblems, type Problem } from '../ui/forms/form-kit.js';
import { clearanceName, failureText, roleOptions, sectionForm } from './account-kit.js';
import { needsSecondAdministrator, requestText, type AccountsContext } from './context.js';
import { grantsSection } from './grants-editor.js';

const FIRST_CONFIDENTIAL = SENSITIVITY_LEVELS.indexOf('confidential');
const rank = (level: string) => SENSITIVITY_LEVELS.indexOf(level as (typeof SENSITIVITY_LEVELS)[number]);

export function openUserEditor(root: HTMLElement, context: AccountsContext, initial: User): void {
  let user = initial;
  const status = statusLine('user-status');
  const back = h('button', { type: 'button', 'data-testid': 'accounts-back' }, t('accounts.back'));
  back.addEventListener('click', () => context.showList());
  const title = h(
    'h3',
    { class: 'accounts-heading accounts-user-title', tabindex: '-1', 'data-testid': 'user-title' },
    h('bdi', { 'data-record-text': '' }, `${user.displayName} (${user.username})`),
  );
  const self = user.id === context.me.id;
  let redrawGrants = () => {};
  let refillAccess = () => {};

  /** Sends a change; the answer is the account as it now is. */
  const apply = async (patch: UserPatch, done: string): Promise<Problem[]> => {
    const parsed = UserPatchSchema.safeParse(patch);
    if (!parsed.success) return zodProblems(parsed.error.issues);
    user = await updateUser(user.id, parsed.data);
    // Every form shows the account as it now is: a stale select would undo another change on Save.
    refillAccess();
    await context.reload();
    status.show(done);
    return [];
  };
  const ask = async (request: { clearance?: User['clearance']; grants?: Grant[]; role?: 'administrator'; password?: string }) => {
    const created = await requestGrant({ userId: user.id, ...request });
    await context.reload();
    redrawGrants();
    status.show(t('accounts.askedFor', { what: requestText(context, created) }));
  };

  root.replaceChildren(h('div', { class: 'accounts-row' }, back), title, status.element);
  if (self) {
    root.append(h('p', { class: 'transfer-note' }, t('accounts.ownAccountNote')));
  } else {
    const grants = grantsSection({ context, user: () => user, apply, ask, status });
    redrawGrants = grants.draw;
    root.append(accessForm(), grants.element, passwordForm());
  }
  root.append(tokensSection(user, status));
  title.focus();

  function accessForm(): HTMLFormElement {
    const fields = [
      field('role', t('accounts.role'), select(roleOptions(), { 'data-testid': 'edit-role' })),
      field(
        'clearance',
        t('accounts.clearance'),
        select(
          SENSITIVITY_LEVELS.map((value) => ({ value, label: clearanceName(value) })),
          { 'data-testid': 'edit-clearance' },
        ),
        t('accounts.clearanceHint'),
      ),
      field('disabled', t('accounts.disabledField'), input('checkbox', { 'data-testid': 'edit-disabled' })),
    ];
    const [role, clearance, disabled] = fields.map((f) => f.control) as [HTMLSelectElement, HTMLSelectElement, HTMLInputElement];
    const fill = () => {
      role.value = user.role;
      clearance.value = user.clearance;
      disabled.checked = user.disabled;
    };
    fill();
    refillAccess = fill;
    const { form } = sectionForm({
      testId: 'edit-access',
      heading: t('accounts.accessHeading'),
      fields,
      submitLabel: t('accounts.save'),
      async run() {
        const patch: UserPatch = {};
        // The administrator role is asked for; any other role is a change.
        const askedRole = role.value === 'administrator' && user.role !== 'administrator';
        if (role.value !== user.role && !askedRole) patch.role = role.value as User['role'];
        if (disabled.checked !== user.disabled) patch.disabled = disabled.checked;
        const wanted = clearance.value as User['clearance'];
        // Raising to confidential or above is asked for; lowering, or anything below, is a change.
        const asked = wanted !== user.clearance && rank(wanted) >= FIRST_CONFIDENTIAL && rank(wanted) > rank(user.clearance);
        if (wanted !== user.clearance && !asked) patch.clearance = wanted;
        if (Object.keys(patch).length === 0 && !asked && !askedRole) {
          status.show(t('accounts.nothingToSave'));
          return [];
        }
        if (Object.keys(patch).length > 0) {
          const saved = Object.keys(patch).map((key) => t(`accounts.savedField_${key}` as MessageKey));
          const problems = await apply(patch, t('accounts.saved', { fields: saved.join(t('accounts.fieldSeparator')) }));
          if (problems.length > 0) return problems;
        }
        if (asked || askedRole)
          await ask({ ...(asked ? { clearance: wanted } : {}), ...(askedRole ? { role: 'administrator' as const } : {}) });
        fill();
        return [];
      },
    });
    return form;
  }

  function passwordForm(): HTMLFormElement {
    const fields = [
      field(
        'password',
        t('accounts.newPassword'),
        input('password', { autocomplete: 'new-password', 'data-testid': 'reset-password' }),
        t('accounts.resetPasswordHint'),
      ),
    ];
    const { form } = sectionForm({
      testId: 'reset-password-form',
      heading: t('accounts.resetPasswordHeading'),
      fields,
      submitLabel: t('accounts.setPassword'),
      async run() {
        const password = fields[0]!.control.value;
        try {
          const problems = await apply({ password }, t('accounts.passwordSet'));
          if (problems.length === 0) form.reset();
          return problems;
        } catch (error) {
          // An administrator's or a confidential user's password takes a second administrator.
          if (!needsSecondAdministrator(error)) throw error;
          await ask({ password });
          form.reset();
          return [];
        }
      },
    });
    return form;
  }
}

/** The user's API tokens, newest first (never their secrets), with Revoke. */
function tokensSection(user: User, status: ReturnType<typeof statusLine>): HTMLElement {
  const tbody = h('tbody', {});
  const section = h(
    'section',
    { class: 'accounts-form', 'data-testid': 'user-tokens' },
    h('h3', { class: 'accounts-heading' }, t('accounts.tokensHeading')),
    h(
      'div',
      { class: 'transfer-table-wrap', tabindex: '0', role: 'region', 'aria-label': t('accounts.tokensHeading') },
      h(
        'table',
        { class: 'transfer-table accounts-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[
              t('accounts.colName'),
              t('accounts.colScope'),
              t('accounts.colCreated'),
              t('accounts.colExpires'),
              t('accounts.colStatus'),
              '',
            ].map((label) => h('th', { scope: 'col' }, label)),
          ),
        ),
        tbody,
      ),
    ),
  );
  const load = async () => {
    try {
      const tokens = await fetchUserTokens(user.id);
      tbody.replaceChildren(
        ...(tokens.length === 0 ? [h('tr', {}, h('td', { colspan: '6', class: 'transfer-note' }, t('accounts.noTokens')))] : []),
        ...tokens.map((token) => {
          const revoke = token.revoked
            ? null
            : h(
                'button',
                { type: 'button', 'data-testid': 'revoke-token', 'aria-label': t('accounts.revokeToken', { name: token.name }) },
                t('accounts.revoke'),
              );
          revoke?.addEventListener('click', () => {
            revoke.disabled = true;
            revokeUserToken(user.id, token.id)
              .then(() => status.show(t('accounts.tokenRevoked', { name: token.name })))
              .catch((error: unknown) => status.show(t('accounts.notRevoked', { message: failureText(error) }), 'error'))
              .finally(() => void load());
          });
          const expired = Date.parse(token.expiresAt) < Date.now();
          return h(
            'tr',
            { 'data-token-name': token.name },
            h('td', { class: 'break', 'data-record-text': '' }, token.name),
            h('td', {}, t(`accounts.tokenScope_${token.scope}` as MessageKey)),
            h('td', { class: 'nowrap' }, dayElement(token.createdAt)),
            h('td', { class: 'nowrap' }, dayElement(token.expiresAt)),
            h(
              'td',
              { 'data-col': 'token-status' },
              token.revoked ? t('accounts.tokenStatusRevoked') : expired ? t('accounts.tokenStatusExpired') : t('accounts.statusActive'),
            ),
            h('td', {}, revoke),
          );
        }),
      );
    } catch (error) {
      if (error instanceof ApiError) status.show(t('accounts.tokensLoadFailed', { message: failureText(error) }), 'error');
    }
  };
  void load();
  return section;
}

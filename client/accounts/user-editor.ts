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
import { utc } from '../transfer/audit-dialog.js';
import { statusLine } from '../transfer/dialog.js';
import { h } from '../ui/dom.js';
import { field, input, select, zodProblems, type Problem } from '../ui/forms/form-kit.js';
import { CLEARANCE_NAMES, ROLE_NAMES, failureText, sectionForm } from './account-kit.js';
import { needsSecondAdministrator, requestText, type AccountsContext } from './context.js';
import { grantsSection } from './grants-editor.js';

const FIRST_CONFIDENTIAL = SENSITIVITY_LEVELS.indexOf('confidential');
const rank = (level: string) => SENSITIVITY_LEVELS.indexOf(level as (typeof SENSITIVITY_LEVELS)[number]);

export function openUserEditor(root: HTMLElement, context: AccountsContext, initial: User): void {
  let user = initial;
  const status = statusLine('user-status');
  const back = h('button', { type: 'button', 'data-testid': 'accounts-back' }, '← All accounts');
  back.addEventListener('click', () => context.showList());
  const title = h(
    'h3',
    { class: 'accounts-heading accounts-user-title', tabindex: '-1', 'data-testid': 'user-title' },
    `${user.displayName} (${user.username})`,
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
    status.show(`Asked for ${requestText(context, created)}: waiting for a second administrator to approve it.`);
  };

  root.replaceChildren(h('div', { class: 'accounts-row' }, back), title, status.element);
  if (self) {
    root.append(
      h(
        'p',
        { class: 'transfer-note' },
        'Your own account: another administrator changes your role, clearance, grants and status. Change your password with “Change password” in the header.',
      ),
    );
  } else {
    const grants = grantsSection({ context, user: () => user, apply, ask, status });
    redrawGrants = grants.draw;
    root.append(accessForm(), grants.element, passwordForm());
  }
  root.append(tokensSection(user, status));
  title.focus();

  function accessForm(): HTMLFormElement {
    const fields = [
      field(
        'role',
        'Role',
        select(
          Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label })),
          { 'data-testid': 'edit-role' },
        ),
      ),
      field(
        'clearance',
        'Clearance',
        select(
          SENSITIVITY_LEVELS.map((value) => ({ value, label: CLEARANCE_NAMES[value] })),
          { 'data-testid': 'edit-clearance' },
        ),
        'Confidential or above needs a second administrator.',
      ),
      field(
        'disabled',
        'Disabled: signed out everywhere at once, API tokens revoked',
        input('checkbox', { 'data-testid': 'edit-disabled' }),
      ),
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
      heading: 'Role, clearance and status',
      fields,
      submitLabel: 'Save',
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
          status.show('Nothing to save.');
          return [];
        }
        if (Object.keys(patch).length > 0) {
          const problems = await apply(patch, `Saved: ${Object.keys(patch).join(', ')}.`);
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
        'New password',
        input('password', { autocomplete: 'new-password', 'data-testid': 'reset-password' }),
        'At least 12 characters. Every session and API token of this user ends.',
      ),
    ];
    const { form } = sectionForm({
      testId: 'reset-password-form',
      heading: 'Reset the password',
      fields,
      submitLabel: 'Set password',
      async run() {
        const password = fields[0]!.control.value;
        try {
          const problems = await apply(
            { password },
            'New password set: the user was signed out everywhere and their API tokens were revoked.',
          );
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
    h('h3', { class: 'accounts-heading' }, 'API tokens'),
    h(
      'div',
      { class: 'transfer-table-wrap', tabindex: '0', role: 'region', 'aria-label': 'API tokens' },
      h(
        'table',
        { class: 'transfer-table accounts-table' },
        h(
          'thead',
          {},
          h('tr', {}, ...['Name', 'Scope', 'Created', 'Expires', 'Status', ''].map((label) => h('th', { scope: 'col' }, label))),
        ),
        tbody,
      ),
    ),
  );
  const load = async () => {
    try {
      const tokens = await fetchUserTokens(user.id);
      tbody.replaceChildren(
        ...(tokens.length === 0 ? [h('tr', {}, h('td', { colspan: '6', class: 'transfer-note' }, 'No API tokens.'))] : []),
        ...tokens.map((token) => {
          const revoke = token.revoked
            ? null
            : h('button', { type: 'button', 'data-testid': 'revoke-token', 'aria-label': `Revoke the token ${token.name}` }, 'Revoke');
          revoke?.addEventListener('click', () => {
            revoke.disabled = true;
            revokeUserToken(user.id, token.id)
              .then(() => status.show(`Token ${token.name} revoked: it stops working at once.`))
              .catch((error: unknown) => status.show(`Not revoked: ${failureText(error)}`, 'error'))
              .finally(() => void load());
          });
          const expired = Date.parse(token.expiresAt) < Date.now();
          return h(
            'tr',
            { 'data-token-name': token.name },
            h('td', { class: 'break' }, token.name),
            h('td', {}, token.scope),
            h('td', { class: 'nowrap' }, utc(token.createdAt).slice(0, 10)),
            h('td', { class: 'nowrap' }, utc(token.expiresAt).slice(0, 10)),
            h('td', { 'data-col': 'token-status' }, token.revoked ? 'Revoked' : expired ? 'Expired' : 'Active'),
            h('td', {}, revoke),
          );
        }),
      );
    } catch (error) {
      if (error instanceof ApiError) status.show(`The tokens could not be loaded: ${failureText(error)}`, 'error');
    }
  };
  void load();
  return section;
}

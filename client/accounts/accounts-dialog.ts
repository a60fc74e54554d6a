/**
 * Accounts, for administrators: every user (name, username, role, clearance, status, grants), a
 * form to create an account, the grant requests waiting for a second administrator (Approve for
 * requests someone else made), and, per user, the editor (user-editor.ts). The API checks every
 * rule again; the screens only avoid offering what it would refuse.
 */
import { SENSITIVITY_LEVELS, UserCreateSchema, type Me } from '../../server/contracts/index.js';
import { fetchAreas } from '../api.js';
import { approveGrantRequest, createUser, fetchGrantRequests, fetchUsers } from '../api/accounts.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { utc } from '../transfer/audit-dialog.js';
import { h } from '../ui/dom.js';
import { field, input, select, zodProblems } from '../ui/forms/form-kit.js';
import { CLEARANCE_NAMES, ROLE_NAMES, failureText, sectionForm } from './account-kit.js';
import { grantText, lookUpActorNames, pendingFor, requestText, userName, type AccountsContext } from './context.js';
import { requestAccountLines } from './request-account-line.js';
import { openUserEditor } from './user-editor.js';

export function openAccountsDialog(me: Me): void {
  const ui = openTransferDialog({ title: 'Accounts', testId: 'accounts-dialog', wide: true });
  const status = statusLine('accounts-status');
  const listView = h('div', { class: 'accounts-view' });
  const editorView = h('div', { class: 'accounts-view', hidden: true });
  ui.body.append(status.element, listView, editorView);

  let lastEdited = '';
  let loadFailed = false;
  const context: AccountsContext = {
    me,
    users: [],
    requests: [],
    areaNames: new Map(),
    actorNames: new Map(),
    async reload() {
      try {
        [context.users, context.requests] = await Promise.all([fetchUsers(), fetchGrantRequests()]);
        // Only a load failure is cleared: what the last action did stays on screen.
        if (loadFailed) status.clear();
        loadFailed = false;
      } catch (error) {
        loadFailed = true;
        status.show(`The accounts could not be loaded: ${failureText(error)}`, 'error');
      }
      drawList();
    },
    showList() {
      editorView.hidden = true;
      editorView.replaceChildren();
      listView.hidden = false;
      drawList();
      listView.querySelector<HTMLElement>(`[data-user-edit="${lastEdited}"]`)?.focus();
    },
  };

  const usersTable = h('tbody', {});
  const requestsList = h('ul', { class: 'accounts-requests', 'data-testid': 'grant-requests' });
  const creator = createForm(context, status);
  listView.append(
    h('h3', { class: 'accounts-heading' }, 'Users'),
    h(
      'div',
      { class: 'transfer-table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Users' },
      h(
        'table',
        { class: 'transfer-table accounts-table', 'data-testid': 'users-table' },
        h('caption', { class: 'visually-hidden' }, 'User accounts by username'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['Name', 'Username', 'Role', 'Clearance', 'Status', 'Grants', ''].map((label) => h('th', { scope: 'col' }, label)),
          ),
        ),
        usersTable,
      ),
    ),
    h('h3', { class: 'accounts-heading' }, 'Grant requests waiting for a second administrator'),
    requestsList,
    creator,
  );

  function drawList(): void {
    lookUpActorNames(context, [...context.users.flatMap((u) => u.grants), ...context.requests.flatMap((r) => r.grants)], drawList);
    usersTable.replaceChildren(
      ...context.users.map((user) => {
        const edit = h(
          'button',
          { type: 'button', 'data-user-edit': user.id, 'aria-label': `Edit ${user.displayName} (${user.username})` },
          'Edit',
        );
        edit.addEventListener('click', () => {
          lastEdited = user.id;
          // What was done in the list (an account created, a request approved) is not about this user.
          status.clear();
          edit.disabled = true;
          // The account as it is now, not as the list last showed it (another administrator may have changed it).
          void context.reload().then(() => {
            edit.disabled = false;
            listView.hidden = true;
            editorView.hidden = false;
            openUserEditor(editorView, context, context.users.find((u) => u.id === user.id) ?? user);
          });
        });
        const pending = pendingFor(context, user.id).length;
        return h(
          'tr',
          { 'data-username': user.username },
          h('td', { class: 'break' }, user.displayName),
          h('td', { class: 'break' }, user.username),
          h('td', { 'data-col': 'role' }, ROLE_NAMES[user.role]),
          h('td', { 'data-col': 'clearance' }, CLEARANCE_NAMES[user.clearance]),
          h('td', { 'data-col': 'status' }, user.disabled ? 'Disabled' : 'Active'),
          h(
            'td',
            { class: 'break', 'data-col': 'grants' },
            [user.grants.map((g) => grantText(context, g)).join('; ') || '—', pending ? ` (${pending} pending)` : ''].join(''),
          ),
          h('td', {}, edit),
        );
      }),
    );
    const pending = context.requests.filter((r) => r.status === 'pending');
    requestsList.replaceChildren(
      ...(pending.length === 0
        ? [h('li', { class: 'transfer-note' }, 'None.')]
        : pending.map((request) => {
            const mine = request.requestedBy === me.id || request.userId === me.id;
            // The API refuses these approvals: no button, the reason is in the lines below.
            const controlled = request.account?.requesterControls === true;
            const approve = mine || controlled ? null : h('button', { type: 'button', 'data-testid': 'approve-request' }, 'Approve');
            approve?.addEventListener('click', () => {
              approve.disabled = true;
              approveGrantRequest(request.id)
                .then(async () => {
                  await context.reload();
                  status.show(`Approved: ${requestText(context, request)} for ${userName(context, request.userId)}.`);
                })
                .catch(async (error: unknown) => {
                  await context.reload();
                  status.show(`Not approved: ${failureText(error)}`, 'error');
                });
            });
            return h(
              'li',
              { 'data-request-for': userName(context, request.userId) },
              h(
                'span',
                { class: 'break' },
                `${userName(context, request.userId)}: ${requestText(context, request)}. Asked by ${userName(context, request.requestedBy)}, ${utc(request.createdAt)}.`,
              ),
              // What the approver checks comes before the button.
              ...requestAccountLines(context, request),
              approve ??
                h(
                  'span',
                  { class: 'transfer-note' },
                  request.requestedBy === me.id
                    ? ' Waiting for a second administrator.'
                    : controlled
                      ? ' Not approvable yet.'
                      : ' Another administrator approves access for you.',
                ),
            );
          })),
    );
  }

  void fetchAreas()
    .then((areas) => areas.forEach((area) => context.areaNames.set(area.id, area.name)))
    .catch(() => undefined)
    .finally(() => void context.reload());
}

/** New account: clearance at most internal here; confidential access is a grant request afterwards. */
function createForm(context: AccountsContext, status: ReturnType<typeof statusLine>): HTMLFormElement {
  const roles = Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }));
  const clearances = SENSITIVITY_LEVELS.slice(0, 2).map((value) => ({ value, label: CLEARANCE_NAMES[value] }));
  const fields = [
    field(
      'username',
      'Username',
      input('text', { autocomplete: 'off', 'data-testid': 'new-username' }),
      'Lower-case letters, digits, ".", "_" or "-".',
    ),
    field('displayName', 'Display name', input('text', { autocomplete: 'off', 'data-testid': 'new-display-name' })),
    field(
      'password',
      'Initial password',
      input('password', { autocomplete: 'new-password', 'data-testid': 'new-password' }),
      'At least 12 characters; give it to the user in person.',
    ),
    field('role', 'Role', select(roles, { 'data-testid': 'new-role' })),
    field('clearance', 'Clearance', select(clearances, { 'data-testid': 'new-clearance' })),
  ];
  (fields[4]!.control as HTMLSelectElement).value = 'internal';
  const value = (name: string) => fields.find((f) => f.name === name)!.control.value;
  const { form } = sectionForm({
    testId: 'create-user',
    heading: 'New account',
    note: 'Confidential access is given afterwards, in the account, and needs a second administrator; so does the administrator role. Either is asked for once the user has set their own password.',
    fields,
    submitLabel: 'Create account',
    async run() {
      const parsed = UserCreateSchema.safeParse({
        username: value('username').trim(),
        displayName: value('displayName').trim(),
        password: value('password'),
        role: value('role'),
        clearance: value('clearance'),
      });
      if (!parsed.success) return zodProblems(parsed.error.issues);
      // An administrator account takes two administrators: made as a viewer, the role is asked for
      // in the account once its owner has set their own password (who knows it could act as them).
      const administrator = parsed.data.role === 'administrator';
      const user = await createUser(administrator ? { ...parsed.data, role: 'viewer' } : parsed.data);
      form.reset();
      (fields[4]!.control as HTMLSelectElement).value = 'internal';
      await context.reload();
      status.show(
        administrator
          ? `Account ${user.username} created as a viewer. Once they have set their own password, ask for the administrator role in their account; a second administrator approves it.`
          : `Account ${user.username} created. Confidential access can be asked for once they have set their own password.`,
      );
      return [];
    },
  });
  return form;
}

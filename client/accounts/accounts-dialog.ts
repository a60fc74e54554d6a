/**
 * Accounts, for administrators: every user (name, username, role, clearance, status, grants), a
 * form to create an account, the grant requests waiting for a second administrator (Approve for
 * requests someone else made), and, per user, the editor (user-editor.ts). The API checks every
 * rule again; the screens only avoid offering what it would refuse.
 */
import { SENSITIVITY_LEVELS, UserCreateSchema, type Me } from '../../server/contracts/index.js';
import { fetchAreas } from '../api.js';
import { approveGrantRequest, createUser, fetchGrantRequests, fetchUsers } from '../api/accounts.js';
import { t, tParts } from '../i18n/i18n.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { momentElement } from '../ui/dates.js';
import { h } from '../ui/dom.js';
import { field, input, select, zodProblems } from '../ui/forms/form-kit.js';
import { clearanceName, failureText, roleName, roleOptions, sectionForm } from './account-kit.js';
import { grantText, lookUpActorNames, pendingFor, requestText, userName, type AccountsContext } from './context.js';
import { requestAccountLines } from './request-account-line.js';
import { openUserEditor } from './user-editor.js';

export function openAccountsDialog(me: Me): void {
  const ui = openTransferDialog({ title: t('accounts.title'), testId: 'accounts-dialog', wide: true });
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
        status.show(t('accounts.loadFailed', { message: failureText(error) }), 'error');
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
    h('h3', { class: 'accounts-heading' }, t('accounts.users')),
    h(
      'div',
      { class: 'transfer-table-wrap', tabindex: '0', role: 'region', 'aria-label': t('accounts.users') },
      h(
        'table',
        { class: 'transfer-table accounts-table', 'data-testid': 'users-table' },
        h('caption', { class: 'visually-hidden' }, t('accounts.usersCaption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[
              t('accounts.colName'),
              t('accounts.colUsername'),
              t('accounts.colRole'),
              t('accounts.colClearance'),
              t('accounts.colStatus'),
              t('accounts.colGrants'),
              '',
            ].map((label) => h('th', { scope: 'col' }, label)),
          ),
        ),
        usersTable,
      ),
    ),
    h('h3', { class: 'accounts-heading' }, t('accounts.requestsHeading')),
    requestsList,
    creator,
  );

  function drawList(): void {
    lookUpActorNames(context, [...context.users.flatMap((u) => u.grants), ...context.requests.flatMap((r) => r.grants)], drawList);
    usersTable.replaceChildren(
      ...context.users.map((user) => {
        const edit = h(
          'button',
          {
            type: 'button',
            'data-user-edit': user.id,
            'aria-label': t('accounts.editUser', { name: user.displayName, username: user.username }),
          },
          t('accounts.edit'),
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
          h('td', { class: 'break', 'data-record-text': '' }, user.displayName),
          h('td', { class: 'break', 'data-record-text': '' }, user.username),
          h('td', { 'data-col': 'role' }, roleName(user.role)),
          h('td', { 'data-col': 'clearance' }, clearanceName(user.clearance)),
          h('td', { 'data-col': 'status' }, user.disabled ? t('accounts.statusDisabled') : t('accounts.statusActive')),
          h(
            'td',
            { class: 'break', 'data-col': 'grants' },
            [
              user.grants.map((g) => grantText(context, g)).join(t('accounts.listSeparator')) || '—',
              pending ? t('accounts.pendingCount', { count: pending }) : '',
            ].join(''),
          ),
          h('td', {}, edit),
        );
      }),
    );
    const pending = context.requests.filter((r) => r.status === 'pending');
    requestsList.replaceChildren(
      ...(pending.length === 0
        ? [h('li', { class: 'transfer-note' }, t('accounts.noRequests'))]
        : pending.map((request) => {
            const mine = request.requestedBy === me.id || request.userId === me.id;
            // The API refuses these approvals: no button, the reason is in the lines below.
            const controlled = request.account?.requesterControls === true;
            const approve =
              mine || controlled ? null : h('button', { type: 'button', 'data-testid': 'approve-request' }, t('accounts.approve'));
            approve?.addEventListener('click', () => {
              approve.disabled = true;
              approveGrantRequest(request.id)
                .then(async () => {
                  await context.reload();
                  status.show(t('accounts.approved', { what: requestText(context, request), user: userName(context, request.userId) }));
                })
                .catch(async (error: unknown) => {
                  await context.reload();
                  status.show(t('accounts.notApproved', { message: failureText(error) }), 'error');
                });
            });
            return h(
              'li',
              { 'data-request-for': userName(context, request.userId) },
              h(
                'span',
                { class: 'break' },
                // Names isolated: a Latin name's parentheses must not swap sides in a right-to-left line.
                ...tParts('accounts.requestLine', {
                  user: h('bdi', { 'data-record-text': '' }, userName(context, request.userId)),
                  what: requestText(context, request),
                  asker: h('bdi', { 'data-record-text': '' }, userName(context, request.requestedBy)),
                  date: momentElement(request.createdAt),
                }),
              ),
              // What the approver checks comes before the button.
              ...requestAccountLines(context, request),
              approve ??
                h(
                  'span',
                  { class: 'transfer-note' },
                  request.requestedBy === me.id
                    ? t('accounts.waitingForSecond')
                    : controlled
                      ? t('accounts.notApprovableYet')
                      : t('accounts.anotherApproves'),
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
  const clearances = SENSITIVITY_LEVELS.slice(0, 2).map((value) => ({ value, label: clearanceName(value) }));
  const fields = [
    field(
      'username',
      t('accounts.username'),
      input('text', { autocomplete: 'off', 'data-testid': 'new-username' }),
      t('accounts.usernameHint'),
    ),
    field('displayName', t('accounts.displayName'), input('text', { autocomplete: 'off', 'data-testid': 'new-display-name' })),
    field(
      'password',
      t('accounts.initialPassword'),
      input('password', { autocomplete: 'new-password', 'data-testid': 'new-password' }),
      t('accounts.initialPasswordHint'),
    ),
    field('role', t('accounts.role'), select(roleOptions(), { 'data-testid': 'new-role' })),
    field('clearance', t('accounts.clearance'), select(clearances, { 'data-testid': 'new-clearance' })),
  ];
  (fields[4]!.control as HTMLSelectElement).value = 'internal';
  const value = (name: string) => fields.find((f) => f.name === name)!.control.value;
  const { form } = sectionForm({
    testId: 'create-user',
    heading: t('accounts.newAccount'),
    note: t('accounts.newAccountNote'),
    fields,
    submitLabel: t('accounts.createAccount'),
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
        administrator ? t('accounts.createdAsViewer', { username: user.username }) : t('accounts.created', { username: user.username }),
      );
      return [];
    },
  });
  return form;
}

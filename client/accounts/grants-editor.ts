/**
 * A user's grants: each one opens an actor, or every actor based or active in an admin area, above
 * the user's clearance. Removing is a change; adding one that opens nothing confidential is a
 * change; adding one that does is refused by the API (403), and so is asked for as a grant
 * request instead, shown here as pending until a second administrator approves it.
 */
import type { Grant, User, UserPatch } from '../../server/contracts/index.js';
import { ApiError, searchActors } from '../api.js';
import { t, tParts } from '../i18n/i18n.js';
import type { statusLine } from '../transfer/dialog.js';
import { h } from '../ui/dom.js';
import { field, input, select, type Problem } from '../ui/forms/form-kit.js';
import { clearanceName, failureText, sectionForm } from './account-kit.js';
import { grantText, lookUpActorNames, pendingFor, userName, type AccountsContext } from './context.js';

let listCounter = 0;

export function grantsSection(options: {
  context: AccountsContext;
  user: () => User;
  apply: (patch: UserPatch, done: string) => Promise<Problem[]>;
  ask: (request: { grants: Grant[] }) => Promise<void>;
  status: ReturnType<typeof statusLine>;
}): { element: HTMLElement; draw(): void } {
  const { context, user, apply, ask } = options;
  const list = h('ul', { class: 'accounts-grants', 'data-testid': 'user-grants' });
  const section = h('section', { class: 'accounts-form' }, h('h3', { class: 'accounts-heading' }, t('accounts.grantsHeading')), list);

  // The name isolated: its parentheses keep their sides in a right-to-left line.
  const askedBy = (userId: string) =>
    tParts('accounts.pendingAskedBy', { user: h('bdi', { 'data-record-text': '' }, userName(context, userId)) });
  const draw = () => {
    const held = user().grants.map((grant) => {
      const remove = h(
        'button',
        { type: 'button', 'data-testid': 'remove-grant', 'aria-label': t('accounts.removeGrant', { grant: grantText(context, grant) }) },
        t('accounts.remove'),
      );
      remove.addEventListener('click', () => {
        remove.disabled = true;
        const rest = user().grants.filter((g) => !(g.scope === grant.scope && g.targetId === grant.targetId));
        void apply({ grants: rest }, t('accounts.grantRemoved', { grant: grantText(context, grant) }))
          .catch((error: unknown) => options.status.show(t('accounts.notRemoved', { message: failureText(error) }), 'error'))
          .finally(draw);
      });
      return h(
        'li',
        { 'data-grant': `${grant.scope}:${grant.targetId}` },
        h('span', { class: 'break' }, grantText(context, grant)),
        remove,
      );
    });
    const pending = pendingFor(context, user().id).flatMap((request) => [
      ...(request.clearance
        ? [
            h(
              'li',
              { 'data-testid': 'pending-clearance' },
              h('span', {}, t('accounts.pendingClearance', { level: clearanceName(request.clearance) })),
              h('span', { class: 'accounts-pending' }, ...askedBy(request.requestedBy)),
            ),
          ]
        : []),
      ...request.grants.map((grant) =>
        h(
          'li',
          { 'data-testid': 'pending-grant', 'data-grant': `${grant.scope}:${grant.targetId}` },
          h('span', { class: 'break' }, grantText(context, grant)),
          h('span', { class: 'accounts-pending' }, ...askedBy(request.requestedBy)),
        ),
      ),
    ]);
    list.replaceChildren(...held, ...pending);
    if (held.length + pending.length === 0) list.append(h('li', { class: 'transfer-note' }, t('accounts.noGrants')));
    lookUpActorNames(context, [...user().grants, ...pendingFor(context, user().id).flatMap((r) => r.grants)], draw);
  };

  const scope = select(
    [
      { value: 'actor', label: t('accounts.scopeActor') },
      { value: 'area', label: t('accounts.scopeArea') },
    ],
    { 'data-testid': 'grant-scope' },
  );
  const areas = select(
    [...context.areaNames].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label })),
    { 'data-testid': 'grant-area' },
  );
  const listId = `grant-actors-${++listCounter}`;
  const actor = input('text', { list: listId, autocomplete: 'off', 'data-testid': 'grant-actor' });
  const suggestions = h('datalist', { id: listId });
  const fields = [
    field('scope', t('accounts.opens'), scope),
    field('actor', t('accounts.grantActorField'), actor),
    field('area', t('accounts.grantAreaField'), areas),
  ];
  fields[1]!.wrapper.append(suggestions);
  const showScope = () => {
    fields[1]!.wrapper.hidden = scope.value !== 'actor';
    fields[2]!.wrapper.hidden = scope.value !== 'area';
  };
  scope.addEventListener('change', showScope);
  showScope();
  let searching: AbortController | null = null;
  actor.addEventListener('input', () => {
    searching?.abort();
    if (actor.value.trim().length < 2) return;
    const request = new AbortController();
    searching = request;
    searchActors(actor.value.trim(), request.signal)
      .then((found) => {
        for (const a of found) context.actorNames.set(a.id, a.name);
        suggestions.replaceChildren(...found.map((a) => h('option', { value: a.id, label: a.name })));
      })
      .catch(() => undefined);
  });

  const { form } = sectionForm({
    testId: 'add-grant',
    heading: t('accounts.addGrantHeading'),
    note: t('accounts.addGrantNote'),
    fields,
    submitLabel: t('accounts.addGrant'),
    async run() {
      const targetId = (scope.value === 'actor' ? actor.value : areas.value).trim();
      if (!targetId)
        return [{ path: scope.value, message: scope.value === 'actor' ? t('accounts.chooseActor') : t('accounts.chooseArea') }];
      const grant = { scope: scope.value as Grant['scope'], targetId };
      if (user().grants.some((g) => g.scope === grant.scope && g.targetId === grant.targetId))
        return [{ path: scope.value, message: t('accounts.hasGrant') }];
      try {
        const problems = await apply({ grants: [...user().grants, grant] }, t('accounts.grantAdded', { grant: grantText(context, grant) }));
        if (problems.length > 0) return problems;
      } catch (error) {
        // The API's own rule (account-policy.ts) says whether the grant opens confidential actors:
        // the page cannot, as an area's actors are not all on it. Refused for that, it is asked for.
        if (!(error instanceof ApiError && error.code === 'forbidden')) throw error;
        await ask({ grants: [grant] });
      }
      actor.value = '';
      draw();
      return [];
    },
  });
  section.append(form);
  draw();
  return { element: section, draw };
}

/**
 * The actor panel's engagements: the engagements the actor took part in or held, newest first, the
 * date of the last one, "Log engagement" and, on each, Edit and Delete. The list is read afresh
 * each time the panel renders (it renders again after every edit, undo and redo), so it never
 * shows an engagement the server no longer has.
 */
import type { Actor, LoggedEngagement } from '../../server/contracts/index.js';
import { asApiError } from '../actions.js';
import { fetchEngagement, fetchEngagementsOf } from '../api/engagements.js';
import { t, tParts } from '../i18n/i18n.js';
import * as store from '../state.js';
import type { AppState } from '../state.js';
import { dayElement, formatDay } from '../ui/dates.js';
import { h } from '../ui/dom.js';
import { mayEdit } from '../ui/role.js';
import { deleteEngagementById } from './engagement-edits.js';
import { openEngagementForm } from './engagement-form.js';
import { followUpList } from './follow-up-list.js';
import './engagements.css';
import { engagementFormatLabel } from '../i18n/vocabulary.js';

function button(label: string, onClick: () => void, attributes: Record<string, string | boolean> = {}): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', onClick);
  return element;
}

const report = (error: unknown) => store.notify(asApiError(error).message, 'error');

function engagementItem(engagement: LoggedEngagement, actor: Actor, state: Readonly<AppState>): HTMLElement {
  const nameOf = (id: string) => state.elements.nodes.find((node) => node.data.id === id)?.data.label ?? id;
  const others = engagement.actorIds.filter((id) => id !== actor.id).map(nameOf);
  const where = engagement.areaId ? (state.areasById.get(engagement.areaId)?.name ?? engagement.areaId) : null;
  const remove = () => {
    if (window.confirm(t('engagements.confirmDelete', { date: formatDay(engagement.date) })))
      void deleteEngagementById(engagement.id).catch(report);
  };
  const date = formatDay(engagement.date);
  return h(
    'li',
    { 'data-engagement-id': engagement.id },
    h(
      'span',
      { class: 'engagement-head' },
      dayElement(engagement.date),
      ` · ${engagementFormatLabel(engagement.format)}`,
      where ? ' · ' : null,
      where ? h('bdi', { 'data-record-text': '' }, where) : null,
    ),
    others.length > 0
      ? h(
          'span',
          { class: 'engagement-with' },
          ...tParts('engagements.with', { names: h('bdi', { 'data-record-text': '' }, others.join(t('engagements.nameSeparator'))) }),
        )
      : null,
    engagement.summary ? h('span', { class: 'engagement-summary', dir: 'auto', 'data-record-text': '' }, engagement.summary) : null,
    followUpList(engagement.followUps),
    // Roles without `edit` are not offered what the server would refuse (ui/role.ts).
    !mayEdit()
      ? null
      : h(
          'span',
          { class: 'engagement-actions' },
          button(
            t('engagements.edit'),
            () =>
              void fetchEngagement(engagement.id)
                .then((fresh) => openEngagementForm(fresh, actor))
                .catch(report),
            {
              class: 'link',
              'aria-label': t('engagements.editLabel', { date }),
              disabled: state.history.busy,
            },
          ),
          button(t('engagements.delete'), remove, {
            class: 'link',
            'aria-label': t('engagements.deleteLabel', { date }),
            disabled: state.history.busy,
          }),
        ),
  );
}

/** The section for `actor`; fills itself in when the list arrives. */
export function engagementSection(actor: Actor, state: Readonly<AppState>): HTMLElement {
  const heading = h('h3', { id: 'actor-engagements-heading' }, t('engagements.heading'));
  const status = h('p', { class: 'panel-note', role: 'status', 'data-testid': 'engagement-last' }, t('engagements.loading'));
  const list = h('ul', { class: 'engagement-list', 'data-testid': 'engagement-list' });
  const log = button(t('engagements.logButton'), () => void openEngagementForm(null, actor).catch(report), {
    'data-testid': 'log-engagement',
    disabled: state.history.busy,
  });
  void fetchEngagementsOf(actor.id).then(
    ({ items, total }) => {
      heading.textContent = t('engagements.headingCount', { total });
      const last = items[0]?.date;
      if (last) status.replaceChildren(...tParts('engagements.lastEngaged', { date: dayElement(last) }));
      else status.textContent = t('engagements.noneRecorded');
      list.replaceChildren(...items.map((item) => engagementItem(item, actor, state)));
    },
    (error: unknown) => {
      status.textContent = t('engagements.loadFailed', { message: asApiError(error).message });
    },
  );
  return h(
    'section',
    { class: 'panel-engagements', 'aria-labelledby': heading.id, 'data-testid': 'actor-engagements' },
    heading,
    status,
    mayEdit() ? log : null,
    list,
  );
}

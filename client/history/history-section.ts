/**
 * The History section of the side panel (issue 14), for the selected actor or tie: its versions
 * newest first (who, when in the page language's date format, which fields, before → after), and
 * for users with `edit` a Revert button per earlier version. A revert is a command on the
 * session's undo history (history/revert-command.ts), so Undo puts the record back. The server
 * decides what the caller may see of a history; the section shows what it gets.
 *
 * The panel is redrawn on every state change; the section keeps one element per record (and
 * whether it is open), and reads the history again only when the record was read again.
 */
import type { HistoryEntry } from '../../server/contracts/index.js';
import { asApiError } from '../actions.js';
import { performEdit } from '../edit/edit-actions.js';
import { formatDate, t, tParts, type MessageKey } from '../i18n/i18n.js';
import { fetchHistory, type RecordKind } from '../rounds/rounds-api.js';
import * as store from '../state.js';
import { h } from '../ui/dom.js';
import { mayEdit } from '../ui/role.js';
import { fieldLabel, valueNode } from './field-values.js';
import { revertCommandFor } from './revert-command.js';
import './history.css';

const opLabel = (op: HistoryEntry['op']): string => t(`rounds.op_${op}` as MessageKey);

/** The section shown last: reused while the record shown is the same read of the same record. */
let shown: { key: string; read: unknown; editable: boolean; section: HTMLElement; open: boolean } | null = null;

/**
 * The History section for one record. `read` is the panel's record as read (a new read, e.g.
 * after an edit or a revert, reloads the history if the section is open).
 */
export function historySection(kind: RecordKind, id: string, name: string, read: unknown): HTMLElement {
  const key = `${kind}:${id}`;
  const editable = mayEdit();
  if (shown?.key === key && shown.read === read && shown.editable === editable) return shown.section;
  const open = shown?.key === key ? shown.open : false;
  const body = h('div', { class: 'history-body' });
  const details = h(
    'details',
    { class: 'history-details', 'data-testid': 'history' },
    h('summary', { class: 'history-summary' }, h('h3', { class: 'history-heading' }, t('rounds.historyHeading'))),
    body,
  );
  const section = h(
    'section',
    { class: 'panel-history', 'aria-label': kind === 'actor' ? t('rounds.historyOfActor', { name }) : t('rounds.historyOfTie') },
    details,
  );
  const current = { key, read, editable, section, open };
  shown = current;
  let loaded = false;
  const load = () => {
    loaded = true;
    body.replaceChildren(h('p', { class: 'panel-note', role: 'status' }, t('rounds.historyLoading')));
    fetchHistory(kind, id)
      .then((history) => body.replaceChildren(historyList(kind, id, name, history.items, history.total)))
      .catch((error: unknown) =>
        body.replaceChildren(
          h('p', { class: 'panel-error', role: 'alert' }, t('rounds.historyReadFailed', { message: asApiError(error).message })),
        ),
      );
  };
  details.addEventListener('toggle', () => {
    current.open = details.open;
    if (details.open && !loaded) load();
  });
  if (open) {
    details.open = true;
    load();
  }
  return section;
}

function historyList(kind: RecordKind, id: string, name: string, items: readonly HistoryEntry[], total: number): HTMLElement {
  if (items.length === 0) return h('p', { class: 'panel-note' }, t('rounds.historyNone'));
  const currentVersion = items[0]?.op === 'delete' ? null : (items[0]?.versionId ?? null);
  return h(
    'div',
    {},
    total > items.length ? h('p', { class: 'panel-note' }, t('rounds.historyNewest', { shown: items.length, total })) : null,
    h(
      'ol',
      { class: 'history-list', 'data-testid': 'history-list' },
      ...items.map((entry, index) => historyItem(kind, id, name, entry, index === 0, currentVersion)),
    ),
  );
}

function historyItem(
  kind: RecordKind,
  id: string,
  name: string,
  entry: HistoryEntry,
  isCurrent: boolean,
  currentVersion: string | null,
): HTMLElement {
  const when = formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'short' });
  const canRevert = mayEdit() && !isCurrent && entry.versionId !== null && currentVersion !== null && entry.op !== 'delete';
  let revert: HTMLButtonElement | null = null;
  if (canRevert) {
    revert = h('button', { type: 'button', class: 'history-revert', 'data-testid': 'history-revert' }, t('rounds.revert'));
    revert.setAttribute('aria-label', t('rounds.revertLabel', { when }));
    revert.addEventListener('click', () => {
      revert!.disabled = true;
      const command = revertCommandFor({
        op: 'revert-record',
        kind,
        id,
        name,
        versionId: entry.versionId!,
        previousVersionId: currentVersion!,
        versionAt: entry.at,
      });
      performEdit(command, t('rounds.reverted', { when })).catch((error: unknown) => {
        revert!.disabled = false;
        store.notify(t('rounds.revertFailed', { message: asApiError(error).message }), 'error');
      });
    });
  }
  return h(
    'li',
    { class: 'history-item', 'data-version-id': entry.versionId ?? undefined, 'data-op': entry.op },
    h(
      'p',
      { class: 'history-head' },
      ...tParts('rounds.historyHead', {
        op: h(
          'span',
          {},
          h('strong', {}, opLabel(entry.op)),
          isCurrent && entry.op !== 'delete' ? h('span', { class: 'history-current' }, ' ', t('rounds.historyCurrent')) : null,
        ),
        // A person's name is data; "the system" (the seed, the start-up baseline) is the page's words.
        who: entry.by ? h('bdi', { 'data-record-text': '' }, entry.by.name) : t('rounds.theSystem'),
        when: h('time', { datetime: entry.at }, when),
      }),
    ),
    changesOf(entry),
    revert,
  );
}

/** The fields a version changed, before → after (only the fields the caller receives). */
function changesOf(entry: HistoryEntry): HTMLElement | null {
  if (entry.changed.length === 0) return null;
  const first = entry.op === 'create' || entry.op === 'baseline' || entry.before === null;
  const showBefore = !first;
  const list = h(
    'dl',
    { class: 'history-changes' },
    ...entry.changed.flatMap((field) => [
      h('dt', {}, fieldLabel(field)),
      h(
        'dd',
        {},
        ...(showBefore
          ? tParts('rounds.beforeAfter', {
              before: valueNode(field, entry.before?.[field], 'history-before'),
              after: valueNode(field, entry.after?.[field], 'history-after'),
            })
          : [valueNode(field, entry.after?.[field], 'history-after')]),
      ),
    ]),
  );
  // A first version lists every field: folded, so the changes that follow stay in sight.
  if (!first || entry.changed.length <= 4) return list;
  return h('details', { class: 'history-fields' }, h('summary', {}, t('rounds.allFields', { count: entry.changed.length })), list);
}

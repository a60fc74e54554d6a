/**
 * The History section of the side panel (issue 14), for the selected actor or tie: its versions
 * newest first (who, when in the reader's local date format, which fields, before → after), and
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
import { fetchHistory, type RecordKind } from '../rounds/rounds-api.js';
import * as store from '../state.js';
import { h } from '../ui/dom.js';
import { mayEdit } from '../ui/role.js';
import { revertCommandFor } from './revert-command.js';
import './history.css';

const OP_LABELS: Record<HistoryEntry['op'], string> = {
  create: 'Created',
  update: 'Edited',
  delete: 'Deleted',
  revert: 'Reverted',
  import: 'Imported',
  merge: 'Merged',
  baseline: 'Recorded',
};

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
    h('summary', { class: 'history-summary' }, h('h3', { class: 'history-heading' }, 'History')),
    body,
  );
  const section = h('section', { class: 'panel-history', 'aria-label': `History of ${kind === 'actor' ? name : 'this tie'}` }, details);
  const current = { key, read, editable, section, open };
  shown = current;
  let loaded = false;
  const load = () => {
    loaded = true;
    body.replaceChildren(h('p', { class: 'panel-note', role: 'status' }, 'Loading the history…'));
    fetchHistory(kind, id)
      .then((history) => body.replaceChildren(historyList(kind, id, name, history.items, history.total)))
      .catch((error: unknown) =>
        body.replaceChildren(
          h('p', { class: 'panel-error', role: 'alert' }, `The history could not be read: ${asApiError(error).message}`),
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
  if (items.length === 0) return h('p', { class: 'panel-note' }, 'No history recorded.');
  const currentVersion = items[0]?.op === 'delete' ? null : (items[0]?.versionId ?? null);
  return h(
    'div',
    {},
    total > items.length ? h('p', { class: 'panel-note' }, `The newest ${items.length} of ${total} versions.`) : null,
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
  const at = new Date(entry.at);
  const when = at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const who = entry.by?.name ?? 'the system';
  const canRevert = mayEdit() && !isCurrent && entry.versionId !== null && currentVersion !== null && entry.op !== 'delete';
  let revert: HTMLButtonElement | null = null;
  if (canRevert) {
    revert = h('button', { type: 'button', class: 'history-revert', 'data-testid': 'history-revert' }, 'Revert to this version');
    revert.setAttribute('aria-label', `Revert to this version, of ${when}`);
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
      performEdit(command, `Reverted to the version of ${when}. Undo puts it back.`).catch((error: unknown) => {
        revert!.disabled = false;
        store.notify(`The revert failed: ${asApiError(error).message}`, 'error');
      });
    });
  }
  return h(
    'li',
    { class: 'history-item', 'data-version-id': entry.versionId ?? undefined, 'data-op': entry.op },
    h(
      'p',
      { class: 'history-head' },
      h('strong', {}, OP_LABELS[entry.op]),
      isCurrent && entry.op !== 'delete' ? h('span', { class: 'history-current' }, ' (current)') : null,
      ' by ',
      h('bdi', {}, who),
      ' · ',
      h('time', { datetime: entry.at }, when),
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
        { dir: 'auto' },
        showBefore ? h('span', { class: 'history-before' }, formatValue(entry.before?.[field])) : null,
        showBefore ? ' → ' : null,
        h('span', { class: 'history-after' }, entry.after === null ? '—' : formatValue(entry.after[field])),
      ),
    ]),
  );
  // A first version lists every field: folded, so the changes that follow stay in sight.
  if (!first || entry.changed.length <= 4) return list;
  return h('details', { class: 'history-fields' }, h('summary', {}, `All ${entry.changed.length} fields recorded`), list);
}

/** A stored value as text: lists joined, nothing as a dash, long text cut. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => formatValue(item)).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** `doNoHarmRole` as "Do no harm role". */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

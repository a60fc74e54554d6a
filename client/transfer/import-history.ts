/**
 * After an import: "Undo this import" (DELETE /api/imports/:id, which removes what the import
 * created, as a whole, or answers 409 naming what changed since), and the person's recent imports
 * (GET /api/imports?mine=true) so a closed report can be reopened and undone later. An import's
 * undo is not on the header's Undo history: it removes a whole file's records and cannot be redone.
 */
import type { ImportListItem, ImportReport } from '../../server/contracts/index.js';
import { loadMap } from '../actions.js';
import { ApiError } from '../api.js';
import { fetchMyImports, undoImport } from '../api/transfers.js';
import { notify } from '../state.js';
import { h } from '../ui/dom.js';

const number = new Intl.NumberFormat('en-GB');
const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

/** The "Undo this import" block for a report that wrote; `onUndone` lets the dialog refresh its list. */
export function renderUndo(report: ImportReport, onUndone: () => void): HTMLElement | null {
  if (report.status !== 'imported') return null;
  const undone = report.warnings.some((warning) => warning.reason.startsWith('this import was undone'));
  const result = h('div', { 'aria-live': 'polite', 'data-testid': 'import-undo-result' });
  const button = h('button', { type: 'button', 'data-testid': 'import-undo', disabled: undone }, 'Undo this import');
  button.addEventListener('click', () => {
    button.disabled = true;
    result.replaceChildren(h('p', { class: 'transfer-status' }, 'Undoing the import…'));
    undoImport(report.importId).then(
      (answer) => {
        const text = `Undone: removed ${number.format(answer.removed.records)} records and ${number.format(answer.removed.links)} links that ${report.file.name} created.`;
        result.replaceChildren(h('p', { class: 'transfer-status', 'data-tone': 'ok' }, text));
        notify(text);
        void loadMap();
        onUndone();
      },
      (error: unknown) => {
        button.disabled = error instanceof ApiError && error.status === 409 && /already been undone/.test(error.message);
        const message = error instanceof ApiError ? error.message : 'Something went wrong in the page. Reload to try again.';
        const changed = error instanceof ApiError ? error.details.filter((detail) => detail.path.startsWith('records.')) : [];
        result.replaceChildren(
          h('p', { class: 'transfer-status transfer-error', role: 'alert' }, message),
          ...(changed.length > 0
            ? [
                h(
                  'ul',
                  { 'data-testid': 'import-undo-changed' },
                  ...changed.slice(0, 20).map((detail) => h('li', {}, `${detail.path.slice('records.'.length)}: ${detail.message}`)),
                ),
              ]
            : []),
        );
      },
    );
  });
  return h(
    'div',
    { class: 'import-after', 'data-testid': 'import-after' },
    h(
      'p',
      { class: 'transfer-note' },
      undone
        ? 'This import has been undone.'
        : 'Undo removes everything this import created, as a whole (what it updated keeps its new values). It is refused if something it created has changed since.',
    ),
    button,
    result,
  );
}

function countsText(item: ImportListItem): string {
  if (!item.counts) return '';
  const { actors, matched, areas } = item.counts;
  const count = (value: number, one: string, many: string) => `${number.format(value)} ${value === 1 ? one : many}`;
  return `${count(actors - matched.actors, 'new actor', 'new actors')}, ${number.format(matched.actors)} of the map updated, ${count(areas, 'new area', 'new areas')}`;
}

const STATUS: Record<ImportListItem['status'], string> = {
  imported: 'imported',
  validated: 'checked only',
  refused: 'refused',
  needs_mapping: 'needed a mapping',
  failed: 'failed',
  validating: 'running',
  writing: 'running',
};

/**
 * "Your recent imports": the writes among the caller's recent jobs, each with "Show report".
 * Checks that wrote nothing are left out: they cannot be undone and the list stays short.
 */
export function renderRecentImports(open: (id: string) => void, signal: AbortSignal): HTMLElement & { refresh(): void } {
  const list = h('ul', { 'data-testid': 'import-recent-list' });
  const summary = h('summary', {}, 'Your recent imports');
  const element = h('details', { class: 'import-recent', 'data-testid': 'import-recent' }, summary, list);
  const refresh = () => {
    fetchMyImports(signal).then(
      (items) => {
        const writes = items.filter((item) => item.status === 'imported');
        summary.textContent = `Your recent imports (${writes.length})`;
        list.replaceChildren(
          ...(writes.length === 0 ? [h('li', { class: 'transfer-note' }, 'None in the last 7 days.')] : []),
          ...writes.map((item) => {
            const show = h(
              'button',
              {
                type: 'button',
                'data-testid': 'import-recent-open',
                'aria-label': `Show report: ${item.fileName}, ${when(item.startedAt)}`,
              },
              'Show report',
            );
            show.addEventListener('click', () => open(item.importId));
            return h(
              'li',
              { 'data-import-id': item.importId, 'data-undone': String(item.undoneAt !== null) },
              h('strong', {}, item.fileName),
              h('span', {}, when(item.startedAt)),
              h('span', { class: 'transfer-note' }, item.undoneAt ? `undone ${when(item.undoneAt)}` : STATUS[item.status]),
              h('span', { class: 'transfer-note' }, countsText(item)),
              show,
            );
          }),
        );
      },
      () => {
        list.replaceChildren(h('li', { class: 'transfer-note' }, 'Your recent imports could not be loaded.'));
      },
    );
  };
  refresh();
  return Object.assign(element, { refresh });
}

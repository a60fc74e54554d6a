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
import { formatDate, t, tParts, type MessageKey } from '../i18n/i18n.js';
import { notify } from '../state.js';
import { h } from '../ui/dom.js';
import { wasUndone } from './import-report.js';

/** A moment as the language writes it (an unreadable one as it came). */
const when = (iso: string) => (Number.isNaN(new Date(iso).getTime()) ? iso : formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }));
/** The same in a `<time>`, which keeps the ISO moment for machines. */
const timeNode = (iso: string) => h('time', { datetime: iso }, when(iso));

/** The "Undo this import" block for a report that wrote; `onUndone` lets the dialog refresh its list. */
export function renderUndo(report: ImportReport, onUndone: () => void): HTMLElement | null {
  if (report.status !== 'imported') return null;
  const undone = wasUndone(report);
  const result = h('div', { 'aria-live': 'polite', 'data-testid': 'import-undo-result' });
  const button = h('button', { type: 'button', 'data-testid': 'import-undo', disabled: undone }, t('transfer.undoImport'));
  button.addEventListener('click', () => {
    button.disabled = true;
    result.replaceChildren(h('p', { class: 'transfer-status' }, t('transfer.undoing')));
    undoImport(report.importId).then(
      (answer) => {
        const text = t('transfer.undone', { records: answer.removed.records, links: answer.removed.links, file: report.file.name });
        result.replaceChildren(h('p', { class: 'transfer-status', 'data-tone': 'ok' }, text));
        notify(text);
        void loadMap();
        onUndone();
      },
      (error: unknown) => {
        button.disabled = error instanceof ApiError && error.status === 409 && /already been undone/.test(error.message);
        const message = error instanceof ApiError ? error.message : t('transfer.pageError');
        const changed = error instanceof ApiError ? error.details.filter((detail) => detail.path.startsWith('records.')) : [];
        // The refusal in the page's language when the server gave its code (api.ts says it); else its English as it came.
        const coded = error instanceof ApiError && error.messageCode !== undefined;
        result.replaceChildren(
          h(
            'p',
            coded
              ? { class: 'transfer-status transfer-error', role: 'alert' }
              : { class: 'transfer-status transfer-error', role: 'alert', 'data-api-text': '', lang: 'en', dir: 'ltr' },
            message,
          ),
          ...(changed.length > 0
            ? [
                h(
                  'ul',
                  { 'data-testid': 'import-undo-changed' },
                  // A record's id (data, kept in its own direction) and why, in the page's language when coded.
                  ...changed
                    .slice(0, 20)
                    .map((detail) => h('li', {}, h('bdi', {}, detail.path.slice('records.'.length)), `: ${detail.message}`)),
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
    h('p', { class: 'transfer-note' }, t(undone ? 'transfer.undoneAlready' : 'transfer.undoNote')),
    button,
    result,
  );
}

function countsText(item: ImportListItem): string {
  if (!item.counts) return '';
  const { actors, matched, areas } = item.counts;
  return t('transfer.recentCounts', { created: actors - matched.actors, matched: matched.actors, areas });
}

const STATUS: Record<ImportListItem['status'], MessageKey> = {
  imported: 'transfer.status_imported',
  validated: 'transfer.status_validated',
  refused: 'transfer.status_refused',
  needs_mapping: 'transfer.status_needs_mapping',
  failed: 'transfer.status_failed',
  validating: 'transfer.status_running',
  writing: 'transfer.status_running',
};

/**
 * "Your recent imports": the writes among the caller's recent jobs, each with "Show report".
 * Checks that wrote nothing are left out: they cannot be undone and the list stays short.
 */
export function renderRecentImports(open: (id: string) => void, signal: AbortSignal): HTMLElement & { refresh(): void } {
  const list = h('ul', { 'data-testid': 'import-recent-list' });
  const summary = h('summary', {}, t('transfer.recentImports'));
  const element = h('details', { class: 'import-recent', 'data-testid': 'import-recent' }, summary, list);
  const refresh = () => {
    fetchMyImports(signal).then(
      (items) => {
        const writes = items.filter((item) => item.status === 'imported');
        summary.textContent = t('transfer.recentImportsCount', { count: writes.length });
        list.replaceChildren(
          ...(writes.length === 0 ? [h('li', { class: 'transfer-note' }, t('transfer.recentNone'))] : []),
          ...writes.map((item) => {
            const show = h(
              'button',
              {
                type: 'button',
                'data-testid': 'import-recent-open',
                'aria-label': t('transfer.showReportLabel', { file: item.fileName, when: when(item.startedAt) }),
              },
              t('transfer.showReport'),
            );
            show.addEventListener('click', () => open(item.importId));
            return h(
              'li',
              { 'data-import-id': item.importId, 'data-undone': String(item.undoneAt !== null) },
              h('strong', {}, h('bdi', { 'data-record-text': '' }, item.fileName)),
              h('span', {}, timeNode(item.startedAt)),
              h(
                'span',
                { class: 'transfer-note' },
                ...(item.undoneAt ? tParts('transfer.undoneAt', { when: timeNode(item.undoneAt) }) : [t(STATUS[item.status])]),
              ),
              h('span', { class: 'transfer-note' }, countsText(item)),
              show,
            );
          }),
        );
      },
      () => {
        list.replaceChildren(h('li', { class: 'transfer-note' }, t('transfer.recentFailed')));
      },
    );
  };
  refresh();
  return Object.assign(element, { refresh });
}

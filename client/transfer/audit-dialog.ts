/**
 * The audit log for administrators: the newest events (time in UTC, user id, action, target ids,
 * detail), filtered by action. Ids only, as the log stores them: the log never holds names. The
 * screen's words follow the interface's language (issue 17); what an event holds (its time as
 * the log writes it, ids, action codes, details) is shown as stored.
 */
import { AUDIT_ACTIONS, type AuditEvent } from '../../server/contracts/index.js';
import { ApiError } from '../api.js';
import { fetchAuditEvents, type AuditAction } from '../api/audit.js';
import { t } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';
import { openTransferDialog, statusLine } from './dialog.js';

const LIMIT = 200;

/** `2025-03-01 14:02:11 UTC` from an ISO time. */
export function utc(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function eventRow(event: AuditEvent): HTMLElement {
  const target = [event.targetType, event.targetIds.join(', ')].filter(Boolean).join(': ');
  return h(
    'tr',
    { 'data-action': event.action },
    h('td', { class: 'nowrap' }, h('time', { datetime: event.at }, utc(event.at))),
    h('td', { 'data-col': 'user', 'data-record-text': '' }, event.userId ?? '—'),
    h('td', { 'data-col': 'action', 'data-record-text': '' }, event.action),
    h('td', { class: 'break', 'data-record-text': '' }, target || '—'),
    h('td', { class: 'break', 'data-record-text': '' }, event.detail ?? '—'),
  );
}

export function openAuditDialog(): void {
  let current: AbortController | null = null;
  const ui = openTransferDialog({ title: t('audit.title'), testId: 'audit-dialog', wide: true, onClose: () => current?.abort() });
  const action = h(
    'select',
    { id: 'audit-action', 'data-testid': 'audit-action' },
    h('option', { value: '' }, t('audit.allActions')),
    ...AUDIT_ACTIONS.map((value) => h('option', { value }, value)),
  );
  const refresh = h('button', { type: 'button', 'data-testid': 'audit-refresh' }, t('audit.refresh'));
  const status = statusLine('audit-status');
  const tbody = h('tbody', {});
  const table = h(
    'div',
    { class: 'transfer-table-wrap transfer-table-tall', tabindex: '0', role: 'region', 'aria-label': t('audit.tableLabel') },
    h(
      'table',
      { class: 'transfer-table', 'data-testid': 'audit-table' },
      h('caption', { class: 'visually-hidden' }, t('audit.caption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[t('audit.colTime'), t('audit.colUser'), t('audit.colAction'), t('audit.colTarget'), t('audit.colDetail')].map((label) =>
            h('th', { scope: 'col' }, label),
          ),
        ),
      ),
      tbody,
    ),
  );
  ui.body.append(
    h(
      'div',
      { class: 'transfer-row' },
      h('label', { for: 'audit-action' }, t('audit.action')),
      action,
      refresh,
      h('span', { class: 'transfer-note' }, t('audit.note', { limit: LIMIT })),
    ),
    status.element,
    table,
  );

  const load = async () => {
    current?.abort();
    const request = new AbortController();
    current = request;
    status.show(t('audit.loading'));
    try {
      const events = await fetchAuditEvents(
        { action: (action.value || undefined) as AuditAction | undefined, limit: LIMIT },
        request.signal,
      );
      tbody.replaceChildren(...events.map(eventRow));
      if (events.length === 0) status.show(t('audit.none'));
      else status.show(t('audit.count', { count: events.length }));
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      tbody.replaceChildren();
      status.show(t('audit.loadFailed', { message: error instanceof ApiError ? error.message : t('audit.pageFailed') }), 'error');
    }
  };
  action.addEventListener('change', () => void load());
  refresh.addEventListener('click', () => void load());
  action.focus();
  void load();
}

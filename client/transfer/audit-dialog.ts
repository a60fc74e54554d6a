/**
 * The audit log for administrators: the newest events (time in UTC, user id, action, target ids,
 * detail), filtered by action. Ids only, as the log stores them: the log never holds names.
 */
import { AUDIT_ACTIONS, type AuditEvent } from '../../server/contracts/index.js';
import { ApiError } from '../api.js';
import { fetchAuditEvents, type AuditAction } from '../api/audit.js';
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
    h('td', { 'data-col': 'user' }, event.userId ?? '—'),
    h('td', { 'data-col': 'action' }, event.action),
    h('td', { class: 'break' }, target || '—'),
    h('td', { class: 'break' }, event.detail ?? '—'),
  );
}

export function openAuditDialog(): void {
  let current: AbortController | null = null;
  const ui = openTransferDialog({ title: 'Audit log', testId: 'audit-dialog', wide: true, onClose: () => current?.abort() });
  const action = h(
    'select',
    { id: 'audit-action', 'data-testid': 'audit-action' },
    h('option', { value: '' }, 'All actions'),
    ...AUDIT_ACTIONS.map((value) => h('option', { value }, value)),
  );
  const refresh = h('button', { type: 'button', 'data-testid': 'audit-refresh' }, 'Refresh');
  const status = statusLine('audit-status');
  const tbody = h('tbody', {});
  const table = h(
    'div',
    { class: 'transfer-table-wrap transfer-table-tall', tabindex: '0', role: 'region', 'aria-label': 'Audit events' },
    h(
      'table',
      { class: 'transfer-table', 'data-testid': 'audit-table' },
      h('caption', { class: 'visually-hidden' }, 'Audit events, newest first'),
      h(
        'thead',
        {},
        h('tr', {}, ...['Time (UTC)', 'User id', 'Action', 'Target', 'Detail'].map((label) => h('th', { scope: 'col' }, label))),
      ),
      tbody,
    ),
  );
  ui.body.append(
    h(
      'div',
      { class: 'transfer-row' },
      h('label', { for: 'audit-action' }, 'Action'),
      action,
      refresh,
      h('span', { class: 'transfer-note' }, `Newest ${LIMIT} events, times in UTC.`),
    ),
    status.element,
    table,
  );

  const load = async () => {
    current?.abort();
    const request = new AbortController();
    current = request;
    status.show('Loading events…');
    try {
      const events = await fetchAuditEvents(
        { action: (action.value || undefined) as AuditAction | undefined, limit: LIMIT },
        request.signal,
      );
      tbody.replaceChildren(...events.map(eventRow));
      if (events.length === 0) status.show('No events for this filter.');
      else status.show(`${events.length} event${events.length === 1 ? '' : 's'}.`);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      tbody.replaceChildren();
      status.show(
        `The audit log could not be loaded: ${error instanceof ApiError ? error.message : 'something went wrong in the page.'}`,
        'error',
      );
    }
  };
  action.addEventListener('change', () => void load());
  refresh.addEventListener('click', () => void load());
  action.focus();
  void load();
}

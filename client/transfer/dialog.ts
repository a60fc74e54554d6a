/**
 * The modal shell shared by the import, export and audit dialogs: a native `<dialog>` (so focus
 * stays inside and the page behind is inert), Escape and the Close button close it, and focus goes
 * back to the button that opened it. The feature modules fill `body` and `actions`.
 */
import { t } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';
import './transfer.css';

export interface TransferDialog {
  dialog: HTMLDialogElement;
  body: HTMLElement;
  /** The button row at the bottom (Close is already in it, last). */
  actions: HTMLElement;
  close(): void;
}

let dialogCounter = 0;

/** Open a modal titled `title`; `onClose` runs once, after it closed. */
export function openTransferDialog(options: { title: string; testId: string; wide?: boolean; onClose?: () => void }): TransferDialog {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = `transfer-dialog-title-${++dialogCounter}`;
  const body = h('div', { class: 'transfer-body' });
  const closeButton = h('button', { type: 'button', 'data-testid': 'transfer-close' }, t('common.close'));
  const actions = h('div', { class: 'transfer-actions' }, closeButton);
  const dialog = h(
    'dialog',
    { class: `transfer-dialog${options.wide ? ' transfer-dialog-wide' : ''}`, 'aria-labelledby': titleId, 'data-testid': options.testId },
    h('h2', { id: titleId, class: 'transfer-title' }, options.title),
    body,
    actions,
  );
  document.body.append(dialog);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    dialog.close();
    dialog.remove();
    opener?.focus();
    options.onClose?.();
  };
  closeButton.addEventListener('click', close);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.showModal();
  return { dialog, body, actions, close };
}

/** A status line announced to screen readers; `tone` error is styled and announced as an alert. */
export function statusLine(testId: string): { element: HTMLElement; show(text: string, tone?: 'info' | 'error'): void; clear(): void } {
  const element = h('p', { class: 'transfer-status', role: 'status', 'data-testid': testId, hidden: true });
  return {
    element,
    show(text, tone = 'info') {
      element.hidden = false;
      element.textContent = text;
      element.classList.toggle('transfer-error', tone === 'error');
      element.setAttribute('role', tone === 'error' ? 'alert' : 'status');
    },
    clear() {
      element.hidden = true;
      element.textContent = '';
    },
  };
}

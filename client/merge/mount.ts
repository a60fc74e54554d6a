/**
 * Where merging is offered: a "Merge with..." button in the actor panel, and "Possible
 * duplicates" among the tools of the toolbar for users who may edit (the API checks again).
 */
import type { Actor, Me } from '../../server/contracts/index.js';
import type { AppState } from '../state.js';
import { t } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';
import { openDuplicatesDialog } from './duplicates-dialog.js';
import { openMergeDialog } from './merge-dialog.js';
import './merge.css';

/** The panel's merge row for `actor`. */
export function mergePanelSection(actor: Actor, state: Readonly<AppState>): HTMLElement {
  const button = h(
    'button',
    { type: 'button', 'data-testid': 'merge-with', 'aria-haspopup': 'dialog', disabled: state.history.busy },
    t('merge.mergeWith'),
  );
  button.addEventListener('click', () => openMergeDialog({ id: actor.id, name: actor.name }));
  return h('div', { class: 'action-row merge-row' }, button);
}

/** Adds "Possible duplicates" to the toolbar group `root` (after what is already there). */
export function mountDuplicateTools(root: HTMLElement, me: Me): void {
  if (!me.permissions.includes('edit')) return;
  const button = h(
    'button',
    { type: 'button', 'data-testid': 'open-duplicates', 'aria-haspopup': 'dialog' },
    t('merge.possibleDuplicates'),
  );
  button.addEventListener('click', openDuplicatesDialog);
  root.append(button);
}

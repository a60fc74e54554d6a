/**
 * "Possible duplicates": pairs of actors of the whole visible map that may be one organisation,
 * by the import's folding (case, accents, spelling, acronyms). Each pair opens either record or
 * starts a merge keeping the one the user chooses.
 */
import type { DuplicateSuggestion } from '../../server/contracts/index.js';
import { asApiError, showActor } from '../actions.js';
import { fetchDuplicates } from '../api/merge.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { h } from '../ui/dom.js';
import { openMergeDialog } from './merge-dialog.js';

const REASONS: Record<DuplicateSuggestion['reason'], string> = {
  case: 'same name, other capitals',
  spelling: 'same name, other spelling',
  acronym: 'acronym of the other',
};

/** A pair's row: both names (each opens its record), why they look alike, and a merge either way. */
function pairRow(pair: DuplicateSuggestion, close: () => void): HTMLElement {
  const open = (side: DuplicateSuggestion['a']) => {
    const link = h('button', { type: 'button', class: 'link', dir: 'auto' }, side.name);
    link.addEventListener('click', () => {
      close();
      showActor(side.id);
    });
    return link;
  };
  const keep = (kept: DuplicateSuggestion['a'], duplicate: DuplicateSuggestion['a']) => {
    const button = h(
      'button',
      { type: 'button', 'aria-label': `Merge: keep ${kept.name}, fold in ${duplicate.name}` },
      `Keep “${kept.name}”…`,
    );
    button.addEventListener('click', () => {
      close();
      openMergeDialog(kept, [duplicate]);
    });
    return button;
  };
  return h(
    'tr',
    { 'data-testid': 'duplicate-pair' },
    h('td', {}, open(pair.a)),
    h('td', {}, open(pair.b)),
    h('td', {}, REASONS[pair.reason]),
    h('td', { class: 'merge-pair-actions' }, keep(pair.a, pair.b), ' ', keep(pair.b, pair.a)),
  );
}

export function openDuplicatesDialog(): void {
  const ui = openTransferDialog({ title: 'Possible duplicates', testId: 'duplicates-dialog', wide: true });
  const status = statusLine('duplicates-status');
  ui.body.append(status.element);
  status.show('Comparing names…');
  fetchDuplicates()
    .then((list) => {
      status.clear();
      if (list.items.length === 0) {
        ui.body.append(h('p', {}, 'No two actors you can see look like the same organisation.'));
        return;
      }
      const more = list.more > 0 ? ` and ${list.more} more not listed` : '';
      ui.body.append(
        h(
          'p',
          {},
          `${list.items.length} pairs of actors may be the same organisation${more}${list.complete ? '' : ' (the comparison stopped early: there may be more)'}. Check each before merging.`,
        ),
        h(
          'table',
          { class: 'merge-pairs' },
          h('caption', { class: 'visually-hidden' }, 'Pairs of actors that may be the same organisation'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Actor'),
              h('th', { scope: 'col' }, 'Looks like'),
              h('th', { scope: 'col' }, 'Why'),
              h('th', { scope: 'col' }, 'Merge'),
            ),
          ),
          h('tbody', {}, ...list.items.map((pair) => pairRow(pair, ui.close))),
        ),
      );
    })
    .catch((error: unknown) => status.show(asApiError(error).message, 'error'));
}

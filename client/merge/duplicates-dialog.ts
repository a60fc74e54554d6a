/**
 * "Possible duplicates": pairs of actors of the whole visible map that may be one organisation,
 * by the import's folding (case, accents, spelling, acronyms). Each pair opens either record or
 * starts a merge keeping the one the user chooses.
 */
import type { DuplicateSuggestion } from '../../server/contracts/index.js';
import { asApiError, showActor } from '../actions.js';
import { fetchDuplicates } from '../api/merge.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { t, tParts, type MessageKey } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';
import { openMergeDialog } from './merge-dialog.js';

const reasonText = (reason: DuplicateSuggestion['reason']) => t(`merge.reason_${reason}` as MessageKey);

/** A pair's row: both names (each opens its record), why they look alike, and a merge either way. */
function pairRow(pair: DuplicateSuggestion, close: () => void): HTMLElement {
  const open = (side: DuplicateSuggestion['a']) => {
    const link = h('button', { type: 'button', class: 'link', dir: 'auto', 'data-record-text': '' }, side.name);
    link.addEventListener('click', () => {
      close();
      showActor(side.id);
    });
    return link;
  };
  const keep = (kept: DuplicateSuggestion['a'], duplicate: DuplicateSuggestion['a']) => {
    const button = h(
      'button',
      { type: 'button', 'aria-label': t('merge.keepLabel', { kept: kept.name, duplicate: duplicate.name }) },
      ...tParts('merge.keep', { name: h('bdi', { 'data-record-text': '' }, kept.name) }),
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
    h('td', {}, reasonText(pair.reason)),
    h('td', { class: 'merge-pair-actions' }, keep(pair.a, pair.b), ' ', keep(pair.b, pair.a)),
  );
}

export function openDuplicatesDialog(): void {
  const ui = openTransferDialog({ title: t('merge.possibleDuplicates'), testId: 'duplicates-dialog', wide: true });
  const status = statusLine('duplicates-status');
  ui.body.append(status.element);
  status.show(t('merge.comparing'));
  fetchDuplicates()
    .then((list) => {
      status.clear();
      if (list.items.length === 0) {
        ui.body.append(h('p', {}, t('merge.noPairs')));
        return;
      }
      ui.body.append(
        h(
          'p',
          {},
          t('merge.pairsFound', {
            count: list.items.length,
            more: list.more > 0 ? t('merge.pairsMore', { count: list.more }) : '',
            incomplete: list.complete ? '' : t('merge.pairsIncomplete'),
          }),
        ),
        h(
          'table',
          { class: 'merge-pairs' },
          h('caption', { class: 'visually-hidden' }, t('merge.pairsCaption')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('merge.colActor')),
              h('th', { scope: 'col' }, t('merge.colLooksLike')),
              h('th', { scope: 'col' }, t('merge.colWhy')),
              h('th', { scope: 'col' }, t('merge.colMerge')),
            ),
          ),
          h('tbody', {}, ...list.items.map((pair) => pairRow(pair, ui.close))),
        ),
      );
    })
    .catch((error: unknown) => status.show(asApiError(error).message, 'error'));
}

/**
 * "Merge with...": the user picks the duplicates of the actor being kept, sees what would move
 * (the server's preview, the same plan the merge writes), and confirms. The merge is a command on
 * the session's undo history (merge-command.ts): Undo asks the server to put the duplicates back,
 * which it does while nothing merged has changed since. The Merge button stays disabled until a
 * preview of exactly the chosen duplicates has been shown.
 */
import type { MergeResult } from '../../server/contracts/index.js';
import { asApiError, showActor } from '../actions.js';
import { searchActors } from '../api.js';
import { previewMerge } from '../api/merge.js';
import { performEdit } from '../edit/edit-actions.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { h } from '../ui/dom.js';
import { fieldLabel } from '../history/field-values.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { mergeCommandFor } from './merge-command.js';

export interface ActorName {
  id: string;
  name: string;
}

const moveWords = (kind: string) => t(`merge.move_${kind}` as MessageKey);

/** Names kept or left out, each isolated in its own direction, separated in the page's way. */
const nameList = (names: readonly string[]) =>
  names.flatMap((name, i) => [i > 0 ? t('merge.aliasSeparator') : '', h('bdi', { 'data-record-text': '' }, name)]);

/** What a preview says, in words: counts by kind, then fields filled and names kept as aliases. */
function previewLines(result: MergeResult): HTMLElement {
  const counts = Object.entries(result.moves).filter(([, count]) => count > 0);
  return h(
    'div',
    { class: 'merge-preview', 'data-testid': 'merge-preview' },
    h('h3', {}, t('merge.previewHeading')),
    h(
      'ul',
      {},
      ...counts.map(([kind, count]) => h('li', {}, t('merge.moveCount', { what: moveWords(kind), count }))),
      counts.length === 0 ? h('li', {}, t('merge.nothingToMove')) : null,
      h(
        'li',
        {},
        result.fieldsFilled.length > 0
          ? t('merge.fieldsFilled', { fields: result.fieldsFilled.map(fieldLabel).join(t('merge.listSeparator')) })
          : t('merge.noFieldFilled'),
      ),
      result.aliasesAdded.length > 0 ? h('li', {}, t('merge.aliasesKept'), ...nameList(result.aliasesAdded)) : null,
      result.aliasesOmitted.length > 0 ? h('li', {}, t('merge.aliasesOmitted'), ...nameList(result.aliasesOmitted)) : null,
    ),
  );
}

/** Opens the dialog for `kept`, with `initial` duplicates already chosen (from a suggestion). */
export function openMergeDialog(kept: ActorName, initial: readonly ActorName[] = []): void {
  const chosen = new Map(initial.filter((actor) => actor.id !== kept.id).map((actor) => [actor.id, actor]));
  let previewed: string | null = null;
  const ui = openTransferDialog({ title: t('merge.title', { name: kept.name }), testId: 'merge-dialog' });
  const status = statusLine('merge-status');
  const chosenList = h('ul', { class: 'merge-chosen', 'data-testid': 'merge-chosen', 'aria-label': t('merge.chosenLabel') });
  const results = h('ul', { class: 'merge-results', 'data-testid': 'merge-results', 'aria-label': t('merge.resultsLabel') });
  const preview = h('div', { 'aria-live': 'polite' });
  const search = h('input', { type: 'search', id: 'merge-search', autocomplete: 'off', 'data-testid': 'merge-search' });
  const previewButton = h('button', { type: 'button', 'data-testid': 'merge-preview-button' }, t('merge.showWhatMoves'));
  const mergeButton = h('button', { type: 'button', class: 'primary', 'data-testid': 'merge-confirm', disabled: true }, t('merge.merge'));
  const key = () => [...chosen.keys()].sort().join(',');

  const render = () => {
    chosenList.replaceChildren(
      ...[...chosen.values()].map((actor) => {
        const remove = h(
          'button',
          { type: 'button', class: 'link', 'aria-label': t('merge.removeLabel', { name: actor.name }) },
          t('merge.remove'),
        );
        remove.addEventListener('click', () => {
          chosen.delete(actor.id);
          render();
        });
        return h('li', {}, h('bdi', { 'data-record-text': '' }, actor.name), ' ', remove);
      }),
    );
    if (chosen.size === 0) chosenList.append(h('li', { class: 'panel-note' }, t('merge.noneChosen')));
    const ready = chosen.size > 0 && previewed === key();
    mergeButton.disabled = !ready;
    mergeButton.textContent = ready ? t('merge.mergeReady', { count: chosen.size, name: kept.name }) : t('merge.mergeShowFirst');
    previewButton.disabled = chosen.size === 0;
    if (previewed !== key()) preview.replaceChildren();
  };

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      const text = search.value.trim();
      if (text === '') return void results.replaceChildren();
      searchActors(text)
        .then((actors) =>
          results.replaceChildren(
            ...actors
              .filter((actor) => actor.id !== kept.id && !chosen.has(actor.id))
              .map((actor) => {
                const add = h('button', { type: 'button', 'aria-label': t('merge.addLabel', { name: actor.name }) }, t('merge.add'));
                add.addEventListener('click', () => {
                  chosen.set(actor.id, { id: actor.id, name: actor.name });
                  add.closest('li')?.remove();
                  render();
                });
                return h(
                  'li',
                  {},
                  h('bdi', { 'data-record-text': '' }, actor.name),
                  actor.acronym ? h('bdi', { 'data-record-text': '' }, t('merge.acronym', { acronym: actor.acronym })) : '',
                  ' ',
                  add,
                );
              }),
          ),
        )
        .catch((error: unknown) => status.show(asApiError(error).message, 'error'));
    }, 250);
  });

  previewButton.addEventListener('click', () => {
    const ids = [...chosen.keys()];
    status.show(t('merge.working'));
    previewMerge(kept.id, ids)
      .then((result) => {
        previewed = ids.slice().sort().join(',');
        preview.replaceChildren(previewLines(result));
        status.clear();
        render();
      })
      .catch((error: unknown) => status.show(asApiError(error).message, 'error'));
  });

  mergeButton.addEventListener('click', () => {
    const ids = [...chosen.keys()];
    mergeButton.disabled = true;
    status.show(t('merge.merging'));
    const command = mergeCommandFor({ op: 'merge-actors', keptId: kept.id, keptName: kept.name, duplicateIds: ids, mergeId: null });
    performEdit(command, t('merge.merged', { count: ids.length, name: kept.name }))
      .then(() => {
        ui.close();
        showActor(kept.id, { moveFocus: false });
      })
      .catch((error: unknown) => {
        status.show(asApiError(error).message, 'error');
        render();
      });
  });

  ui.body.append(
    h('p', {}, t('merge.intro')),
    h('label', { for: 'merge-search' }, t('merge.findLabel')),
    search,
    results,
    h('h3', {}, t('merge.chosenHeading')),
    chosenList,
    preview,
    status.element,
    h('p', { class: 'merge-warning' }, t('merge.undoWarning')),
  );
  ui.actions.prepend(previewButton, mergeButton);
  render();
  (chosen.size > 0 ? previewButton : search).focus();
}

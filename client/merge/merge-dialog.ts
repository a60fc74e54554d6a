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
import { humanize } from '../ui/format.js';
import { mergeCommandFor } from './merge-command.js';

export interface ActorName {
  id: string;
  name: string;
}

const MOVE_WORDS: Record<keyof MergeResult['moves'], string> = {
  ties: 'Ties moved',
  tiesCombined: 'Identical ties combined into one',
  selfTiesDropped: 'Ties between these records dropped',
  outputRoles: 'Lead and support roles moved',
  engagements: 'Engagement participations moved',
  mechanisms: 'Coordination mechanism memberships moved',
  areas: 'Admin area links moved',
  stances: 'Output stances moved',
  views: 'Your saved views updated',
  other: 'Other links moved',
};

/** What a preview says, in words: counts by kind, then fields filled and names kept as aliases. */
function previewLines(result: MergeResult): HTMLElement {
  const counts = Object.entries(result.moves).filter(([, count]) => count > 0);
  return h(
    'div',
    { class: 'merge-preview', 'data-testid': 'merge-preview' },
    h('h3', {}, 'What the merge does'),
    h(
      'ul',
      {},
      ...counts.map(([kind, count]) => h('li', {}, `${MOVE_WORDS[kind as keyof MergeResult['moves']]}: ${count}`)),
      counts.length === 0 ? h('li', {}, 'No ties or links to move') : null,
      h(
        'li',
        {},
        result.fieldsFilled.length > 0 ? `Fields filled in: ${result.fieldsFilled.map(humanize).join(', ')}` : 'No field filled in',
      ),
      result.aliasesAdded.length > 0
        ? h('li', {}, 'Kept as other names: ', ...result.aliasesAdded.flatMap((alias, i) => [i > 0 ? '; ' : '', h('bdi', {}, alias)]))
        : null,
      result.aliasesOmitted.length > 0
        ? h(
            'li',
            {},
            'Not kept (an actor holds at most 20 other names): ',
            ...result.aliasesOmitted.flatMap((alias, i) => [i > 0 ? '; ' : '', h('bdi', {}, alias)]),
          )
        : null,
    ),
  );
}

/** Opens the dialog for `kept`, with `initial` duplicates already chosen (from a suggestion). */
export function openMergeDialog(kept: ActorName, initial: readonly ActorName[] = []): void {
  const chosen = new Map(initial.filter((actor) => actor.id !== kept.id).map((actor) => [actor.id, actor]));
  let previewed: string | null = null;
  const ui = openTransferDialog({ title: `Merge duplicates into “${kept.name}”`, testId: 'merge-dialog' });
  const status = statusLine('merge-status');
  const chosenList = h('ul', { class: 'merge-chosen', 'data-testid': 'merge-chosen', 'aria-label': 'Duplicates to merge' });
  const results = h('ul', { class: 'merge-results', 'data-testid': 'merge-results', 'aria-label': 'Matching actors' });
  const preview = h('div', { 'aria-live': 'polite' });
  const search = h('input', { type: 'search', id: 'merge-search', autocomplete: 'off', 'data-testid': 'merge-search' });
  const previewButton = h('button', { type: 'button', 'data-testid': 'merge-preview-button' }, 'Show what moves');
  const mergeButton = h('button', { type: 'button', class: 'primary', 'data-testid': 'merge-confirm', disabled: true }, 'Merge');
  const key = () => [...chosen.keys()].sort().join(',');

  const render = () => {
    chosenList.replaceChildren(
      ...[...chosen.values()].map((actor) => {
        const remove = h('button', { type: 'button', class: 'link', 'aria-label': `Remove ${actor.name} from the merge` }, 'Remove');
        remove.addEventListener('click', () => {
          chosen.delete(actor.id);
          render();
        });
        return h('li', {}, h('bdi', {}, actor.name), ' ', remove);
      }),
    );
    if (chosen.size === 0) chosenList.append(h('li', { class: 'panel-note' }, 'No duplicate chosen yet: search for one above.'));
    const ready = chosen.size > 0 && previewed === key();
    mergeButton.disabled = !ready;
    mergeButton.textContent = ready ? `Merge ${chosen.size} into “${kept.name}”` : 'Merge (show what moves first)';
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
                const add = h('button', { type: 'button', 'aria-label': `Add ${actor.name} as a duplicate` }, 'Add');
                add.addEventListener('click', () => {
                  chosen.set(actor.id, { id: actor.id, name: actor.name });
                  add.closest('li')?.remove();
                  render();
                });
                return h('li', {}, h('bdi', {}, actor.name), actor.acronym ? ` (${actor.acronym})` : '', ' ', add);
              }),
          ),
        )
        .catch((error: unknown) => status.show(asApiError(error).message, 'error'));
    }, 250);
  });

  previewButton.addEventListener('click', () => {
    const ids = [...chosen.keys()];
    status.show('Working out what would move…');
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
    status.show('Merging…');
    const command = mergeCommandFor({ op: 'merge-actors', keptId: kept.id, keptName: kept.name, duplicateIds: ids, mergeId: null });
    performEdit(
      command,
      `Merged ${ids.length} duplicate${ids.length > 1 ? 's' : ''} into “${kept.name}”. Undo puts them back while nothing merged has changed.`,
    )
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
    h(
      'p',
      {},
      'The duplicates’ ties, roles, engagements, mechanisms, areas and names move to this actor; fields it lacks are filled from them; the duplicates are then removed.',
    ),
    h('label', { for: 'merge-search' }, 'Find a duplicate by name, acronym or other name'),
    search,
    results,
    h('h3', {}, 'Duplicates to merge'),
    chosenList,
    preview,
    status.element,
    h(
      'p',
      { class: 'merge-warning' },
      'Undo (Ctrl+Z) puts the duplicates back in this session, as long as nothing merged has changed since: check what moves before you confirm.',
    ),
  );
  ui.actions.prepend(previewButton, mergeButton);
  render();
  (chosen.size > 0 ? previewButton : search).focus();
}

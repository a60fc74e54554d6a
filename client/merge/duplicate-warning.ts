/**
 * The warning of the new-actor form when the API answers 409 `possible_duplicate`: the actors
 * that already carry the name, acronym or an alias, each with "Open it", and "Create anyway",
 * which sends the form again with `confirmDuplicate: true`.
 */
import { showActor } from '../actions.js';
import { ApiError, fetchActor } from '../api.js';
import { t } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';

/** True for the API's "an actor of this name exists" answer. */
export function isPossibleDuplicate(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'possible_duplicate';
}

/**
 * Shows the existing actors above the form's message (`general`); returns the problem to show
 * next to the name field. `createAnyway` is called when the user confirms.
 */
export async function showDuplicateWarning(
  general: HTMLElement,
  error: ApiError,
  createAnyway: () => void,
): Promise<{ path: string; message: string }[]> {
  const ids = error.facts.existingIds ?? [];
  const names = await Promise.all(
    ids.map((id) =>
      fetchActor(id).then(
        (actor) => actor.name,
        () => id,
      ),
    ),
  );
  const dialog = general.closest('dialog');
  general.parentElement?.querySelector('.duplicate-warning')?.remove();
  const items = ids.map((id, index) => {
    const open = h('button', { type: 'button', 'data-testid': 'open-existing' }, t('merge.openIt'));
    open.addEventListener('click', () => {
      // The form's own Cancel path closes it and gives focus back; then the existing actor opens.
      dialog?.dispatchEvent(new Event('cancel', { cancelable: true }));
      showActor(id);
    });
    return h('li', {}, h('bdi', { 'data-record-text': '' }, names[index] ?? id), ' ', open);
  });
  const anyway = h('button', { type: 'button', 'data-testid': 'create-anyway' }, t('merge.createAnyway'));
  anyway.addEventListener('click', createAnyway);
  const box = h(
    'div',
    { class: 'duplicate-warning', 'data-testid': 'duplicate-warning', role: 'group', 'aria-label': t('merge.possibleDuplicate') },
    h('p', {}, t(ids.length > 1 ? 'merge.existingMany' : 'merge.existingOne')),
    h('ul', {}, ...items),
    h('p', {}, t('merge.existingAdvice')),
    anyway,
  );
  general.before(box);
  return [{ path: 'name', message: t('merge.nameExists') }];
}

/**
 * The bulk bar: shown while actors are chosen for a bulk action (Shift-click or Shift-drag a box
 * on the map, Shift-click dots on the power/interest grid). One action applies to all of them:
 * sensitivity, an area they are active in, a review-by date, a subtype (offered from the subtypes
 * of their kind; refused, with the reason, when they are of several kinds), or deletion (asked twice). The result
 * says how many changed and lists each actor the server refused, with its reason; the whole
 * action is one Undo step.
 */
import { ACTOR_SUBTYPES, SENSITIVITY_LEVELS, type ActorKind, type Sensitivity } from '../../server/contracts/index.js';
import { reloadGraph } from '../actions.js';
import { recordDone } from '../edit/edit-actions.js';
import * as store from '../state.js';
import type { AppState } from '../state.js';
import { h } from '../ui/dom.js';
import { mayEdit } from '../ui/role.js';
import { runBulk, type BulkAction, type BulkOutcome } from './bulk-run.js';
import { kindLabel, sensitivityLabel, subtypeLabel } from '../i18n/vocabulary.js';

export function mountBulkBar(bar: HTMLElement) {
  let shownBulk: unknown = null;
  let busy = false;
  const count = h('p', { class: 'bulk-count', 'data-testid': 'bulk-count' });
  const sensitivity = h(
    'select',
    { id: 'bulk-sensitivity', 'data-testid': 'bulk-sensitivity' },
    // No level is preset: one hurried "Set" must not make every chosen actor public.
    h('option', { value: '' }, '— choose —'),
    ...SENSITIVITY_LEVELS.map((level) => h('option', { value: level }, sensitivityLabel(level))),
  );
  const setSensitivity = h('button', { type: 'button', 'data-testid': 'bulk-set-sensitivity' }, 'Set');
  const area = h('select', { id: 'bulk-area', 'data-testid': 'bulk-area' });
  const addArea = h('button', { type: 'button', 'data-testid': 'bulk-add-area' }, 'Add');
  const subtype = h('select', { id: 'bulk-subtype', 'data-testid': 'bulk-subtype' });
  const setSubtype = h('button', { type: 'button', 'data-testid': 'bulk-set-subtype' }, 'Set');
  const review = h('input', { type: 'date', id: 'bulk-review', 'data-testid': 'bulk-review' });
  const setReview = h('button', { type: 'button', 'data-testid': 'bulk-set-review' }, 'Set');
  const remove = h('button', { type: 'button', class: 'danger', 'data-testid': 'bulk-delete' }, 'Delete…');
  const confirmBox = h('span', { class: 'bulk-confirm', hidden: true });
  const confirmYes = h('button', { type: 'button', class: 'danger', 'data-testid': 'bulk-delete-confirm' }, 'Yes, delete them');
  const confirmNo = h('button', { type: 'button', 'data-testid': 'bulk-delete-cancel' }, 'Cancel');
  confirmBox.append(h('span', { 'data-testid': 'bulk-delete-question' }), confirmYes, confirmNo);
  const lowerBox = h('span', { class: 'bulk-confirm', hidden: true });
  const lowerYes = h('button', { type: 'button', class: 'danger', 'data-testid': 'bulk-lower-confirm' }, 'Yes, lower it');
  const lowerNo = h('button', { type: 'button', 'data-testid': 'bulk-lower-cancel' }, 'Cancel');
  lowerBox.append(h('span', { 'data-testid': 'bulk-lower-question' }), lowerYes, lowerNo);
  const clear = h('button', { type: 'button', 'data-testid': 'bulk-clear' }, 'Clear choice');
  const result = h('div', { class: 'bulk-result', role: 'status', 'data-testid': 'bulk-result' });
  bar.append(
    count,
    h('span', { class: 'bulk-field' }, h('label', { for: 'bulk-sensitivity' }, 'Sensitivity'), sensitivity, setSensitivity, lowerBox),
    h('span', { class: 'bulk-field' }, h('label', { for: 'bulk-area' }, 'Also active in'), area, addArea),
    h('span', { class: 'bulk-field' }, h('label', { for: 'bulk-subtype' }, 'Subtype'), subtype, setSubtype),
    h('span', { class: 'bulk-field' }, h('label', { for: 'bulk-review' }, 'Review by'), review, setReview),
    remove,
    confirmBox,
    clear,
    result,
  );
  const controls = [
    sensitivity,
    setSensitivity,
    area,
    addArea,
    subtype,
    setSubtype,
    review,
    setReview,
    remove,
    confirmYes,
    confirmNo,
    clear,
  ];

  /** The kinds of the chosen actors, as the map has them (the server checks each actor again). */
  const chosenKinds = (state: Readonly<AppState>): ActorKind[] => {
    const kinds = new Map(state.elements.nodes.map((node) => [node.data.id, node.data.kind]));
    return [...new Set([...state.bulk].map((id) => kinds.get(id)).filter((kind): kind is ActorKind => kind !== undefined))];
  };
  /** A subtype belongs to a kind: offered are the subtypes of the one kind the chosen actors share. */
  const offerSubtypes = (state: Readonly<AppState>) => {
    const kinds = chosenKinds(state);
    const [kind] = kinds;
    subtype.replaceChildren(
      ...(kinds.length === 1 && kind
        ? [
            h('option', { value: '' }, '— No subtype —'),
            ...ACTOR_SUBTYPES[kind].map((value: string) => h('option', { value }, subtypeLabel(value))),
          ]
        : [h('option', { value: '' }, kinds.length > 1 ? 'Several kinds chosen' : '—')]),
    );
    subtype.dataset.kinds = kinds.join(' ');
  };

  const showOutcome = (outcome: BulkOutcome) => {
    const head = outcome.done > 0 ? `Done: ${outcome.label}. Undo reverses all of it in one step.` : 'Nothing was changed.';
    const refusals = outcome.refused.length
      ? [
          h('p', {}, `Refused for ${outcome.refused.length} actor${outcome.refused.length === 1 ? '' : 's'}:`),
          h('ul', { 'data-testid': 'bulk-refusals' }, ...outcome.refused.map((r) => h('li', { dir: 'auto' }, `${r.name}: ${r.message}`))),
        ]
      : [];
    result.replaceChildren(h('p', {}, head), ...refusals);
  };

  const apply = async (action: BulkAction) => {
    const state = store.getState();
    const ids = [...state.bulk];
    if (ids.length === 0 || busy) return;
    busy = true;
    controls.forEach((control) => (control.disabled = true));
    result.replaceChildren(h('p', {}, `Working on ${ids.length} actors…`));
    try {
      const names = new Map(state.elements.nodes.map((node) => [node.data.id, node.data.label]));
      const outcome = await runBulk(ids, action, names);
      if (outcome.command) await recordDone(outcome.command);
      else await reloadGraph();
      // Keep the refused ones chosen, so the user can look at them or try again.
      const refusedIds = new Set(outcome.refused.map((r) => r.id));
      store.setBulk(action.kind === 'delete' ? refusedIds : ids);
      showOutcome(outcome);
    } finally {
      busy = false;
      controls.forEach((control) => (control.disabled = false));
      confirmBox.hidden = true;
      remove.hidden = false;
    }
  };

  const choose = (control: HTMLSelectElement, what: string): boolean => {
    if (control.value !== '') return true;
    result.replaceChildren(h('p', {}, `Choose ${what} first.`));
    control.focus();
    return false;
  };
  const setLevel = () => void apply({ kind: 'sensitivity', sensitivity: sensitivity.value as Sensitivity });
  setSensitivity.addEventListener('click', () => {
    if (!choose(sensitivity, 'a sensitivity')) return;
    // Lowering a level publishes records to more people: it is asked again, naming how many.
    const target = SENSITIVITY_LEVELS.indexOf(sensitivity.value as Sensitivity);
    const state = store.getState();
    const lowered = state.elements.nodes.filter(
      (node) => state.bulk.has(node.data.id) && SENSITIVITY_LEVELS.indexOf(node.data.sensitivity) > target,
    ).length;
    if (lowered === 0) return setLevel();
    (lowerBox.firstChild as HTMLElement).textContent =
      `Lower ${lowered} of ${state.bulk.size} actors to ${sensitivityLabel(sensitivity.value as Sensitivity)}? More people will see them.`;
    lowerBox.hidden = false;
    setSensitivity.hidden = true;
    lowerNo.focus();
  });
  const closeLower = () => {
    lowerBox.hidden = true;
    setSensitivity.hidden = false;
  };
  lowerNo.addEventListener('click', () => {
    closeLower();
    setSensitivity.focus();
  });
  lowerYes.addEventListener('click', () => {
    closeLower();
    setLevel();
  });
  addArea.addEventListener('click', () => {
    if (!choose(area, 'an area')) return;
    const chosen = area.selectedOptions[0];
    if (chosen) void apply({ kind: 'add-area', areaId: chosen.value, areaName: chosen.textContent ?? chosen.value });
  });
  setSubtype.addEventListener('click', () => {
    const kinds = chosenKinds(store.getState());
    if (kinds.length > 1) {
      result.replaceChildren(
        h(
          'p',
          { 'data-testid': 'bulk-subtype-refused' },
          `Nothing was changed: the chosen actors are of ${kinds.length} kinds (${kinds.map((kind) => kindLabel(kind)).join(', ')}), and a subtype belongs to one kind. Choose actors of one kind to set their subtype.`,
        ),
      );
      subtype.focus();
      return;
    }
    const value = subtype.value === '' ? null : subtype.value;
    void apply({ kind: 'subtype', subtype: value, subtypeName: value === null ? '' : subtypeLabel(value) });
  });
  setReview.addEventListener('click', () => {
    if (!review.value) {
      result.replaceChildren(h('p', {}, 'Choose a review-by date first.'));
      review.focus();
      return;
    }
    void apply({ kind: 'review-by', date: review.value });
  });
  remove.addEventListener('click', () => {
    const n = store.getState().bulk.size;
    (confirmBox.firstChild as HTMLElement).textContent = `Delete ${n} actor${n === 1 ? '' : 's'} and their ties?`;
    confirmBox.hidden = false;
    remove.hidden = true;
    confirmNo.focus();
  });
  confirmNo.addEventListener('click', () => {
    confirmBox.hidden = true;
    remove.hidden = false;
    remove.focus();
  });
  confirmYes.addEventListener('click', () => void apply({ kind: 'delete' }));
  clear.addEventListener('click', () => {
    result.replaceChildren();
    store.setBulk([]);
  });

  return (state: Readonly<AppState>): void => {
    if (state.bulk === shownBulk) return;
    shownBulk = state.bulk;
    // Every bulk action is an edit: roles without `edit` are not shown the bar (ui/role.ts).
    bar.hidden = !mayEdit() || (state.bulk.size === 0 && result.childElementCount === 0);
    count.textContent = state.bulk.size === 0 ? 'No actor chosen.' : `${state.bulk.size} actor${state.bulk.size === 1 ? '' : 's'} chosen`;
    if (area.options.length !== state.areasById.size + 1) {
      area.replaceChildren(
        h('option', { value: '' }, '— choose —'),
        ...[...state.areasById.values()].sort((a, b) => a.name.localeCompare(b.name)).map((a) => h('option', { value: a.id }, a.name)),
      );
    }
    offerSubtypes(state);
    for (const control of [sensitivity, setSensitivity, area, addArea, subtype, setSubtype, review, setReview, remove])
      control.disabled = busy || state.bulk.size === 0;
  };
}

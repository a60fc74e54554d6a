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
import { t } from '../i18n/i18n.js';
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
    h('option', { value: '' }, t('bulk.choose')),
    ...SENSITIVITY_LEVELS.map((level) => h('option', { value: level }, sensitivityLabel(level))),
  );
  const setSensitivity = h('button', { type: 'button', 'data-testid': 'bulk-set-sensitivity' }, t('bulk.set'));
  const area = h('select', { id: 'bulk-area', 'data-testid': 'bulk-area' });
  const addArea = h('button', { type: 'button', 'data-testid': 'bulk-add-area' }, t('bulk.add'));
  const subtype = h('select', { id: 'bulk-subtype', 'data-testid': 'bulk-subtype' });
  const setSubtype = h('button', { type: 'button', 'data-testid': 'bulk-set-subtype' }, t('bulk.set'));
  const review = h('input', { type: 'date', id: 'bulk-review', 'data-testid': 'bulk-review' });
  const setReview = h('button', { type: 'button', 'data-testid': 'bulk-set-review' }, t('bulk.set'));
  const remove = h('button', { type: 'button', class: 'danger', 'data-testid': 'bulk-delete' }, t('bulk.delete'));
  const confirmBox = h('span', { class: 'bulk-confirm', hidden: true });
  const confirmYes = h('button', { type: 'button', class: 'danger', 'data-testid': 'bulk-delete-confirm' }, t('bulk.confirmDelete'));
  const confirmNo = h('button', { type: 'button', 'data-testid': 'bulk-delete-cancel' }, t('common.cancel'));
  confirmBox.append(h('span', { 'data-testid': 'bulk-delete-question' }), confirmYes, confirmNo);
  const lowerBox = h('span', { class: 'bulk-confirm', hidden: true });
  const lowerYes = h('button', { type: 'button', class: 'danger', 'data-testid': 'bulk-lower-confirm' }, t('bulk.confirmLower'));
  const lowerNo = h('button', { type: 'button', 'data-testid': 'bulk-lower-cancel' }, t('common.cancel'));
  lowerBox.append(h('span', { 'data-testid': 'bulk-lower-question' }), lowerYes, lowerNo);
  const clear = h('button', { type: 'button', 'data-testid': 'bulk-clear' }, t('bulk.clear'));
  const result = h('div', { class: 'bulk-result', role: 'status', 'data-testid': 'bulk-result' });
  bar.append(
    count,
    h(
      'span',
      { class: 'bulk-field' },
      h('label', { for: 'bulk-sensitivity' }, t('bulk.sensitivity')),
      sensitivity,
      setSensitivity,
      lowerBox,
    ),
    h('span', { class: 'bulk-field' }, h('label', { for: 'bulk-area' }, t('bulk.alsoActiveIn')), area, addArea),
    h('span', { class: 'bulk-field' }, h('label', { for: 'bulk-subtype' }, t('bulk.subtype')), subtype, setSubtype),
    h('span', { class: 'bulk-field' }, h('label', { for: 'bulk-review' }, t('bulk.reviewBy')), review, setReview),
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
            h('option', { value: '' }, t('bulk.noSubtype')),
            ...ACTOR_SUBTYPES[kind].map((value: string) => h('option', { value }, subtypeLabel(value))),
          ]
        : [h('option', { value: '' }, kinds.length > 1 ? t('bulk.severalKinds') : '—')]),
    );
    subtype.dataset.kinds = kinds.join(' ');
  };

  const showOutcome = (outcome: BulkOutcome) => {
    const head = outcome.done > 0 ? t('bulk.done', { label: outcome.label }) : t('bulk.nothingChanged');
    // Each refusal: the actor's name (data) and the server's reason, as the API words it.
    const refusals = outcome.refused.length
      ? [
          h('p', {}, t('bulk.refusedFor', { count: outcome.refused.length })),
          h(
            'ul',
            { 'data-testid': 'bulk-refusals' },
            ...outcome.refused.map((r) =>
              h('li', {}, h('bdi', { 'data-record-text': '' }, r.name), ': ', h('span', { 'data-api-text': '' }, r.message)),
            ),
          ),
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
    result.replaceChildren(h('p', {}, t('bulk.working', { count: ids.length })));
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

  const choose = (control: HTMLSelectElement, first: string): boolean => {
    if (control.value !== '') return true;
    result.replaceChildren(h('p', {}, first));
    control.focus();
    return false;
  };
  const setLevel = () => void apply({ kind: 'sensitivity', sensitivity: sensitivity.value as Sensitivity });
  setSensitivity.addEventListener('click', () => {
    if (!choose(sensitivity, t('bulk.chooseSensitivityFirst'))) return;
    // Lowering a level publishes records to more people: it is asked again, naming how many.
    const target = SENSITIVITY_LEVELS.indexOf(sensitivity.value as Sensitivity);
    const state = store.getState();
    const lowered = state.elements.nodes.filter(
      (node) => state.bulk.has(node.data.id) && SENSITIVITY_LEVELS.indexOf(node.data.sensitivity) > target,
    ).length;
    if (lowered === 0) return setLevel();
    (lowerBox.firstChild as HTMLElement).textContent = t('bulk.lowerQuestion', {
      lowered,
      total: state.bulk.size,
      level: sensitivityLabel(sensitivity.value as Sensitivity),
    });
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
    if (!choose(area, t('bulk.chooseAreaFirst'))) return;
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
          t('bulk.subtypeRefused', { count: kinds.length, kinds: kinds.map((kind) => kindLabel(kind)).join(t('bulk.kindSeparator')) }),
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
      result.replaceChildren(h('p', {}, t('bulk.chooseDateFirst')));
      review.focus();
      return;
    }
    void apply({ kind: 'review-by', date: review.value });
  });
  remove.addEventListener('click', () => {
    const n = store.getState().bulk.size;
    (confirmBox.firstChild as HTMLElement).textContent = t('bulk.deleteQuestion', { count: n });
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
    count.textContent = state.bulk.size === 0 ? t('bulk.noneChosen') : t('bulk.chosen', { count: state.bulk.size });
    if (area.options.length !== state.areasById.size + 1) {
      area.replaceChildren(
        h('option', { value: '' }, t('bulk.choose')),
        ...[...state.areasById.values()].sort((a, b) => a.name.localeCompare(b.name)).map((a) => h('option', { value: a.id }, a.name)),
      );
    }
    offerSubtypes(state);
    for (const control of [sensitivity, setSensitivity, area, addArea, subtype, setSubtype, review, setReview, remove])
      control.disabled = busy || state.bulk.size === 0;
  };
}

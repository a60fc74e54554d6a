/**
 * The filter panel: actor kind and subtype, admin area, output, stance, do-no-harm role, tie
 * type, confidence and the date ties must be valid on. Each group is a fieldset of checkboxes
 * (nothing ticked means no filter), built once and kept in step with the state, so a link or a
 * saved view that sets filters shows them ticked.
 */
import { receivedFields } from './role.js';
import {
  ACTOR_KINDS,
  ACTOR_SUBTYPES,
  CONFIDENCE_LEVELS,
  EVIDENCE_GRADES,
  DO_NO_HARM_ROLES,
  STANCE_FILTER_VALUES,
  TIE_TYPES,
  type MapFilters,
} from '../../server/contracts/index.js';
import type { AppState } from '../state.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { formatDoNoHarm, formatStance } from './format.js';
import { confidenceLabel, gradeLabel, kindLabel, subtypeLabel, tieTypeLabel } from '../i18n/vocabulary.js';

type ListKey = 'kinds' | 'subtypes' | 'areas' | 'stances' | 'doNoHarm' | 'tieTypes' | 'confidence' | 'grades';

export function mountFilters(container: HTMLElement, change: (patch: Partial<MapFilters>) => void) {
  let shownFilters: MapFilters | null = null;
  let shownAreas: AppState['areasById'] | null = null;
  let shownOutputs: AppState['outputs'] | null = null;

  const group = (key: ListKey, legend: string, options: { value: string; label: string }[], filters: MapFilters) => {
    const selected = filters[key] as readonly string[];
    const boxes = options.map((option) => {
      const id = `filter-${key}-${option.value}`;
      const box = h('input', { type: 'checkbox', id, value: option.value, checked: selected.includes(option.value) });
      box.addEventListener('change', () => {
        const values = [...container.querySelectorAll<HTMLInputElement>(`input[data-group="${key}"]:checked`)].map((b) => b.value);
        change({ [key]: values } as Partial<MapFilters>);
      });
      box.dataset.group = key;
      return h('li', {}, box, h('label', { for: id }, option.label));
    });
    return h(
      'details',
      { class: 'filter-group', open: selected.length > 0, 'data-filter': key },
      h('summary', {}, legend, selected.length > 0 ? h('span', { class: 'filter-count' }, ` (${selected.length})`) : null),
      h('fieldset', {}, h('legend', { class: 'visually-hidden' }, legend), h('ul', {}, ...boxes)),
    );
  };

  return (state: Readonly<AppState>): void => {
    const { filters } = state.view;
    if (filters === shownFilters && state.areasById === shownAreas && state.outputs === shownOutputs) return;
    const focusedId = document.activeElement?.id;
    shownFilters = filters;
    shownAreas = state.areasById;
    shownOutputs = state.outputs;
    const kindsForSubtypes = filters.kinds.length > 0 ? filters.kinds : ACTOR_KINDS;
    const subtypes = kindsForSubtypes.flatMap((kind) => ACTOR_SUBTYPES[kind].map((value) => ({ value, label: subtypeLabel(value) })));
    const areas = [...state.areasById.values()].sort((a, b) => a.level - b.level || a.name.localeCompare(b.name));

    const output = h('select', { id: 'filter-output', 'data-testid': 'filter-output' }, h('option', { value: '' }, t('filters.anyOutput')));
    for (const o of state.outputs) output.append(h('option', { value: o.id, selected: o.id === filters.output }, o.title));
    output.addEventListener('change', () => change({ output: output.value || null }));
    const at = h('input', { type: 'date', id: 'filter-at', value: filters.at ?? '', 'data-testid': 'filter-at' });
    at.addEventListener('change', () => change({ at: at.value || null }));
    const clear = h('button', { type: 'button', class: 'link-button' }, t('filters.clearAll'));
    clear.addEventListener('click', () =>
      change({
        kinds: [],
        subtypes: [],
        areas: [],
        output: null,
        stances: [],
        doNoHarm: [],
        tieTypes: [],
        confidence: [],
        grades: [],
        at: null,
      }),
    );

    container.replaceChildren(
      h('div', { class: 'sidebar-head' }, h('h2', {}, t('filters.heading')), clear),
      group(
        'kinds',
        t('filters.kind'),
        ACTOR_KINDS.map((value) => ({ value, label: kindLabel(value) })),
        filters,
      ),
      group('subtypes', t('filters.subtype'), subtypes, filters),
      group(
        'areas',
        t('filters.area'),
        areas.map((area) => ({ value: area.id, label: area.name })),
        filters,
      ),
      h('div', { class: 'filter-field' }, h('label', { for: 'filter-output' }, t('filters.output')), output),
      // A role that receives no stance (viewer) gets null for every actor: the filter would offer
      // only "Not assessed", which is not true of them (role.ts).
      ...(receivedFields().actorStance
        ? [
            group(
              'stances',
              t('filters.stance'),
              STANCE_FILTER_VALUES.map((value) => ({
                value,
                label: value === 'none' ? t('format.notAssessed') : formatStance(Number(value)),
              })),
              filters,
            ),
          ]
        : []),
      group(
        'doNoHarm',
        t('filters.doNoHarm'),
        DO_NO_HARM_ROLES.map((value) => ({ value, label: formatDoNoHarm(value) })),
        filters,
      ),
      group(
        'tieTypes',
        t('filters.tieType'),
        TIE_TYPES.map((value) => ({ value, label: tieTypeLabel(value) })),
        filters,
      ),
      group(
        'confidence',
        t('filters.confidence'),
        CONFIDENCE_LEVELS.map((value) => ({ value, label: confidenceLabel(value) })),
        filters,
      ),
      group(
        'grades',
        t('filters.grade'),
        EVIDENCE_GRADES.map((value) => ({ value, label: gradeLabel(value) })),
        filters,
      ),
      h('div', { class: 'filter-field' }, h('label', { for: 'filter-at' }, t('filters.validOn')), at),
    );
    if (focusedId) document.getElementById(focusedId)?.focus();
  };
}

/**
 * Which admin areas the coordination grid shows. A country has 20-150 areas of level 1 and 2, and
 * a grid of all of them hides the few that matter: by default the grid shows the areas where
 * anyone works (an actor on the map is based or active there, or a role names the area); the user
 * may instead choose a level and, optionally, a parent area. The server applies the scope
 * (server/analyses/area-scope.ts): it counts gaps, overlaps and fragile cells in those areas only,
 * and states the scope in words, shown above the grid.
 */
import type { AdminArea } from '../../server/contracts/index.js';
import type { AreaScopeParams } from '../api/analysis.js';
import { h } from '../ui/dom.js';
import { field, select } from '../ui/forms/form-kit.js';
import { t } from '../i18n/i18n.js';

export interface CoordinationScope {
  mode: 'worked' | 'level';
  level: number;
  /** '' for every parent. */
  parentId: string;
}

export const DEFAULT_SCOPE: CoordinationScope = { mode: 'worked', level: 1, parentId: '' };

/** The scope as the coordination analysis's query fields (the server counts only the areas in scope). */
export function scopeQuery(scope: CoordinationScope): AreaScopeParams {
  if (scope.mode !== 'level') return { scope: scope.mode };
  return { scope: 'level', level: scope.level, ...(scope.parentId ? { parent: scope.parentId } : {}) };
}

/** The scope controls; `onChange` gets the new scope. */
export function scopeControls(
  scope: CoordinationScope,
  allAreas: readonly AdminArea[],
  onChange: (next: CoordinationScope) => void,
): HTMLElement {
  const levels = [...new Set(allAreas.map((area) => area.level))].sort();
  const mode = field(
    'scope-mode',
    t('analysis-coordination.areasShown'),
    select([
      { value: 'worked', label: t('analysis-coordination.scopeWorked') },
      { value: 'level', label: t('analysis-coordination.scopeLevel') },
    ]),
  );
  const level = field(
    'scope-level',
    t('analysis-coordination.level'),
    select(levels.map((value) => ({ value: String(value), label: t('analysis-coordination.levelN', { level: value }) }))),
  );
  const parentChoices = () => [
    { value: '', label: t('analysis-coordination.anyParent') },
    ...allAreas
      .filter((area) => area.level === Number(level.control.value) - 1)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((area) => ({ value: area.id, label: area.name })),
  ];
  mode.control.value = scope.mode;
  level.control.value = String(scope.level);
  // Parents are the areas one level up from the chosen level, so they are listed after it is set.
  const parent = field('scope-parent', t('analysis-coordination.parentArea'), select(parentChoices()));
  parent.control.value = scope.parentId;
  const sync = () => {
    level.wrapper.hidden = mode.control.value !== 'level';
    parent.wrapper.hidden = mode.control.value !== 'level';
  };
  sync();
  const emit = () => {
    sync();
    onChange({ mode: mode.control.value as CoordinationScope['mode'], level: Number(level.control.value), parentId: parent.control.value });
  };
  mode.control.addEventListener('change', emit);
  level.control.addEventListener('change', () => {
    parent.control.replaceChildren(...parentChoices().map((choice) => h('option', { value: choice.value }, choice.label)));
    emit();
  });
  parent.control.addEventListener('change', emit);
  return h('div', { class: 'an-scope', 'data-testid': 'coordination-scope' }, mode.wrapper, level.wrapper, parent.wrapper);
}

/**
 * The legend: the actor kinds and tie types actually shown (after filters), in vocabulary order.
 * It is derived from the same `visibleElements` the map draws each time they change, so it cannot
 * list something absent or miss something shown.
 */
import { ACTOR_KINDS, TIE_TYPES, type GraphEdgeData, type GraphNodeData, type TieType } from '../../server/contracts/index.js';
import { displayOf } from '../graph/display.js';
import type { AppState } from '../state.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { gradeSwatch, gradesDrawn } from '../evidence/grade-visuals.js';
import { kindSwatch, tieSwatch } from './swatches.js';
import { kindLabel, tieTypeLabel } from '../i18n/vocabulary.js';

/** What the legend must show for a set of elements. */
export function legendEntries(nodes: readonly GraphNodeData[], edges: readonly GraphEdgeData[]) {
  const kindsDrawn = new Set(nodes.map((node) => node.kind));
  const directedByType = new Map<TieType, boolean>();
  for (const data of edges) directedByType.set(data.type, (directedByType.get(data.type) ?? false) || data.directed);
  return {
    kinds: ACTOR_KINDS.filter((kind) => kindsDrawn.has(kind)),
    ties: TIE_TYPES.filter((type) => directedByType.has(type)).map((type) => ({ type, directed: directedByType.get(type) === true })),
  };
}

/** Mount the legend into `container` and keep it in step with the state. */
export function mountLegend(container: HTMLElement): (state: Readonly<AppState>) => void {
  let shown: unknown = null;
  return (state) => {
    const { visible } = displayOf(state);
    if (visible === shown) return;
    shown = visible;
    const { kinds, ties } = legendEntries(visible.nodes, visible.edges);
    const grades = gradesDrawn(visible.edges);
    container.hidden = kinds.length === 0;
    container.replaceChildren(
      h('h2', {}, t('filters.legend')),
      h('h3', {}, t('filters.legendActors')),
      h(
        'ul',
        { class: 'legend-list' },
        ...kinds.map((kind) => h('li', { 'data-kind': kind }, kindSwatch(kind), h('span', {}, kindLabel(kind)))),
      ),
      h('h3', { hidden: ties.length === 0 }, t('filters.legendTies')),
      h(
        'ul',
        { class: 'legend-list' },
        ...ties.map(({ type, directed }) =>
          h('li', { 'data-tie-type': type }, tieSwatch(type, directed), h('span', {}, tieTypeLabel(type))),
        ),
      ),
      // Evidence grades draw the line; the tie type keeps its colour (issue #15).
      h('h3', { hidden: grades.length === 0 }, t('filters.legendEvidence')),
      h(
        'ul',
        { class: 'legend-list', 'data-testid': 'legend-evidence' },
        ...grades.map(({ grade, label }) => h('li', { 'data-grade': grade }, gradeSwatch(grade), h('span', {}, label))),
      ),
      h('p', { class: 'legend-note' }, t('filters.legendNote')),
    );
  };
}

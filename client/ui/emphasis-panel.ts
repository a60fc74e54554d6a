/**
 * What the map is emphasising, in words: the focused actor and depth, or the path between two
 * actors with every tie along the shortest paths listed (the map's highlight, readable by
 * screen-reader users and copyable into a note).
 */
import { displayOf } from '../graph/display.js';
import type { AppState } from '../state.js';
import { h } from './dom.js';
import { tieTypeLabel } from '../i18n/vocabulary.js';
import { t, tParts } from '../i18n/i18n.js';

export function mountEmphasisPanel(container: HTMLElement, actions: { clear(): void; select(id: string): void }) {
  let shown: unknown[] = [];
  return (state: Readonly<AppState>): void => {
    const display = displayOf(state);
    const key = [state.view.focus, state.view.path, display];
    if (key.every((part, i) => part === shown[i])) return;
    shown = key;
    const { focus, path } = state.view;
    const labels = new Map(state.elements.nodes.map((node) => [node.data.id, node.data.label]));
    const edges = new Map(state.elements.edges.map((edge) => [edge.data.id, edge.data]));
    const name = (id: string) => h('bdi', {}, labels.get(id) ?? id);
    const clear = h('button', { type: 'button', class: 'link-button' }, focus ? t('views.clearFocus') : t('views.clearPath'));
    clear.addEventListener('click', actions.clear);
    container.hidden = !focus && !path;
    if (focus) {
      const count = display.emphasis?.nodes.size ?? 0;
      container.replaceChildren(
        h('div', { class: 'sidebar-head' }, h('h2', {}, t('views.focus')), clear),
        h(
          'p',
          { 'data-testid': 'focus-summary' },
          ...tParts('views.focusSummary', { name: name(focus.actorId), count: count - 1, depth: focus.depth }),
        ),
      );
    } else if (path) {
      const result = display.path;
      const list = h('ol', { class: 'path-list', 'data-testid': 'path-ties' });
      (result?.paths ?? []).forEach((tieIds, index) => {
        let at = path.from;
        const steps = tieIds.map((tieId) => {
          const edge = edges.get(tieId)!;
          const next = edge.source === at ? edge.target : edge.source;
          const item = h('li', { 'data-tie-id': tieId }, name(at), ` — ${tieTypeLabel(edge.type).toLowerCase()} — `, name(next));
          at = next;
          return item;
        });
        list.append(h('li', {}, h('span', { class: 'path-title' }, t('views.pathNumber', { number: index + 1 })), h('ol', {}, ...steps)));
      });
      container.replaceChildren(
        h('div', { class: 'sidebar-head' }, h('h2', {}, t('views.path')), clear),
        h(
          'p',
          { 'data-testid': 'path-summary' },
          ...(result?.length == null
            ? tParts('views.pathSummaryNone', { from: name(path.from), to: name(path.to) })
            : tParts('views.pathSummary', { from: name(path.from), to: name(path.to), paths: result.paths.length, length: result.length })),
        ),
        list,
      );
    }
  };
}

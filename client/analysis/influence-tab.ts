/**
 * Influence tab: who holds the network together. A sortable table of every actor's centralities
 * (top 20 by betweenness unless "show all"), a text filter, and two map restylings (size by a
 * metric, colour by Louvain community) that a "Reset map style" button undoes.
 */
import type { Core } from 'cytoscape';
import { type ActorInfluence, type ActorKind, type InfluenceResult } from '../../server/contracts/index.js';
import { fetchInfluence } from '../api/analysis.js';
import { h } from '../ui/dom.js';
import {
  createLoader,
  formatInt,
  formatMetric,
  graphFilterFields,
  sortableTable,
  type AnalysisColumn,
  type AnalysisContext,
} from './kit.js';
import { SIZE_METRICS, colourMapByCommunity, communityColour, resetMapStyle, sizeMapBy, type SizeMetric } from './map-style.js';
import { kindLabel } from '../i18n/vocabulary.js';

const TOP = 20;
const KIND_SHORT: Record<ActorKind, string> = {
  civil_society: 'CSO',
  mission_component: 'Mission',
  un_entity: 'UN',
  government: 'Gov.',
  conflict_party: 'Party',
  donor: 'Donor',
  international_org: 'Intl org',
};

const COLUMNS: AnalysisColumn<ActorInfluence>[] = [
  { key: 'name', label: 'Actor', cell: (a) => a.name, sort: (a) => a.name },
  { key: 'kind', label: 'Kind', cell: (a) => h('abbr', { title: kindLabel(a.kind) }, KIND_SHORT[a.kind]), sort: (a) => a.kind },
  {
    key: 'degree',
    label: 'Deg.',
    title: 'Degree: ties touching the actor',
    cell: (a) => formatInt(a.degree),
    sort: (a) => a.degree,
    numeric: true,
  },
  {
    key: 'betweenness',
    label: 'Betw.',
    title: 'Betweenness: share of shortest paths through the actor',
    cell: (a) => formatMetric(a.betweenness),
    sort: (a) => a.betweenness,
    numeric: true,
  },
  {
    key: 'closeness',
    label: 'Clos.',
    title: 'Closeness to all other actors',
    cell: (a) => formatMetric(a.closeness),
    sort: (a) => a.closeness,
    numeric: true,
  },
  {
    key: 'eigenvector',
    label: 'Eigen.',
    title: 'Eigenvector: tied to well-tied actors',
    cell: (a) => formatMetric(a.eigenvector),
    sort: (a) => a.eigenvector,
    numeric: true,
  },
  {
    key: 'pageRank',
    label: 'PageRank',
    title: 'PageRank (sums to 1 over all actors)',
    cell: (a) => formatMetric(a.pageRank, 4),
    sort: (a) => a.pageRank,
    numeric: true,
  },
  {
    key: 'reach',
    label: 'Reach',
    title: 'Other actors within 2 steps',
    cell: (a) => formatInt(a.reach),
    sort: (a) => a.reach,
    numeric: true,
  },
  {
    key: 'community',
    label: 'Comm.',
    title: 'Louvain community',
    cell: (a) =>
      h(
        'span',
        { class: 'an-community' },
        h('span', { class: 'an-swatch', style: `background:${communityColour(a.community)}` }),
        String(a.community + 1),
      ),
    sort: (a) => a.community,
    numeric: true,
  },
];

export function mountInfluenceTab(container: HTMLElement, cy: Core, context: AnalysisContext): () => void {
  const filters = graphFilterFields('an-influence');
  const directed = h('input', { type: 'checkbox', id: 'an-influence-directed' });
  const run = h('button', { type: 'button', class: 'primary' }, 'Run');
  const sizeBy = h(
    'select',
    { id: 'an-size-by', 'data-testid': 'analysis-size-by' },
    ...Object.entries(SIZE_METRICS).map(([value, label]) => h('option', { value }, label)),
  );
  const colour = h('input', { type: 'checkbox', id: 'an-colour-community', 'data-testid': 'analysis-colour-community' });
  const reset = h('button', { type: 'button', 'data-testid': 'analysis-reset-style' }, 'Reset map style');
  const filterBox = h('input', {
    type: 'search',
    id: 'an-influence-filter',
    placeholder: 'Name contains…',
    'data-testid': 'analysis-influence-filter',
  });
  const showAll = h('input', { type: 'checkbox', id: 'an-influence-all' });
  const summary = h('p', { class: 'an-note', 'aria-live': 'polite', 'data-testid': 'analysis-influence-summary' });
  const tableArea = h('div');
  const legend = h('div', { class: 'an-legend', hidden: true });
  const results = h('div', {}, summary, tableArea, legend);
  const load = createLoader(results);
  let result: InfluenceResult | null = null;

  const drawTable = () => {
    if (!result) return;
    const text = filterBox.value.trim().toLocaleLowerCase();
    const matching = result.actors.filter((a) => !text || a.name.toLocaleLowerCase().includes(text));
    const rows = showAll.checked || text ? matching : matching.slice(0, TOP);
    summary.textContent = `${formatInt(rows.length)} of ${formatInt(result.actorCount)} actors (${formatInt(result.tieCount)} ties${result.directed ? ', directed' : ''}${result.date ? `, valid on ${result.date}` : ''}); ${result.communities.length} communities, modularity ${result.modularity.toFixed(2)}.${result.eigenvectorConverged ? '' : ' Eigenvector did not converge.'}`;
    tableArea.replaceChildren(
      sortableTable(
        {
          caption: 'Influence of each actor',
          testId: 'analysis-influence-table',
          columns: COLUMNS,
          rowId: (a) => a.id,
          rowLabel: (a) => a.name,
          onSelect: (a) => context.selectActor(a.id),
          sortKey: 'betweenness',
          descending: true,
        },
        rows,
      ),
    );
  };

  const restyle = () => {
    if (!result) return;
    sizeMapBy(cy, result.actors, sizeBy.value as SizeMetric);
    colourMapByCommunity(cy, result.actors, colour.checked);
    legend.hidden = !colour.checked;
    legend.replaceChildren(
      h('h3', {}, 'Communities on the map'),
      h(
        'ul',
        {},
        ...result.communities.map((c) =>
          h(
            'li',
            {},
            h('span', { class: 'an-swatch', style: `background:${communityColour(c.community)}` }),
            `Community ${c.community + 1}: ${formatInt(c.size)} actors`,
          ),
        ),
      ),
    );
  };

  const refresh = () =>
    load(
      (signal) => fetchInfluence({ ...filters.values(), directed: directed.checked }, signal),
      (data) => {
        result = data;
        drawTable();
        restyle();
        return [summary, tableArea, legend];
      },
    );

  run.addEventListener('click', () => void refresh());
  sizeBy.addEventListener('change', restyle);
  colour.addEventListener('change', restyle);
  reset.addEventListener('click', () => {
    sizeBy.value = 'influence';
    colour.checked = false;
    legend.hidden = true;
    resetMapStyle(cy);
  });
  filterBox.addEventListener('input', drawTable);
  showAll.addEventListener('change', drawTable);

  container.append(
    h(
      'p',
      { class: 'an-intro' },
      'Centrality of each actor on the ties you can see. Betweenness finds brokers; PageRank and eigenvector find actors tied to other well-tied actors.',
    ),
    h('div', { class: 'an-params' }, filters.element, h('label', { for: directed.id, class: 'an-check' }, directed, ' Directed'), run),
    h(
      'div',
      { class: 'an-params' },
      h('label', { for: sizeBy.id }, 'Size the map by'),
      sizeBy,
      h('label', { for: colour.id, class: 'an-check' }, colour, ' Colour the map by community'),
      reset,
    ),
    h(
      'div',
      { class: 'an-params' },
      h('label', { for: filterBox.id }, 'Filter'),
      filterBox,
      h('label', { for: showAll.id, class: 'an-check' }, showAll, ` Show all (default: top ${TOP})`),
    ),
    results,
  );
  return () => void refresh();
}

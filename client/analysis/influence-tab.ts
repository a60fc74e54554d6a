/**
 * Influence tab: who holds the network together. A sortable table of every actor's centralities
 * (top 20 by betweenness unless "show all"), a text filter, and two map restylings (size by a
 * metric, colour by Louvain community) that a "Reset map style" button undoes. "Compare on
 * corroborated ties" adds each actor's rank on the corroborated ties alone and marks the ranks
 * that fall with it: influence that rests on one source, disputed or unsourced ties (issue #15).
 */
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
  type NetworkMap,
} from './kit.js';
import { SIZE_METRICS, colourMapByCommunity, communityColour, resetMapStyle, sizeMapBy, type SizeMetric } from './map-style.js';
import { kindLabel } from '../i18n/vocabulary.js';
import { formatNumber, t, type MessageKey } from '../i18n/i18n.js';

const TOP = 20;
/** A rank that falls this many places on corroborated ties alone is marked as resting on weaker evidence. */
const RANK_FALL = 5;

const rankFall = (a: ActorInfluence): number =>
  a.evidenceComparison ? a.evidenceComparison.rankCorroborated - a.evidenceComparison.rank : 0;

/** The comparison's columns (issue #15): shown when the result carries it. */
const comparisonColumns = (): AnalysisColumn<ActorInfluence>[] => [
  {
    key: 'rank',
    label: t('analysis.colRank'),
    title: t('analysis.colRankTitle'),
    cell: (a) => formatInt(a.evidenceComparison?.rank ?? 0),
    sort: (a) => a.evidenceComparison?.rank ?? 0,
    numeric: true,
  },
  {
    key: 'rankCorroborated',
    label: t('analysis.colRankCorroborated'),
    title: t('analysis.colRankCorroboratedTitle'),
    cell: (a) => {
      const fall = rankFall(a);
      const rank = formatInt(a.evidenceComparison?.rankCorroborated ?? 0);
      if (fall < RANK_FALL) return rank;
      return h(
        'span',
        { class: 'an-rank-fall', 'data-testid': 'analysis-rank-fall' },
        rank,
        h('span', { class: 'an-rank-fall-mark' }, ` ${t('analysis.rankFall', { places: fall })}`),
      );
    },
    sort: (a) => a.evidenceComparison?.rankCorroborated ?? 0,
    numeric: true,
  },
  {
    key: 'uncorroboratedTies',
    label: t('analysis.colUncorroborated'),
    title: t('analysis.colUncorroboratedTitle'),
    cell: (a) => formatInt(a.evidenceComparison?.uncorroboratedTies ?? 0),
    sort: (a) => a.evidenceComparison?.uncorroboratedTies ?? 0,
    numeric: true,
  },
];
/** A kind's short name for the narrow column (the full name is its tooltip). */
const kindShort = (kind: ActorKind): string => t(`analysis.kindShort_${kind}` as MessageKey);

/** The table's columns, worded when the tab is built (after the page's language is chosen). */
const columns = (): AnalysisColumn<ActorInfluence>[] => [
  { key: 'name', label: t('analysis.colActor'), cell: (a) => a.name, sort: (a) => a.name },
  {
    key: 'kind',
    label: t('analysis.colKind'),
    cell: (a) => h('abbr', { title: kindLabel(a.kind) }, kindShort(a.kind)),
    sort: (a) => a.kind,
  },
  {
    key: 'degree',
    label: t('analysis.colDegree'),
    title: t('analysis.colDegreeTitle'),
    cell: (a) => formatInt(a.degree),
    sort: (a) => a.degree,
    numeric: true,
  },
  {
    key: 'betweenness',
    label: t('analysis.colBetweenness'),
    title: t('analysis.colBetweennessTitle'),
    cell: (a) => formatMetric(a.betweenness),
    sort: (a) => a.betweenness,
    numeric: true,
  },
  {
    key: 'closeness',
    label: t('analysis.colCloseness'),
    title: t('analysis.colClosenessTitle'),
    cell: (a) => formatMetric(a.closeness),
    sort: (a) => a.closeness,
    numeric: true,
  },
  {
    key: 'eigenvector',
    label: t('analysis.colEigenvector'),
    title: t('analysis.colEigenvectorTitle'),
    cell: (a) => formatMetric(a.eigenvector),
    sort: (a) => a.eigenvector,
    numeric: true,
  },
  {
    key: 'pageRank',
    label: t('analysis.colPageRank'),
    title: t('analysis.colPageRankTitle'),
    cell: (a) => formatMetric(a.pageRank, 4),
    sort: (a) => a.pageRank,
    numeric: true,
  },
  {
    key: 'reach',
    label: t('analysis.colReach'),
    title: t('analysis.colReachTitle'),
    cell: (a) => formatInt(a.reach),
    sort: (a) => a.reach,
    numeric: true,
  },
  {
    key: 'community',
    label: t('analysis.colCommunity'),
    title: t('analysis.colCommunityTitle'),
    cell: (a) =>
      h(
        'span',
        { class: 'an-community' },
        h('span', { class: 'an-swatch', style: `background:${communityColour(a.community)}` }),
        formatInt(a.community + 1),
      ),
    sort: (a) => a.community,
    numeric: true,
  },
];

export function mountInfluenceTab(container: HTMLElement, network: NetworkMap, context: AnalysisContext): () => void {
  const filters = graphFilterFields('an-influence');
  const directed = h('input', { type: 'checkbox', id: 'an-influence-directed' });
  const compare = h('input', { type: 'checkbox', id: 'an-influence-compare', 'data-testid': 'analysis-compare-evidence' });
  const comparisonNote = h('p', { class: 'an-note', 'data-testid': 'analysis-evidence-comparison', hidden: true });
  const run = h('button', { type: 'button', class: 'primary' }, t('analysis.run'));
  const COLUMNS = columns();
  const COMPARISON_COLUMNS = comparisonColumns();
  const sizeBy = h(
    'select',
    { id: 'an-size-by', 'data-testid': 'analysis-size-by' },
    ...Object.entries(SIZE_METRICS).map(([value, key]) => h('option', { value }, t(key))),
  );
  const colour = h('input', { type: 'checkbox', id: 'an-colour-community', 'data-testid': 'analysis-colour-community' });
  const reset = h('button', { type: 'button', 'data-testid': 'analysis-reset-style' }, t('analysis.resetStyle'));
  const filterBox = h('input', {
    type: 'search',
    id: 'an-influence-filter',
    placeholder: t('analysis.nameContains'),
    'data-testid': 'analysis-influence-filter',
  });
  const showAll = h('input', { type: 'checkbox', id: 'an-influence-all' });
  const summary = h('p', { class: 'an-note', 'aria-live': 'polite', 'data-testid': 'analysis-influence-summary' });
  const tableArea = h('div');
  const legend = h('div', { class: 'an-legend', hidden: true });
  const results = h('div', {}, summary, comparisonNote, tableArea, legend);
  const load = createLoader(results);
  let result: InfluenceResult | null = null;

  const drawTable = () => {
    if (!result) return;
    const text = filterBox.value.trim().toLocaleLowerCase();
    const matching = result.actors.filter((a) => !text || a.name.toLocaleLowerCase().includes(text));
    const rows = showAll.checked || text ? matching : matching.slice(0, TOP);
    summary.textContent = t('analysis.influenceSummary', {
      shown: rows.length,
      actors: result.actorCount,
      ties: result.tieCount,
      directed: String(result.directed),
      date: result.date ?? 'none',
      communities: result.communities.length,
      modularity: formatNumber(result.modularity, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      converged: String(result.eigenvectorConverged),
    });
    const compared = result.corroboratedTieCount !== undefined;
    comparisonNote.hidden = !compared;
    if (compared) {
      const top = result.actors.slice(0, TOP);
      comparisonNote.textContent = t('analysis.evidenceComparison', {
        corroborated: result.corroboratedTieCount ?? 0,
        ties: result.tieCount,
        falling: top.filter((a) => rankFall(a) >= RANK_FALL).length,
        top: top.length,
        places: RANK_FALL,
      });
    }
    tableArea.replaceChildren(
      sortableTable(
        {
          caption: t('analysis.influenceCaption'),
          testId: 'analysis-influence-table',
          columns: compared ? [...COLUMNS.slice(0, 2), ...COMPARISON_COLUMNS, ...COLUMNS.slice(2)] : COLUMNS,
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
    const { actors } = result;
    const metric = sizeBy.value as SizeMetric;
    const byCommunity = colour.checked;
    void network().then((cy) => {
      sizeMapBy(cy, actors, metric);
      colourMapByCommunity(cy, actors, byCommunity);
    });
    legend.hidden = !colour.checked;
    legend.replaceChildren(
      h('h3', {}, t('analysis.communitiesTitle')),
      h(
        'ul',
        {},
        ...result.communities.map((c) =>
          h(
            'li',
            {},
            h('span', { class: 'an-swatch', style: `background:${communityColour(c.community)}` }),
            t('analysis.communityItem', { community: c.community + 1, size: c.size }),
          ),
        ),
      ),
    );
  };

  const refresh = () =>
    load(
      (signal) =>
        fetchInfluence({ ...filters.values(), directed: directed.checked, ...(compare.checked ? { compareEvidence: true } : {}) }, signal),
      (data) => {
        result = data;
        drawTable();
        restyle();
        return [summary, comparisonNote, tableArea, legend];
      },
    );

  run.addEventListener('click', () => void refresh());
  sizeBy.addEventListener('change', restyle);
  colour.addEventListener('change', restyle);
  reset.addEventListener('click', () => {
    sizeBy.value = 'influence';
    colour.checked = false;
    legend.hidden = true;
    void network().then(resetMapStyle);
  });
  filterBox.addEventListener('input', drawTable);
  showAll.addEventListener('change', drawTable);

  container.append(
    h('p', { class: 'an-intro' }, t('analysis.influenceIntro')),
    h(
      'div',
      { class: 'an-params' },
      filters.element,
      h('label', { for: directed.id, class: 'an-check' }, directed, ` ${t('analysis.directed')}`),
      h(
        'label',
        { for: compare.id, class: 'an-check', title: t('analysis.compareEvidenceTitle') },
        compare,
        ` ${t('analysis.compareEvidence')}`,
      ),
      run,
    ),
    h(
      'div',
      { class: 'an-params' },
      h('label', { for: sizeBy.id }, t('analysis.sizeBy')),
      sizeBy,
      h('label', { for: colour.id, class: 'an-check' }, colour, ` ${t('analysis.colourByCommunity')}`),
      reset,
    ),
    h(
      'div',
      { class: 'an-params' },
      h('label', { for: filterBox.id }, t('analysis.filter')),
      filterBox,
      h('label', { for: showAll.id, class: 'an-check' }, showAll, ` ${t('analysis.showAll', { top: TOP })}`),
    ),
    results,
  );
  return () => void refresh();
}

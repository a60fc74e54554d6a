/**
 * Ties to conflict parties: for each civil society organization, the party it leans toward, how
 * strongly and on what evidence. Choosing a row selects the actor on the map and lists its paths
 * to every party within 3 steps, with the tie types of each step.
 */
import type { ActorConflictTies, ConflictTiesResult } from '../../server/contracts/index.js';
import { LEAN_STRENGTHS } from '../../server/contracts/index.js';
import { fetchConflictTies } from '../api/analysis.js';
import { h } from '../ui/dom.js';
import { createLoader, formatMetric, graphFilterFields, section, sortableTable, type AnalysisColumn, type AnalysisContext } from './kit.js';
import { leanText, partyLinkItem } from './party-links.js';

const STRENGTH_ORDER = (row: ActorConflictTies) => (row.lean ? LEAN_STRENGTHS.length - LEAN_STRENGTHS.indexOf(row.lean.strength) : 0);
const nearest = (row: ActorConflictTies) => (row.parties.length ? Math.min(...row.parties.map((p) => p.distance)) : 99);

const COLUMNS: AnalysisColumn<ActorConflictTies>[] = [
  { key: 'name', label: 'Organization', cell: (r) => r.actor.name, sort: (r) => r.actor.name },
  {
    key: 'lean',
    label: 'Leans toward',
    cell: (r) => (r.lean ? h('bdi', {}, r.lean.partyName) : '—'),
    sort: (r) => r.lean?.partyName ?? '~',
  },
  {
    key: 'strength',
    label: 'Strength',
    cell: (r) =>
      r.lean
        ? h('span', { class: `an-lean an-lean-${r.lean.strength}` }, r.lean.strength + (r.lean.contested ? ' (contested)' : ''))
        : 'none',
    sort: STRENGTH_ORDER,
    numeric: true,
  },
  {
    key: 'score',
    label: 'Score',
    title: 'Signed closeness of the best path (−1 to 1)',
    cell: (r) => (r.lean ? formatMetric(r.lean.score, 2) : '—'),
    sort: (r) => r.lean?.score ?? -9,
    numeric: true,
  },
  { key: 'confidence', label: 'Confidence', cell: (r) => r.lean?.confidence ?? '—', sort: (r) => r.lean?.confidence ?? '~' },
  {
    key: 'parties',
    label: 'Parties',
    title: 'Parties within 3 steps',
    cell: (r) => String(r.parties.length),
    sort: (r) => r.parties.length,
    numeric: true,
  },
  {
    key: 'nearest',
    label: 'Nearest',
    title: 'Steps to the nearest party',
    cell: (r) => (r.parties.length ? String(nearest(r)) : '—'),
    sort: nearest,
    numeric: true,
  },
];

export function mountConflictTab(container: HTMLElement, context: AnalysisContext): () => void {
  const filters = graphFilterFields('an-conflict');
  const run = h('button', { type: 'button', class: 'primary' }, 'Run');
  const onlyLinked = h('input', { type: 'checkbox', id: 'an-conflict-linked', checked: true });
  const results = h('div');
  const detail = h('div', { class: 'an-detail', 'data-testid': 'analysis-conflict-detail', 'aria-live': 'polite' });
  const load = createLoader(results);
  let result: ConflictTiesResult | null = null;

  const showDetail = (row: ActorConflictTies) => {
    context.selectActor(row.actor.id);
    detail.replaceChildren(
      section(
        row.actor.name,
        'analysis-conflict-paths',
        h('p', {}, leanText(row.lean)),
        row.lean ? h('p', { class: 'an-note' }, row.lean.evidence) : null,
        row.parties.length
          ? h('ul', { class: 'an-links' }, ...row.parties.map(partyLinkItem))
          : h('p', { class: 'an-note' }, 'No conflict party within 3 steps.'),
      ),
    );
  };

  const draw = () => {
    if (!result) return [];
    const rows = onlyLinked.checked ? result.actors.filter((r) => r.parties.length > 0) : result.actors;
    return [
      h(
        'p',
        { class: 'an-note' },
        `${rows.length} organizations shown; conflict parties: ${result.conflictParties.map((p) => p.name).join(', ') || 'none visible'}.`,
      ),
      sortableTable(
        {
          caption: 'Lean of each organization toward conflict parties',
          testId: 'analysis-conflict-table',
          columns: COLUMNS,
          rowId: (r) => r.actor.id,
          rowLabel: (r) => r.actor.name,
          onSelect: showDetail,
          sortKey: 'strength',
          descending: true,
        },
        rows,
      ),
      detail,
    ];
  };

  const refresh = () =>
    load(
      (signal) => fetchConflictTies(filters.values(), signal),
      (data) => {
        result = data;
        detail.replaceChildren();
        return draw();
      },
    );
  run.addEventListener('click', () => void refresh());
  onlyLinked.addEventListener('change', () => results.replaceChildren(...draw()));

  container.append(
    h(
      'p',
      { class: 'an-intro' },
      'Which civil society organizations lean toward a party to the conflict, within 3 steps. Choose an organization to select it on the map and see its paths.',
    ),
    h(
      'div',
      { class: 'an-params' },
      filters.element,
      h('label', { for: onlyLinked.id, class: 'an-check' }, onlyLinked, ' Only organizations linked to a party'),
      run,
    ),
    results,
  );
  return () => void refresh();
}

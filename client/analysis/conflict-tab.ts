/**
 * Ties to conflict parties: for each civil society organization, the party it leans toward, how
 * strongly and on what evidence. Choosing a row selects the actor on the map and lists its paths
 * to every party within 3 steps, with the tie types of each step.
 */
import type { ActorConflictTies, ConflictTiesResult } from '../../server/contracts/index.js';
import { LEAN_STRENGTHS } from '../../server/contracts/index.js';
import { fetchConflictTies } from '../api/analysis.js';
import { h } from '../ui/dom.js';
import {
  createLoader,
  formatInt,
  formatMetric,
  graphFilterFields,
  section,
  sortableTable,
  type AnalysisColumn,
  type AnalysisContext,
} from './kit.js';
import { confidenceWord, leanText, listOf, partyLinkItem, strengthWord } from './party-links.js';
import { t } from '../i18n/i18n.js';
import { analysisSentence } from '../i18n/api-messages.js';

const STRENGTH_ORDER = (row: ActorConflictTies) => (row.lean ? LEAN_STRENGTHS.length - LEAN_STRENGTHS.indexOf(row.lean.strength) : 0);
const nearest = (row: ActorConflictTies) => (row.parties.length ? Math.min(...row.parties.map((p) => p.distance)) : 99);

/** The table's columns, worded when the tab is built (after the page's language is chosen). */
const columns = (): AnalysisColumn<ActorConflictTies>[] => [
  { key: 'name', label: t('analysis.colOrganization'), cell: (r) => r.actor.name, sort: (r) => r.actor.name },
  {
    key: 'lean',
    label: t('analysis.colLeansToward'),
    cell: (r) => (r.lean ? h('bdi', {}, r.lean.partyName) : '—'),
    sort: (r) => r.lean?.partyName ?? '~',
  },
  {
    key: 'strength',
    label: t('analysis.colStrength'),
    cell: (r) =>
      r.lean
        ? h(
            'span',
            { class: `an-lean an-lean-${r.lean.strength}` },
            r.lean.contested ? t('analysis.strengthContested', { strength: strengthWord(r.lean.strength) }) : strengthWord(r.lean.strength),
          )
        : t('analysis.strengthNone'),
    sort: STRENGTH_ORDER,
    numeric: true,
  },
  {
    key: 'score',
    label: t('analysis.colScore'),
    title: t('analysis.colScoreTitle'),
    cell: (r) => (r.lean ? formatMetric(r.lean.score, 2) : '—'),
    sort: (r) => r.lean?.score ?? -9,
    numeric: true,
  },
  {
    key: 'confidence',
    label: t('analysis.colConfidence'),
    cell: (r) => (r.lean ? confidenceWord(r.lean.confidence) : '—'),
    sort: (r) => r.lean?.confidence ?? '~',
  },
  {
    key: 'parties',
    label: t('analysis.colParties'),
    title: t('analysis.colPartiesTitle'),
    cell: (r) => formatInt(r.parties.length),
    sort: (r) => r.parties.length,
    numeric: true,
  },
  {
    key: 'nearest',
    label: t('analysis.colNearest'),
    title: t('analysis.colNearestTitle'),
    cell: (r) => (r.parties.length ? formatInt(nearest(r)) : '—'),
    sort: nearest,
    numeric: true,
  },
];

export function mountConflictTab(container: HTMLElement, context: AnalysisContext): () => void {
  const filters = graphFilterFields('an-conflict');
  const run = h('button', { type: 'button', class: 'primary' }, t('analysis.run'));
  const COLUMNS = columns();
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
        row.lean
          ? h(
              'p',
              { class: 'an-note', 'data-testid': 'analysis-lean-evidence' },
              ...analysisSentence(row.lean.evidence, row.lean.evidenceMessage),
            )
          : null,
        row.parties.length
          ? h('ul', { class: 'an-links' }, ...row.parties.map(partyLinkItem))
          : h('p', { class: 'an-note' }, t('analysis.noPartyNear')),
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
        t('analysis.conflictSummary', {
          count: rows.length,
          any: String(result.conflictParties.length > 0),
          parties: listOf(result.conflictParties.map((p) => p.name)),
        }),
      ),
      sortableTable(
        {
          caption: t('analysis.conflictCaption'),
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
    h('p', { class: 'an-intro' }, t('analysis.conflictIntro')),
    h(
      'div',
      { class: 'an-params' },
      filters.element,
      h('label', { for: onlyLinked.id, class: 'an-check' }, onlyLinked, ` ${t('analysis.onlyLinked')}`),
      run,
    ),
    results,
  );
  return () => void refresh();
}

/**
 * The actors of an import as the report lists them: each row matched to an actor of the map
 * (and why: its name, acronym, an alias, an external id) or created. A person corrects any of
 * them before writing: "same as" another actor of the map (chosen by name from the map the page
 * holds), or "a new actor". The corrections travel with the next check or import as
 * `mapping.matches`, keyed by the row's key.
 */
import type { ActorMatch, ImportReport } from '../../server/contracts/index.js';
import { t, tParts, type MessageKey } from '../i18n/i18n.js';
import { getState } from '../state.js';
import { h } from '../ui/dom.js';

const byLabel = (by: NonNullable<ActorMatch['by']>) => t(`transfer.by_${by}` as MessageKey);

/** A match a person should look at: found by an acronym, another name or a variant, or with a note (other candidates). */
const isUncertain = (match: ActorMatch) =>
  match.status === 'matched' && (match.note !== null || match.by === 'acronym' || match.by === 'alias' || match.by === 'variants');

const FILTERS = ['all', 'created', 'uncertain'] as const;

export interface MatchReview {
  element: HTMLElement;
  /** The person's corrections: row key -> existing actor id or "new"; unknown names are listed in `unknown`. */
  corrections(): { matches: Record<string, string>; unknown: string[] };
}

/** The review of `report.matches`, with the corrections already made (`previous`) filled in. */
export function renderMatchReview(report: ImportReport, previous: Record<string, string> = {}): MatchReview | null {
  if (report.matches.length === 0) return null;
  // What the person types for "a new actor", in the page's language (the API is told `new`).
  const NEW = t('transfer.newActorChoice');
  const actors = getState().elements.nodes.map((node) => node.data);
  const idByLabel = new Map(actors.map((actor) => [actor.label, actor.id]));
  const labelById = new Map(actors.map((actor) => [actor.id, actor.label]));
  const list = h(
    'datalist',
    { id: 'import-actor-names' },
    h('option', { value: NEW }),
    ...[...idByLabel.keys()].sort().map((label) => h('option', { value: label })),
  );
  const inputs = new Map<string, HTMLInputElement>();
  const created = report.matches.filter((match) => match.status === 'created').length;
  const rows = report.matches.map((match, index) => {
    const id = `import-same-as-${index}`;
    const chosen = previous[match.key];
    const input = h('input', {
      type: 'text',
      id,
      list: 'import-actor-names',
      autocomplete: 'off',
      'data-key': match.key,
      value: chosen === 'new' ? NEW : chosen ? (labelById.get(chosen) ?? chosen) : '',
      placeholder: t('transfer.asSuggested'),
    });
    inputs.set(match.key, input);
    const outcome =
      match.status === 'matched'
        ? h(
            'span',
            {},
            ...tParts('transfer.matchedTo', { name: h('bdi', { 'data-record-text': '' }, match.existingName ?? match.id) }),
            match.by ? h('span', { class: 'transfer-note' }, t('transfer.matchedBy', { by: byLabel(match.by) })) : null,
          )
        : h('span', {}, t('transfer.newActor'));
    return h(
      'tr',
      { 'data-status': match.status, 'data-name': match.name, 'data-uncertain': String(isUncertain(match)) },
      h('td', { class: 'num' }, match.line === null ? '—' : String(match.line)),
      h('td', {}, h('bdi', { 'data-record-text': '' }, match.name)),
      // The note is the server's English sentence (other candidates for the name).
      h(
        'td',
        {},
        outcome,
        match.note ? h('div', { class: 'transfer-note', 'data-api-text': '', lang: 'en', dir: 'ltr' }, match.note) : null,
      ),
      h('td', {}, h('label', { for: id, class: 'visually-hidden' }, t('transfer.sameAsFor', { name: match.name })), input),
    );
  });
  const uncertain = report.matches.filter(isUncertain).length;
  const filter = h(
    'select',
    { id: 'import-matches-filter', 'data-testid': 'import-matches-filter' },
    ...FILTERS.map((value) =>
      h(
        'option',
        { value },
        t(`transfer.filter_${value}`, { count: value === 'all' ? report.matches.length : value === 'created' ? created : uncertain }),
      ),
    ),
  );
  const shown = h('span', { class: 'transfer-note', 'aria-live': 'polite', 'data-testid': 'import-matches-shown' });
  const applyFilter = () => {
    let count = 0;
    for (const row of rows) {
      const visible =
        filter.value === 'all' ||
        (filter.value === 'created' && row.dataset.status === 'created') ||
        (filter.value === 'uncertain' && row.dataset.uncertain === 'true');
      row.hidden = !visible;
      if (visible) count += 1;
    }
    shown.textContent = t('transfer.shownCount', { count });
  };
  filter.addEventListener('change', applyFilter);
  applyFilter();
  const element = h(
    'div',
    { class: 'import-matches' },
    h('h4', {}, t('transfer.matchesHeading', { matched: report.matches.length - created, created })),
    h('p', { class: 'transfer-note' }, t('transfer.matchesNote')),
    h('div', { class: 'import-matches-filter' }, h('label', { for: 'import-matches-filter' }, t('transfer.show')), filter, shown),
    list,
    h(
      'div',
      { class: 'transfer-table-wrap' },
      h(
        'table',
        { class: 'transfer-table', 'data-testid': 'import-matches' },
        h('caption', { class: 'visually-hidden' }, t('transfer.matchesCaption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('transfer.colLine')),
            h('th', { scope: 'col' }, t('transfer.colNameInFile')),
            h('th', { scope: 'col' }, t('transfer.colOutcome')),
            h('th', { scope: 'col' }, t('transfer.colSameAs')),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
  );
  return {
    element,
    corrections() {
      const matches: Record<string, string> = {};
      const unknown: string[] = [];
      for (const [key, input] of inputs) {
        const value = input.value.trim();
        if (!value) continue;
        if (value === NEW) matches[key] = 'new';
        else if (idByLabel.has(value)) matches[key] = idByLabel.get(value) as string;
        else unknown.push(value);
      }
      return { matches, unknown };
    },
  };
}

/**
 * The actors of an import as the report lists them: each row matched to an actor of the map
 * (and why: its name, acronym, an alias, an external id) or created. A person corrects any of
 * them before writing: "same as" another actor of the map (chosen by name from the map the page
 * holds), or "a new actor". The corrections travel with the next check or import as
 * `mapping.matches`, keyed by the row's key.
 */
import type { ActorMatch, ImportReport } from '../../server/contracts/index.js';
import { getState } from '../state.js';
import { h } from '../ui/dom.js';

const n = (value: number) => new Intl.NumberFormat('en-GB').format(value);

const BY: Record<NonNullable<ActorMatch['by']>, string> = {
  person: 'your choice',
  externalId: 'same external id',
  name: 'same name',
  acronym: 'same acronym',
  alias: 'one of its other names',
  variants: 'every variant of the name',
};

const NEW = 'a new actor';

/** A match a person should look at: found by an acronym, another name or a variant, or with a note (other candidates). */
const isUncertain = (match: ActorMatch) =>
  match.status === 'matched' && (match.note !== null || match.by === 'acronym' || match.by === 'alias' || match.by === 'variants');

const FILTERS = [
  ['all', 'All'],
  ['created', 'New only'],
  ['uncertain', 'Uncertain only'],
] as const;

export interface MatchReview {
  element: HTMLElement;
  /** The person's corrections: row key -> existing actor id or "new"; unknown names are listed in `unknown`. */
  corrections(): { matches: Record<string, string>; unknown: string[] };
}

/** The review of `report.matches`, with the corrections already made (`previous`) filled in. */
export function renderMatchReview(report: ImportReport, previous: Record<string, string> = {}): MatchReview | null {
  if (report.matches.length === 0) return null;
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
      placeholder: 'as suggested',
    });
    inputs.set(match.key, input);
    const outcome =
      match.status === 'matched'
        ? h(
            'span',
            {},
            `Matched: ${match.existingName ?? match.id}`,
            h('span', { class: 'transfer-note' }, ` (${match.by ? BY[match.by] : ''})`),
          )
        : h('span', {}, 'New actor');
    return h(
      'tr',
      { 'data-status': match.status, 'data-name': match.name, 'data-uncertain': String(isUncertain(match)) },
      h('td', { class: 'num' }, match.line === null ? '—' : String(match.line)),
      h('td', {}, match.name),
      h('td', {}, outcome, match.note ? h('div', { class: 'transfer-note' }, match.note) : null),
      h('td', {}, h('label', { for: id, class: 'visually-hidden' }, `Same as, for ${match.name}`), input),
    );
  });
  const uncertain = report.matches.filter(isUncertain).length;
  const filter = h(
    'select',
    { id: 'import-matches-filter', 'data-testid': 'import-matches-filter' },
    ...FILTERS.map(([value, label]) =>
      h('option', { value }, `${label} (${n(value === 'all' ? report.matches.length : value === 'created' ? created : uncertain)})`),
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
    shown.textContent = `${n(count)} shown`;
  };
  filter.addEventListener('change', applyFilter);
  applyFilter();
  const element = h(
    'div',
    { class: 'import-matches' },
    h('h4', {}, `Actors: ${report.matches.length - created} matched to the map, ${created} new`),
    h(
      'p',
      { class: 'transfer-note' },
      'Correct a row by naming the actor of the map it is ("same as"), or "a new actor"; then check again. Uncertain: matched by an acronym, another name or a variant, or other actors share the name.',
    ),
    h('div', { class: 'import-matches-filter' }, h('label', { for: 'import-matches-filter' }, 'Show'), filter, shown),
    list,
    h(
      'div',
      { class: 'transfer-table-wrap' },
      h(
        'table',
        { class: 'transfer-table', 'data-testid': 'import-matches' },
        h('caption', { class: 'visually-hidden' }, 'Each actor of the file: matched or new, and your correction'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Line'),
            h('th', { scope: 'col' }, 'Name in the file'),
            h('th', { scope: 'col' }, 'Outcome'),
            h('th', { scope: 'col' }, 'Same as'),
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

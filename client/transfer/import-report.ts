/**
 * How an import report reads to a person: what happened (in words, not a status code), how far a
 * running job has come, what would be or was written, every problem with its file line and column
 * (all of them: fixing a file one error per upload is what people hate most about importers), the
 * warnings, and the names that may be the same organisation, which are only ever suggestions.
 */
import type { DuplicateSuggestion, ImportProblem, ImportReport } from '../../server/contracts/index.js';
import { openMergeDialog } from '../merge/merge-dialog.js';
import { h } from '../ui/dom.js';

const number = new Intl.NumberFormat('en-GB');
const n = (value: number) => number.format(value);

const OUTCOME: Record<ImportReport['status'], { text: string; tone: 'ok' | 'error' | 'info' }> = {
  validating: { text: 'Checking the file…', tone: 'info' },
  writing: { text: 'Writing to the map…', tone: 'info' },
  validated: {
    text: 'Checked: the file can be imported. Nothing has been written yet: review the matches, columns and warnings below, then press Import.',
    tone: 'ok',
  },
  imported: { text: 'Imported:', tone: 'ok' },
  refused: { text: 'Refused: nothing was written. Fix the problems below and upload the file again.', tone: 'error' },
  needs_mapping: { text: 'The columns were not recognised: say which column holds what, then import again.', tone: 'info' },
  failed: { text: 'The import failed on the server; nothing was written. Try again later.', tone: 'error' },
};

/** The progress of a running (or finished) job: a bar for the current phase and the counts as text. */
export function renderProgress(report: ImportReport): HTMLElement {
  const writing = report.status === 'writing' || (report.records.written > 0 && report.records.total > 0);
  const [done, total] = writing ? [report.records.written, report.records.total] : [report.rows.validated, report.rows.total];
  const rows = `${n(report.rows.validated)} of ${n(report.rows.total)} rows validated`;
  const records = `${n(report.records.written)} of ${n(report.records.total)} records written`;
  const text = `${rows} · ${records}`;
  const bar = h('progress', {
    max: String(Math.max(total, 1)),
    value: String(Math.min(done, Math.max(total, 1))),
    'aria-label': writing ? 'Records written' : 'Rows validated',
  });
  // Indeterminate while the file is still being read (no row count yet).
  if (total === 0 && (report.status === 'validating' || report.status === 'writing')) bar.removeAttribute('value');
  return h(
    'div',
    { class: 'import-progress', 'data-testid': 'import-progress', 'data-status': report.status },
    bar,
    h('p', { class: 'import-progress-text' }, text),
  );
}

/** A scrolling table wrapper keyboard users can reach and scroll (axe: scrollable-region-focusable). */
export const scrollRegion = (label: string) => ({ class: 'transfer-table-wrap', tabindex: '0', role: 'region', 'aria-label': label });

function problemTable(problems: readonly ImportProblem[], caption: string, testId: string): HTMLElement {
  const withSheet = problems.some((p) => p.sheet);
  return h(
    'div',
    scrollRegion(caption),
    h(
      'table',
      { class: 'transfer-table', 'data-testid': testId },
      h('caption', { class: 'visually-hidden' }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          withSheet ? h('th', { scope: 'col' }, 'Sheet') : null,
          h('th', { scope: 'col' }, 'Line'),
          h('th', { scope: 'col' }, 'Column'),
          h('th', { scope: 'col' }, 'Reason'),
        ),
      ),
      h(
        'tbody',
        {},
        ...problems.map((p) =>
          h(
            'tr',
            {},
            withSheet ? h('td', {}, p.sheet ?? '') : null,
            h('td', { class: 'num' }, p.line === null ? 'whole file' : String(p.line)),
            h('td', {}, p.column ?? '—'),
            h('td', {}, p.reason),
          ),
        ),
      ),
    ),
  );
}

function duplicateName(side: DuplicateSuggestion['a']): HTMLElement {
  return h('span', {}, side.name, side.existing ? h('span', { class: 'import-existing' }, ' (already in the map)') : null);
}

const DUPLICATE_REASON: Record<DuplicateSuggestion['reason'], string> = {
  case: 'Same name, different capitals',
  spelling: 'Nearly the same spelling',
  acronym: 'One may be the acronym of the other',
};

/** "Merge…" for a pair both of whose records are in the map: the one already there is kept. */
function mergeButton(pair: DuplicateSuggestion): HTMLElement {
  const [kept, duplicate] = pair.b.existing && !pair.a.existing ? [pair.b, pair.a] : [pair.a, pair.b];
  const button = h(
    'button',
    { type: 'button', 'data-testid': 'import-merge', 'aria-label': `Merge ${duplicate.name} into ${kept.name}` },
    'Merge…',
  );
  button.addEventListener('click', () => openMergeDialog(kept, [duplicate]));
  return button;
}

function duplicateTable(duplicates: readonly DuplicateSuggestion[], mergeable: boolean): HTMLElement {
  return h(
    'div',
    scrollRegion('Possible duplicates'),
    h(
      'table',
      { class: 'transfer-table', 'data-testid': 'import-duplicates' },
      h('caption', { class: 'visually-hidden' }, 'Possible duplicates'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Why'),
          h('th', { scope: 'col' }, 'Name'),
          h('th', { scope: 'col' }, 'Maybe the same as'),
          mergeable ? h('th', { scope: 'col' }, 'Merge') : null,
        ),
      ),
      h(
        'tbody',
        {},
        ...duplicates.map((d) =>
          h(
            'tr',
            { 'data-reason': d.reason },
            h('td', {}, DUPLICATE_REASON[d.reason]),
            h('td', {}, duplicateName(d.a)),
            h('td', {}, duplicateName(d.b)),
            mergeable ? h('td', {}, mergeButton(d)) : null,
          ),
        ),
      ),
    ),
  );
}

const plural = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;

/**
 * What the import writes (or wrote), split into new records and records of the map it updates:
 * "0 new actors, 255 actors of the map updated". A check and a write read the same.
 */
export function importSummary(report: ImportReport): string {
  const { counts } = report;
  const newActors = counts.actors - counts.matched.actors;
  const parts = [`${plural(newActors, 'new actor')}, ${plural(counts.matched.actors, 'actor')} of the map updated`];
  if (counts.ties > 0) parts.push(`${plural(counts.ties - counts.matched.ties, 'new tie')}, ${plural(counts.matched.ties, 'tie')} updated`);
  parts.push(`${plural(counts.areas, 'new admin area')}`);
  return parts.join('; ');
}

/**
 * Why the matched list and the counts may differ: several names of the file (spellings, an
 * acronym) can match one actor of the map, which is then one record ("257 names, 255 actors").
 */
function matchedNote(report: ImportReport): string | null {
  const matchedNames = report.matches.filter((match) => match.status === 'matched').length;
  const matchedRecords = report.counts.matched.actors;
  if (matchedNames <= matchedRecords || matchedRecords === 0) return null;
  return `${n(matchedNames)} names of the file matched ${plural(matchedRecords, 'actor')} of the map: some name the same actor (another spelling, an acronym), and each actor is written once.`;
}

const COUNT_LABELS: [Exclude<keyof ImportReport['counts'], 'matched' | 'actors' | 'ties'>, string][] = [
  ['areas', 'New admin areas'],
  ['outputs', 'Outputs'],
  ['activities', 'Activities'],
  ['contributions', 'Actor–activity links'],
];

const GUESSED_BADLY = {
  text: 'The columns were guessed, but the guess reads badly: check which column holds what below, correct it and check again.',
  tone: 'info' as const,
};
const DOUBTFUL = {
  text: 'Read, but the columns may have been read wrongly: check the doubts and the mapping below before importing.',
  tone: 'error' as const,
};

/** "Actors: 0 new · 255 of the map": total in `data-count`, the split in `data-new` / `data-matched`. */
function splitCount(key: 'actors' | 'ties', label: string, total: number, matched: number): HTMLElement[] {
  return [
    h('dt', {}, label),
    h(
      'dd',
      { 'data-count': key, 'data-new': String(total - matched), 'data-matched': String(matched) },
      `${n(total - matched)} new · ${n(matched)} of the map`,
    ),
  ];
}

/** The finished report. */
export function renderReport(report: ImportReport): HTMLElement {
  // A file with doubts about its reading is never "Checked: the file can be imported".
  const outcome =
    report.mappingDoubts.length === 0 || report.status === 'refused'
      ? OUTCOME[report.status]
      : report.status === 'needs_mapping'
        ? GUESSED_BADLY
        : DOUBTFUL;
  const { file } = report;
  const fileFacts = [
    file.format ? `format ${file.format}` : null,
    file.encoding ? `encoding ${file.encoding}` : null,
    file.sheet ? `sheet “${file.sheet}”` : null,
    report.headerLine !== null ? `header on line ${report.headerLine}` : null,
    report.hashtagLine !== null ? `HXL hashtags on line ${report.hashtagLine}` : null,
    report.rows.total > 0 ? `${n(report.rows.total)} data rows` : null,
  ].filter(Boolean);
  const showCounts = report.status === 'imported' || report.status === 'validated';
  return h(
    'section',
    { class: 'import-report', 'data-testid': 'import-report', 'data-status': report.status, 'aria-labelledby': 'import-report-title' },
    h('h3', { id: 'import-report-title' }, `Report for ${file.name}`),
    h(
      'p',
      { class: `import-outcome import-outcome-${outcome.tone}`, 'data-testid': 'import-outcome' },
      report.status === 'imported' ? `${outcome.text} ${importSummary(report)}.` : outcome.text,
    ),
    h('p', { class: 'transfer-note' }, fileFacts.join(' · ')),
    showCounts
      ? h(
          'dl',
          { class: 'import-counts', 'data-testid': 'import-counts' },
          ...splitCount('actors', 'Actors', report.counts.actors, report.counts.matched.actors),
          ...(report.counts.ties > 0 ? splitCount('ties', 'Ties', report.counts.ties, report.counts.matched.ties) : []),
          ...COUNT_LABELS.flatMap(([key, label]) => [h('dt', {}, label), h('dd', { 'data-count': key }, n(report.counts[key]))]),
        )
      : null,
    showCounts && matchedNote(report)
      ? h('p', { class: 'transfer-note', 'data-testid': 'import-matched-note' }, matchedNote(report))
      : null,
    report.mappingDoubts.length > 0
      ? h(
          'div',
          {},
          h('h4', {}, `Doubts about how the columns were read (${n(report.mappingDoubts.length)})`),
          problemTable(report.mappingDoubts, 'Doubts about the reading', 'import-doubts'),
        )
      : null,
    report.problems.length > 0
      ? h(
          'div',
          {},
          h('h4', {}, `Problems (${n(report.problems.length)})`),
          problemTable(report.problems, 'Problems that stop the import', 'import-problems'),
        )
      : null,
    report.warnings.length > 0
      ? h(
          'div',
          {},
          h('h4', {}, `Warnings (${n(report.warnings.length)})`),
          h('p', { class: 'transfer-note' }, 'The file was read anyway; check these.'),
          problemTable(report.warnings, 'Warnings', 'import-warnings'),
        )
      : null,
    report.duplicates.length > 0
      ? h(
          'div',
          {},
          h('h4', {}, `Possible duplicates — confirm by hand (${n(report.duplicates.length)})`),
          h(
            'p',
            { class: 'transfer-note' },
            report.status === 'imported'
              ? 'Nothing was merged. If two names are the same organisation, merge them here (you see what moves first) or later from Possible duplicates.'
              : 'Nothing was merged. If two names are the same organisation, merge them once the file is imported.',
          ),
          duplicateTable(report.duplicates, report.status === 'imported'),
        )
      : null,
  );
}

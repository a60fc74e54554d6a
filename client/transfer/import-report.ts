/**
 * How an import report reads to a person: what happened (in words, not a status code), how far a
 * running job has come, what would be or was written, every problem with its file line and column
 * (all of them: fixing a file one error per upload is what people hate most about importers), the
 * warnings, and the names that may be the same organisation, which are only ever suggestions.
 */
import { isMessageCode, type DuplicateSuggestion, type ImportProblem, type ImportReport } from '../../server/contracts/index.js';
import { sayApiParts } from '../i18n/api-messages.js';
import { currentLanguage, formatNumber, t, type MessageKey } from '../i18n/i18n.js';
import { openMergeDialog } from '../merge/merge-dialog.js';
import { h } from '../ui/dom.js';

type Outcome = { text: string; tone: 'ok' | 'error' | 'info' };

const TONE: Record<ImportReport['status'], Outcome['tone']> = {
  validating: 'info',
  writing: 'info',
  validated: 'ok',
  imported: 'ok',
  refused: 'error',
  needs_mapping: 'info',
  failed: 'error',
};

/**
 * What happened, in words (an import says what it wrote). A checked file with warnings is not
 * simply "can be imported" in green: each warning names something of the file that will be left
 * out or read otherwise (an area the map lacks, a reference to nothing), so the verdict says how
 * many to read first.
 */
const outcomeOf = (report: ImportReport): Outcome =>
  report.status === 'validated' && report.warnings.length > 0
    ? { text: t('transfer.outcome_validatedWithWarnings', { count: report.warnings.length }), tone: 'info' }
    : { text: t(`transfer.outcome_${report.status}` as MessageKey, { summary: importSummary(report) }), tone: TONE[report.status] };

/** The progress of a running (or finished) job: a bar for the current phase and the counts as text. */
export function renderProgress(report: ImportReport): HTMLElement {
  const writing = report.status === 'writing' || (report.records.written > 0 && report.records.total > 0);
  const [done, total] = writing ? [report.records.written, report.records.total] : [report.rows.validated, report.rows.total];
  const text = t('transfer.progress', {
    validated: report.rows.validated,
    total: report.rows.total,
    written: report.records.written,
    records: report.records.total,
  });
  const bar = h('progress', {
    max: String(Math.max(total, 1)),
    value: String(Math.min(done, Math.max(total, 1))),
    'aria-label': t(writing ? 'transfer.progressRecords' : 'transfer.progressRows'),
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

/** Params of an import reason that are the file's own text (a cell, a name, an id): shown as written, each isolated. */
const FILE_TEXT_PARAMS = [
  'value',
  'name',
  'source',
  'id',
  'ids',
  'codes',
  'values',
  'reliabilityValue',
  'field',
  'scheme',
  'entry',
  'entries',
  'sheet',
  'worksheet',
  'detail',
] as const;

/**
 * A row's reason in the page's language, from its code (issue 17), the file's text in it isolated
 * as data; in English, for a report stored before reasons had codes, or a code this page does not
 * know, the server's English as it was written.
 */
function reasonCell(problem: ImportProblem): HTMLElement {
  // In English the server's own sentence is the exact one (with its examples), as sayApiMessage does.
  if (problem.messageCode && isMessageCode(problem.messageCode) && currentLanguage() !== 'en')
    return h(
      'td',
      { 'data-reason-code': problem.messageCode },
      ...sayApiParts(`api.${problem.messageCode}` as MessageKey, problem.params, FILE_TEXT_PARAMS),
    );
  return h('td', { 'data-api-text': '', lang: 'en', dir: 'ltr' }, problem.reason);
}

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
          withSheet ? h('th', { scope: 'col' }, t('transfer.colSheet')) : null,
          h('th', { scope: 'col' }, t('transfer.colLine')),
          h('th', { scope: 'col' }, t('transfer.colColumn')),
          h('th', { scope: 'col' }, t('transfer.colReason')),
        ),
      ),
      h(
        'tbody',
        {},
        ...problems.map((p) =>
          h(
            'tr',
            {},
            // The sheet and column are the file's own names; the reason is said from its code when it has one.
            withSheet ? h('td', {}, h('bdi', { 'data-record-text': '' }, p.sheet ?? '')) : null,
            h('td', { class: 'num' }, p.line === null ? t('transfer.wholeFile') : formatNumber(p.line, { useGrouping: false })),
            h('td', {}, p.column === null ? '—' : h('bdi', { 'data-record-text': '' }, p.column)),
            reasonCell(p),
          ),
        ),
      ),
    ),
  );
}

function duplicateName(side: DuplicateSuggestion['a']): HTMLElement {
  return h(
    'span',
    {},
    h('bdi', { 'data-record-text': '' }, side.name),
    side.existing ? h('span', { class: 'import-existing' }, t('transfer.alreadyInMap')) : null,
  );
}

const duplicateReason = (reason: DuplicateSuggestion['reason']) => t(`transfer.dupReason_${reason}` as MessageKey);

/** "Merge…" for a pair both of whose records are in the map: the one already there is kept. */
function mergeButton(pair: DuplicateSuggestion): HTMLElement {
  const [kept, duplicate] = pair.b.existing && !pair.a.existing ? [pair.b, pair.a] : [pair.a, pair.b];
  const button = h(
    'button',
    {
      type: 'button',
      'data-testid': 'import-merge',
      'aria-label': t('transfer.mergeLabel', { duplicate: duplicate.name, kept: kept.name }),
    },
    t('transfer.mergeButton'),
  );
  button.addEventListener('click', () => openMergeDialog(kept, [duplicate]));
  return button;
}

function duplicateTable(duplicates: readonly DuplicateSuggestion[], mergeable: boolean): HTMLElement {
  return h(
    'div',
    scrollRegion(t('transfer.possibleDuplicates')),
    h(
      'table',
      { class: 'transfer-table', 'data-testid': 'import-duplicates' },
      h('caption', { class: 'visually-hidden' }, t('transfer.possibleDuplicates')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('transfer.colWhy')),
          h('th', { scope: 'col' }, t('transfer.colName')),
          h('th', { scope: 'col' }, t('transfer.colMaybeSame')),
          mergeable ? h('th', { scope: 'col' }, t('transfer.colMerge')) : null,
        ),
      ),
      h(
        'tbody',
        {},
        ...duplicates.map((d) =>
          h(
            'tr',
            { 'data-reason': d.reason },
            h('td', {}, duplicateReason(d.reason)),
            h('td', {}, duplicateName(d.a)),
            h('td', {}, duplicateName(d.b)),
            mergeable ? h('td', {}, mergeButton(d)) : null,
          ),
        ),
      ),
    ),
  );
}

/**
 * What the import writes (or wrote), split into new records and records of the map it updates:
 * "0 new actors, 255 actors of the map updated". A check and a write read the same.
 */
export function importSummary(report: ImportReport): string {
  const { counts } = report;
  const newActors = counts.actors - counts.matched.actors;
  const parts = [t('transfer.summaryActors', { created: newActors, matched: counts.matched.actors })];
  if (counts.ties > 0) parts.push(t('transfer.summaryTies', { created: counts.ties - counts.matched.ties, matched: counts.matched.ties }));
  parts.push(t('transfer.summaryAreas', { count: counts.areas }));
  return parts.join(t('transfer.summarySeparator'));
}

/**
 * Why the matched list and the counts may differ: several names of the file (spellings, an
 * acronym) can match one actor of the map, which is then one record ("257 names, 255 actors").
 */
function matchedNote(report: ImportReport): string | null {
  const matchedNames = report.matches.filter((match) => match.status === 'matched').length;
  const matchedRecords = report.counts.matched.actors;
  if (matchedNames <= matchedRecords || matchedRecords === 0) return null;
  return t('transfer.matchedNote', { names: matchedNames, actors: matchedRecords });
}

const COUNTED: Exclude<keyof ImportReport['counts'], 'matched' | 'actors' | 'ties'>[] = ['areas', 'outputs', 'activities', 'contributions'];

/** "Actors: 0 new · 255 of the map": total in `data-count`, the split in `data-new` / `data-matched`. */
function splitCount(key: 'actors' | 'ties', label: string, total: number, matched: number): HTMLElement[] {
  return [
    h('dt', {}, label),
    h(
      'dd',
      { 'data-count': key, 'data-new': String(total - matched), 'data-matched': String(matched) },
      t('transfer.splitCount', { created: total - matched, matched }),
    ),
  ];
}

/** Whether the import of this report was undone since (the server adds a warning saying when). */
export const wasUndone = (report: ImportReport): boolean =>
  report.warnings.some((warning) => warning.reason.startsWith('this import was undone'));

/** The finished report. */
export function renderReport(report: ImportReport): HTMLElement {
  // A file with doubts about its reading is never "Checked: the file can be imported".
  const outcome: Outcome =
    report.mappingDoubts.length === 0 || report.status === 'refused'
      ? outcomeOf(report)
      : report.status === 'needs_mapping'
        ? { text: t('transfer.outcome_guessedBadly'), tone: 'info' }
        : { text: t('transfer.outcome_doubtful'), tone: 'error' };
  const { file } = report;
  const fileFacts = [
    file.format ? t('transfer.fact_format', { format: file.format }) : null,
    file.encoding ? t('transfer.fact_encoding', { encoding: file.encoding }) : null,
    file.sheet ? t('transfer.fact_sheet', { sheet: file.sheet }) : null,
    report.headerLine !== null ? t('transfer.fact_header', { line: report.headerLine }) : null,
    report.hashtagLine !== null ? t('transfer.fact_hashtags', { line: report.hashtagLine }) : null,
    report.rows.total > 0 ? t('transfer.fact_rows', { count: report.rows.total }) : null,
  ].filter(Boolean);
  const showCounts = report.status === 'imported' || report.status === 'validated';
  return h(
    'section',
    { class: 'import-report', 'data-testid': 'import-report', 'data-status': report.status, 'aria-labelledby': 'import-report-title' },
    h('h3', { id: 'import-report-title' }, t('transfer.reportFor', { file: file.name })),
    h('p', { class: `import-outcome import-outcome-${outcome.tone}`, 'data-testid': 'import-outcome' }, outcome.text),
    h('p', { class: 'transfer-note' }, fileFacts.join(t('transfer.factSeparator'))),
    showCounts
      ? h(
          'dl',
          { class: 'import-counts', 'data-testid': 'import-counts' },
          ...splitCount('actors', t('transfer.countActors'), report.counts.actors, report.counts.matched.actors),
          ...(report.counts.ties > 0 ? splitCount('ties', t('transfer.countTies'), report.counts.ties, report.counts.matched.ties) : []),
          ...COUNTED.flatMap((key) => [
            h('dt', {}, t(`transfer.count_${key}` as MessageKey)),
            h('dd', { 'data-count': key }, formatNumber(report.counts[key])),
          ]),
        )
      : null,
    showCounts && matchedNote(report)
      ? h('p', { class: 'transfer-note', 'data-testid': 'import-matched-note' }, matchedNote(report))
      : null,
    report.mappingDoubts.length > 0
      ? h(
          'div',
          {},
          h('h4', {}, t('transfer.doubtsHeading', { count: report.mappingDoubts.length })),
          problemTable(report.mappingDoubts, t('transfer.doubtsCaption'), 'import-doubts'),
        )
      : null,
    report.problems.length > 0
      ? h(
          'div',
          {},
          h('h4', {}, t('transfer.problemsHeading', { count: report.problems.length })),
          problemTable(report.problems, t('transfer.problemsCaption'), 'import-problems'),
        )
      : null,
    report.warnings.length > 0
      ? h(
          'div',
          {},
          h('h4', {}, t('transfer.warningsHeading', { count: report.warnings.length })),
          h('p', { class: 'transfer-note' }, t('transfer.warningsNote')),
          problemTable(report.warnings, t('transfer.warningsCaption'), 'import-warnings'),
        )
      : null,
    // Once the import is undone, the records its suggestions name are gone: no merge is offered.
    report.duplicates.length > 0 && !wasUndone(report)
      ? h(
          'div',
          { 'data-testid': 'import-duplicates-section' },
          h('h4', {}, t('transfer.duplicatesHeading', { count: report.duplicates.length })),
          h(
            'p',
            { class: 'transfer-note' },
            t(report.status === 'imported' ? 'transfer.duplicatesNoteImported' : 'transfer.duplicatesNoteChecked'),
          ),
          duplicateTable(report.duplicates, report.status === 'imported'),
        )
      : null,
  );
}

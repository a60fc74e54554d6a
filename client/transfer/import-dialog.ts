/**
 * The import dialog. Uploading never writes: the file is always checked first (a dry run followed
 * as a background job), and the review is shown: what would be written (new and matched), each
 * actor matched or new, which column holds what, the warnings (admin areas the map lacks among
 * them). Only the separate Import button writes, with the mapping and corrections shown, and the
 * areas the map lacks only if the person ticks "Create the N areas the map lacks". After a write
 * the report says what happened and offers "Undo this import"; recent imports can be reopened.
 */
import type { ColumnMapping, ImportReport } from '../../server/contracts/index.js';
import { loadMap } from '../actions.js';
import { ApiError } from '../api.js';
import { fetchImportJob, isFinished, startImport, type ImportOptions } from '../api/transfers.js';
import { formatDate, t, tParts } from '../i18n/i18n.js';
import { notify } from '../state.js';
import { h } from '../ui/dom.js';
import { MAPPING_FORM_ID, renderMappingStep } from './column-mapping.js';
import { renderMatchReview, type MatchReview } from './match-review.js';
import { openTransferDialog, statusLine } from './dialog.js';
import { renderRecentImports, renderUndo } from './import-history.js';
import { importSummary, renderProgress, renderReport } from './import-report.js';

const POLL_MS = 500;

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = window.setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        window.clearTimeout(timer);
        reject(new DOMException('closed', 'AbortError'));
      },
      { once: true },
    );
  });

const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : t('transfer.pageError'));

export function openImportDialog(): void {
  const running = new AbortController();
  const ui = openTransferDialog({ title: t('transfer.importTitle'), testId: 'import-dialog', wide: true, onClose: () => running.abort() });

  const fileInput = h('input', {
    type: 'file',
    id: 'import-file',
    name: 'file',
    'data-testid': 'import-file',
    accept: '.csv,.tsv,.txt,.xlsx,.zip,.json,text/csv,application/json',
    'aria-describedby': 'import-file-hint',
  });
  // Dated import (issue 14): the date the file describes; empty is today. Sent with the check and the write.
  const today = new Date().toISOString().slice(0, 10);
  const asOfInput = h('input', {
    type: 'date',
    id: 'import-as-of',
    name: 'asOf',
    max: today,
    'data-testid': 'import-as-of',
    'aria-describedby': 'import-as-of-hint',
  });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'import-submit' }, t('transfer.checkFile'));
  const status = statusLine('import-status');
  const progressSlot = h('div', { 'aria-live': 'polite' });
  const resultSlot = h('div', {});
  const form = h(
    'form',
    { class: 'transfer-form', novalidate: true },
    h(
      'div',
      { class: 'transfer-field' },
      h('label', { for: 'import-file' }, t('transfer.file')),
      h('p', { class: 'transfer-note', id: 'import-file-hint' }, t('transfer.fileHint')),
      fileInput,
    ),
    h(
      'div',
      { class: 'transfer-field' },
      h('label', { for: 'import-as-of' }, t('transfer.asOf')),
      h('p', { class: 'transfer-note', id: 'import-as-of-hint' }, t('transfer.asOfHint')),
      asOfInput,
    ),
    h('div', { class: 'transfer-row' }, submit),
  );
  const recent = renderRecentImports((id) => void reopen(id), running.signal);
  ui.body.append(form, status.element, progressSlot, resultSlot, recent);
  fileInput.focus();

  /** Follows a job until it is final; null when the dialog closed or the request failed (said in the status line). */
  const follow = async (first: () => Promise<ImportReport>): Promise<ImportReport | null> => {
    try {
      let report = await first();
      progressSlot.replaceChildren(renderProgress(report));
      while (!isFinished(report)) {
        status.show(t(report.status === 'writing' ? 'transfer.writingToMap' : 'transfer.checkingFile'));
        await wait(POLL_MS, running.signal);
        report = await fetchImportJob(report.importId, running.signal);
        progressSlot.replaceChildren(renderProgress(report));
      }
      return report;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return null;
      status.show(t('transfer.importFailed', { message: messageOf(error) }), 'error');
      return null;
    }
  };

  const focusOutcome = () => {
    const outcome = resultSlot.querySelector<HTMLElement>('[data-testid="import-outcome"]');
    outcome?.setAttribute('tabindex', '-1');
    outcome?.focus();
  };

  /** A written report (just now, or reopened from the list): what happened, and Undo. */
  const showWritten = (report: ImportReport) => {
    const shown = renderReport(report);
    resultSlot.replaceChildren(shown);
    const undo = renderUndo(report, () => {
      // The undo removed what the import created: the merges it suggested name records that are gone.
      shown.querySelector('[data-testid="import-duplicates-section"]')?.remove();
      recent.refresh();
    });
    if (undo) resultSlot.append(undo);
  };

  const reopen = async (id: string) => {
    const report = await follow(() => fetchImportJob(id, running.signal));
    if (!report) return;
    status.clear();
    progressSlot.replaceChildren();
    showWritten(report);
    focusOutcome();
  };

  const run = async (file: File, options: ImportOptions): Promise<void> => {
    submit.disabled = true;
    resultSlot.replaceChildren();
    status.show(t(options.dryRun ? 'transfer.checkingNamed' : 'transfer.importingNamed', { file: file.name }));
    const asOf = asOfInput.value;
    const report = await follow(() => startImport(file, asOf ? { ...options, asOf } : options, running.signal));
    submit.disabled = false;
    if (!report) return;
    status.clear();
    // A file refused before any row was read has no progress worth showing.
    if (report.rows.total === 0) progressSlot.replaceChildren();
    if (report.status === 'imported') {
      showWritten(report);
      focusOutcome();
      notify(t('transfer.importedNotice', { file: file.name, summary: importSummary(report) }));
      recent.refresh();
      void loadMap();
      return;
    }
    resultSlot.replaceChildren(renderReport(report));
    const review = renderMatchReview(report, options.mapping?.matches);
    if (review) resultSlot.append(review.element);
    // Every table shows how its columns were read, and the person can correct it and check again.
    // Off by default: the areas a table names that the map lacks are created only when ticked.
    const createAreas = h('input', { type: 'checkbox', id: 'import-create-areas', 'data-testid': 'import-create-areas' });
    const mappingStep =
      report.columns.length > 0
        ? renderMappingStep(
            report,
            ({ mapping, dryRun }) => send(file, { dryRun, mapping, createAreas: !dryRun && createAreas.checked }, review),
            options.mapping,
          )
        : null;
    if (mappingStep) resultSlot.append(mappingStep);
    if (report.status === 'validated') resultSlot.append(writeStep(file, report, options, review, mappingStep, createAreas));
    if (report.status === 'needs_mapping') resultSlot.querySelector<HTMLSelectElement>('select[data-field="org"]')?.focus();
    else focusOutcome();
  };

  /** Sends the file again (check or write) with the mapping and the person's "same as" corrections. */
  const send = (
    file: File,
    choice: { dryRun: boolean; mapping?: ColumnMapping | undefined; createAreas?: boolean },
    review: MatchReview | null,
  ) => {
    const corrections = review?.corrections() ?? { matches: {}, unknown: [] };
    if (corrections.unknown.length > 0) {
      const names = corrections.unknown.map((name) => t('transfer.quotedName', { name })).join(t('transfer.nameSeparator'));
      status.show(t('transfer.unknownNames', { names }), 'error');
      return;
    }
    const matches = { ...corrections.matches };
    const mapping =
      choice.mapping || Object.keys(matches).length
        ? { ...choice.mapping, ...(Object.keys(matches).length ? { matches } : {}) }
        : undefined;
    void run(file, {
      dryRun: choice.dryRun,
      ...(mapping ? { mapping } : {}),
      ...(choice.createAreas ? { createAreas: true } : {}),
    });
  };

  /**
   * The deliberate write after a check: what it will write, the choice to create the areas the map
   * lacks (off by default), and Import. For a table, Import submits the mapping form as shown
   * (form attribute), so the write uses exactly the mapping on screen; a mapping changed since the
   * check must be checked again first, so the review always describes what is written.
   */
  const writeStep = (
    file: File,
    report: ImportReport,
    options: ImportOptions,
    review: MatchReview | null,
    mappingStep: HTMLElement | null,
    createAreas: HTMLInputElement,
  ): HTMLElement => {
    const missing = report.missingAreas.length;
    const button = h(
      'button',
      mappingStep
        ? { type: 'submit', form: MAPPING_FORM_ID, value: 'import', class: 'primary', 'data-testid': 'import-write' }
        : { type: 'button', class: 'primary', 'data-testid': 'import-write' },
      t('transfer.writeButton'),
    );
    const stale = h('p', { class: 'transfer-note', hidden: true, 'data-testid': 'import-mapping-changed' }, t('transfer.mappingChanged'));
    mappingStep?.addEventListener('change', () => {
      button.disabled = true;
      stale.hidden = false;
    });
    button.addEventListener('click', () => {
      if (!mappingStep) send(file, { dryRun: false, mapping: options.mapping, createAreas: createAreas.checked }, review);
    });
    return h(
      'section',
      { class: 'import-write', 'data-testid': 'import-write-step', 'aria-labelledby': 'import-write-title' },
      h('h3', { id: 'import-write-title' }, t('transfer.writeHeading')),
      h(
        'p',
        {},
        ...(asOfInput.value
          ? // The date as the language writes it, in a <time> that keeps the ISO date for machines.
            tParts('transfer.writeSummaryDated', {
              summary: importSummary(report),
              date: h('time', { datetime: asOfInput.value }, formatDate(`${asOfInput.value}T00:00:00`, { dateStyle: 'long' })),
            })
          : [t('transfer.writeSummary', { summary: importSummary(report) })]),
      ),
      missing > 0
        ? h(
            'div',
            { class: 'transfer-check' },
            createAreas,
            h('label', { for: 'import-create-areas' }, t('transfer.createAreas', { count: missing })),
          )
        : null,
      stale,
      h('div', { class: 'transfer-row' }, button),
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = fileInput.files?.[0];
    if (!file) {
      status.show(t('transfer.chooseFileFirst'), 'error');
      fileInput.focus();
      return;
    }
    // Uploading only ever checks: the write is the separate Import button of the review.
    void run(file, { dryRun: true });
  });
}

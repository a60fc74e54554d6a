/**
 * The import dialog: choose a file, optionally only check it, upload it as a background job and
 * follow the job every half second (rows validated, records written), then show the report; a
 * table whose columns were not recognised gets the mapping step and is sent again with it. After
 * a real import the map is loaded again, so the new actors are drawn.
 */
import type { ColumnMapping, ImportReport } from '../../server/contracts/index.js';
import { loadMap } from '../actions.js';
import { ApiError } from '../api.js';
import { fetchImportJob, isFinished, startImport } from '../api/transfers.js';
import { notify } from '../state.js';
import { h } from '../ui/dom.js';
import { renderMappingStep } from './column-mapping.js';
import { renderMatchReview } from './match-review.js';
import { openTransferDialog, statusLine } from './dialog.js';
import { renderProgress, renderReport } from './import-report.js';

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

const messageOf = (error: unknown) =>
  error instanceof ApiError ? error.message : 'Something went wrong in the page. Reload to try again.';

export function openImportDialog(): void {
  const running = new AbortController();
  const ui = openTransferDialog({ title: 'Import a file', testId: 'import-dialog', wide: true, onClose: () => running.abort() });

  const fileInput = h('input', {
    type: 'file',
    id: 'import-file',
    name: 'file',
    'data-testid': 'import-file',
    accept: '.csv,.tsv,.txt,.xlsx,.zip,.json,text/csv,application/json',
    'aria-describedby': 'import-file-hint',
  });
  const dryRun = h('input', { type: 'checkbox', id: 'import-dry-run', 'data-testid': 'import-dry-run' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'import-submit' }, 'Upload');
  const status = statusLine('import-status');
  const progressSlot = h('div', { 'aria-live': 'polite' });
  const resultSlot = h('div', {});
  const form = h(
    'form',
    { class: 'transfer-form', novalidate: true },
    h(
      'div',
      { class: 'transfer-field' },
      h('label', { for: 'import-file' }, 'File'),
      h(
        'p',
        { class: 'transfer-note', id: 'import-file-hint' },
        'A 3W or other CSV table (HXL hashtags help), an XLSX or Kumu workbook, a zipped CSV, or an Actor Map snapshot (JSON). All or nothing: one bad row refuses the whole file.',
      ),
      fileInput,
    ),
    h(
      'div',
      { class: 'transfer-check' },
      dryRun,
      h('label', { for: 'import-dry-run' }, 'Check only (dry run): validate and report, write nothing'),
    ),
    h('div', { class: 'transfer-row' }, submit),
  );
  ui.body.append(form, status.element, progressSlot, resultSlot);
  fileInput.focus();

  const run = async (file: File, options: { dryRun: boolean; mapping?: ColumnMapping }): Promise<void> => {
    submit.disabled = true;
    resultSlot.replaceChildren();
    status.show(`Uploading ${file.name}…`);
    let report: ImportReport;
    try {
      report = await startImport(file, options, running.signal);
      progressSlot.replaceChildren(renderProgress(report));
      while (!isFinished(report)) {
        status.show(report.status === 'writing' ? 'Writing to the map…' : 'Checking the file…');
        await wait(POLL_MS, running.signal);
        report = await fetchImportJob(report.importId, running.signal);
        progressSlot.replaceChildren(renderProgress(report));
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      status.show(`The file could not be imported: ${messageOf(error)}`, 'error');
      submit.disabled = false;
      return;
    }
    status.clear();
    submit.disabled = false;
    // A file refused before any row was read has no progress worth showing.
    if (report.rows.total === 0) progressSlot.replaceChildren();
    resultSlot.replaceChildren(renderReport(report));
    const review = report.status === 'imported' ? null : renderMatchReview(report, options.mapping?.matches);
    if (review) resultSlot.append(review.element);
    // Every table shows how its columns were read, and the person can correct it and check again.
    if (report.columns.length > 0 && report.status !== 'imported') {
      resultSlot.append(
        renderMappingStep(
          report,
          ({ mapping, dryRun: checkOnly }) => {
            const corrections = review?.corrections() ?? { matches: {}, unknown: [] };
            if (corrections.unknown.length > 0) {
              status.show(
                `No actor of the map is named ${corrections.unknown.map((name) => `“${name}”`).join(', ')}: choose a name from the list, or “a new actor”.`,
                'error',
              );
              return;
            }
            const matches = { ...corrections.matches };
            void run(file, { dryRun: checkOnly, mapping: { ...mapping, ...(Object.keys(matches).length ? { matches } : {}) } });
          },
          options.mapping,
        ),
      );
    }
    if (report.status === 'needs_mapping') {
      resultSlot.querySelector<HTMLSelectElement>('select[data-field="org"]')?.focus();
    } else {
      resultSlot.querySelector<HTMLElement>('[data-testid="import-outcome"]')?.setAttribute('tabindex', '-1');
      resultSlot.querySelector<HTMLElement>('[data-testid="import-outcome"]')?.focus();
    }
    if (report.status === 'imported') {
      notify(`Imported ${file.name}: ${report.counts.actors} actors.`);
      void loadMap();
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = fileInput.files?.[0];
    if (!file) {
      status.show('Choose a file first.', 'error');
      fileInput.focus();
      return;
    }
    void run(file, { dryRun: dryRun.checked });
  });
}

/**
 * Import boundaries (issue 16) from the Areas dialog: a GeoJSON, TopoJSON or zipped shapefile,
 * checked first or imported at once, optionally creating the areas of features that match none.
 * The report counts what was matched, created and left unmatched, and lists each unmatched
 * feature and each reason the file was refused at its feature number, in the page's language from
 * the reason's code (issue 17); in English, or for a code this page does not know, the server's
 * English as it wrote it.
 */
import { isMessageCode, type BoundaryImportReport, type MessageCode, type MessageParams } from '../../server/contracts/index.js';
import { failureText } from '../accounts/account-kit.js';
import { importBoundaryFile } from '../api/boundaries.js';
import { sayApiParts } from '../i18n/api-messages.js';
import { currentLanguage, t, type MessageKey } from '../i18n/i18n.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { scrollRegion } from '../transfer/import-report.js';
import { h } from '../ui/dom.js';

/** Params of a boundary reason that are the file's own text: shown as written, each isolated. */
const FILE_TEXT_PARAMS = ['type', 'parentPcode', 'entries', 'entry', 'name', 'pcode', 'detail'];

interface Reasoned {
  feature: number | null;
  name?: string | null;
  pcode?: string | null;
  reason: string;
  messageCode: string;
  params: MessageParams;
}

/** One reason in the page's language from its code, else the server's English. */
function reasonCell(item: Reasoned): HTMLElement {
  if (isMessageCode(item.messageCode) && currentLanguage() !== 'en')
    return h(
      'td',
      { 'data-reason-code': item.messageCode },
      ...sayApiParts(`api.${item.messageCode satisfies MessageCode}` as MessageKey, item.params, FILE_TEXT_PARAMS),
    );
  return h('td', { 'data-api-text': '', lang: 'en', dir: 'ltr' }, item.reason);
}

/** `named`: the features' names and p-codes as read (unmatched features have them; a refusal names only the feature number). */
function reasonTable(items: readonly Reasoned[], caption: string, testId: string, named: boolean): HTMLElement {
  const headers = [t('areas.boundaryColFeature'), ...(named ? [t('areas.colName'), t('areas.pcode')] : []), t('areas.boundaryColReason')];
  return h(
    'div',
    scrollRegion(caption),
    h(
      'table',
      { class: 'transfer-table', 'data-testid': testId },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...headers.map((label) => h('th', { scope: 'col' }, label)))),
      h(
        'tbody',
        {},
        ...items.map((item) =>
          h(
            'tr',
            {},
            h('td', {}, item.feature === null ? t('areas.boundaryWholeFile') : String(item.feature)),
            named ? h('td', {}, h('bdi', { 'data-record-text': '' }, item.name ?? '')) : null,
            named ? h('td', { 'data-record-text': '' }, item.pcode ?? '') : null,
            reasonCell(item),
          ),
        ),
      ),
    ),
  );
}

function reportView(report: BoundaryImportReport): HTMLElement {
  const summary =
    report.status === 'refused'
      ? t('areas.boundaryRefused')
      : t(report.status === 'validated' ? 'areas.boundaryValidated' : 'areas.boundaryImported', {
          matched: report.matched.length,
          created: report.created.length,
          unmatched: report.unmatched.length,
        });
  return h(
    'div',
    { 'data-testid': 'boundary-report', 'data-status': report.status },
    h('p', { class: report.status === 'refused' ? 'transfer-status transfer-error' : 'transfer-note' }, summary),
    report.problems.length > 0 ? reasonTable(report.problems, t('areas.boundaryProblemsCaption'), 'boundary-problems', false) : null,
    report.unmatched.length > 0 ? reasonTable(report.unmatched, t('areas.boundaryUnmatchedCaption'), 'boundary-unmatched', true) : null,
  );
}

/** Opens the boundary import; `onImported` runs after boundaries (and perhaps areas) were written. */
export function openBoundaryImport(onImported: () => void): void {
  const ui = openTransferDialog({ title: t('areas.boundaryTitle'), testId: 'boundary-import-dialog', wide: true });
  const file = h('input', { type: 'file', id: 'boundary-file', accept: '.geojson,.json,.topojson,.zip' });
  const createAreas = h('input', { type: 'checkbox', id: 'boundary-create-areas' });
  const status = statusLine('boundary-status');
  const result = h('div', {});
  const check = h('button', { type: 'button', 'data-testid': 'boundary-check' }, t('areas.boundaryCheck'));
  const run = h('button', { type: 'button', class: 'accounts-primary', 'data-testid': 'boundary-run' }, t('areas.boundaryImport'));
  ui.body.append(
    h(
      'div',
      { class: 'transfer-form' },
      h('div', { class: 'transfer-field' }, h('label', { for: 'boundary-file' }, t('areas.boundaryFile')), file),
      h('div', { class: 'transfer-check' }, createAreas, h('label', { for: 'boundary-create-areas' }, t('areas.boundaryCreateAreas'))),
    ),
    status.element,
    result,
  );
  ui.actions.prepend(check, run);

  async function send(dryRun: boolean): Promise<void> {
    const chosen = file.files?.[0];
    if (!chosen) {
      status.show(t('areas.boundaryNoFile'), 'error');
      return;
    }
    status.clear();
    check.disabled = run.disabled = true;
    try {
      const report = await importBoundaryFile(chosen, { dryRun, createAreas: createAreas.checked });
      result.replaceChildren(reportView(report));
      if (report.status === 'imported') onImported();
    } catch (error) {
      status.show(t('areas.boundaryFailed', { message: failureText(error) }), 'error');
    } finally {
      check.disabled = run.disabled = false;
    }
  }
  check.addEventListener('click', () => void send(true));
  run.addEventListener('click', () => void send(false));
  file.focus();
}

/**
 * The export dialog: format, redaction profile (internal by default: the safe choice when a file
 * leaves the tool), whether to export only the current filtered view, and the map's name. The
 * file is fetched (so a refusal shows the API's message rather than downloading an error page)
 * and handed to the browser as a download.
 */
import {
  EXPORT_FORMATS,
  EXPORT_PROFILES,
  type ExportFormat,
  type ExportProfile,
  type GraphQuery,
  type MapFilters,
} from '../../server/contracts/index.js';
import { ApiError } from '../api.js';
import { fetchExport } from '../api/transfers.js';
import { getState } from '../state.js';
import { h } from '../ui/dom.js';
import { openTransferDialog, statusLine } from './dialog.js';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  snapshot: 'Actor Map snapshot (JSON, can be imported again)',
  graphml: 'GraphML (Gephi, yEd, NetworkX)',
  gexf: 'GEXF 1.3 (Gephi)',
  gexf12: 'GEXF 1.2 (older Gephi)',
  cytoscape: 'Cytoscape JSON',
  csv: 'CSV: actors and ties (zip)',
  'csv-nodes': 'CSV: actors only',
  'csv-edges': 'CSV: ties only',
  kumu: 'Kumu workbook (XLSX)',
};

const PROFILE_TEXT: Record<ExportProfile, { label: string; explanation: string }> = {
  full: { label: 'Full', explanation: 'Everything you may see, free text included. Only for your own team.' },
  internal: { label: 'Internal', explanation: 'Actors and ties above “internal” get pseudonyms; descriptions, needs, sources and aliases are removed.' },
  shareable: { label: 'Shareable', explanation: 'Only public actors and ties, without free text: for partners outside the mission.' },
};

/** The current filters the API can apply to an export (the others act only on the screen). */
export function serverFilters(filters: MapFilters): { query: GraphQuery; applied: string[]; screenOnly: string[] } {
  const query: GraphQuery = {};
  const applied: string[] = [];
  if (filters.kinds.length) {
    query.kinds = [...filters.kinds];
    applied.push(`${filters.kinds.length} actor kind(s)`);
  }
  if (filters.areas.length) {
    query.areas = [...filters.areas];
    applied.push(`${filters.areas.length} admin area(s)`);
  }
  if (filters.output) {
    query.output = filters.output;
    applied.push('one output');
  }
  if (filters.tieTypes.length) {
    query.tieTypes = [...filters.tieTypes];
    applied.push(`${filters.tieTypes.length} tie type(s)`);
  }
  if (filters.at) {
    query.at = filters.at;
    applied.push(`ties valid on ${filters.at}`);
  }
  const screenOnly = [
    filters.subtypes.length ? 'subtype' : null,
    filters.stances.length ? 'stance' : null,
    filters.doNoHarm.length ? 'do-no-harm role' : null,
    filters.confidence.length ? 'confidence' : null,
  ].filter((name): name is string => name !== null);
  return { query, applied, screenOnly };
}

/** Hand a blob to the browser as a download named `fileName`. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function openExportDialog(): void {
  const running = new AbortController();
  const ui = openTransferDialog({ title: 'Export the map', testId: 'export-dialog', onClose: () => running.abort() });

  const format = h('select', { id: 'export-format', name: 'format', 'data-testid': 'export-format' },
    ...EXPORT_FORMATS.map((value) => h('option', { value, selected: value === 'graphml' }, FORMAT_LABELS[value])));
  const profiles = EXPORT_PROFILES.map((profile) => {
    const id = `export-profile-${profile}`;
    const radio = h('input', { type: 'radio', name: 'profile', id, value: profile, checked: profile === 'internal', 'data-testid': id, 'aria-describedby': `${id}-text` });
    return {
      radio,
      element: h('div', { class: 'transfer-radio' }, radio, h('label', { for: id }, PROFILE_TEXT[profile].label), h('p', { class: 'transfer-note', id: `${id}-text` }, PROFILE_TEXT[profile].explanation)),
    };
  });
  const { query, applied, screenOnly } = serverFilters(getState().view.filters);
  const onlyView = h('input', { type: 'checkbox', id: 'export-only-view', 'data-testid': 'export-only-view', disabled: applied.length === 0, 'aria-describedby': 'export-only-view-text' });
  const viewText = applied.length === 0
    ? 'No filter is set: the export holds the whole map you may see.'
    : `Filters applied to the file: ${applied.join(', ')}.${screenOnly.length ? ` Not applied (on screen only): ${screenOnly.join(', ')}.` : ''}`;
  const name = h('input', { type: 'text', id: 'export-name', name: 'name', value: 'Actor map', maxlength: '200', dir: 'auto', 'data-testid': 'export-name' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'export-submit' }, 'Download');
  const status = statusLine('export-status');
  const form = h(
    'form',
    { class: 'transfer-form', novalidate: true },
    h('div', { class: 'transfer-field' }, h('label', { for: 'export-format' }, 'Format'), format),
    h('fieldset', { class: 'transfer-fieldset' }, h('legend', {}, 'Redaction profile'), ...profiles.map((p) => p.element)),
    h('div', { class: 'transfer-check' }, onlyView, h('label', { for: 'export-only-view' }, 'Only the current filtered view')),
    h('p', { class: 'transfer-note transfer-indent', id: 'export-only-view-text' }, viewText),
    h('div', { class: 'transfer-field' }, h('label', { for: 'export-name' }, 'Map name (written into the file)'), name),
    h('div', { class: 'transfer-row' }, submit),
    status.element,
  );
  ui.body.append(form);
  format.focus();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const profile = (profiles.find((p) => p.radio.checked)?.radio.value ?? 'internal') as ExportProfile;
    const request = { format: format.value as ExportFormat, profile, name: name.value.trim() || undefined, filters: onlyView.checked ? query : undefined };
    submit.disabled = true;
    status.show('Preparing the file…');
    fetchExport(request, running.signal)
      .then(({ blob, fileName }) => {
        saveBlob(blob, fileName);
        status.show(`Downloaded ${fileName} (${PROFILE_TEXT[profile].label.toLowerCase()} profile).`);
      })
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        status.show(`The export failed: ${error instanceof ApiError ? error.message : 'something went wrong in the page.'}`, 'error');
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
}

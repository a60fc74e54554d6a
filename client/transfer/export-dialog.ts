/**
 * The one export dialog. A data file: format (GraphML by default, the one most tools read; each
 * format says which tools read it), redaction profile (internal by default: the safe choice when
 * a file leaves the tool), the current filtered view (ticked whenever a filter is set) or the
 * whole map, and the map's name. The file is fetched (so a refusal shows the API's message rather
 * than downloading an error page) and saved under a name that says what it holds: map, view,
 * profile, date. And a picture of what is on screen, PNG or SVG, with title and legend. Both can
 * leave out the actors without a tie in what is exported (one choice at the top, for both).
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
import { download } from '../graph/export-image.js';

/** What each format is read by, in the order offered: the most widely read first. */
const FORMAT_LABELS: Record<ExportFormat, string> = {
  graphml: 'GraphML: Gephi, Cytoscape desktop, yEd, NetworkX, igraph',
  gexf12: 'GEXF 1.2: Gephi, NetworkX',
  gexf: 'GEXF 1.3: Gephi 0.10 or later only (NetworkX cannot read it)',
  cytoscape: 'Cytoscape.js JSON: Cytoscape desktop and web pages',
  csv: 'CSV, actors and ties (zip): spreadsheets',
  'csv-nodes': 'CSV, actors only: spreadsheets',
  'csv-edges': 'CSV, ties only: spreadsheets',
  kumu: 'Kumu workbook (XLSX): Kumu, spreadsheets',
  snapshot: 'Actor Map snapshot (JSON): another Actor Map, imports back unchanged',
};
const FORMAT_ORDER = Object.keys(FORMAT_LABELS) as ExportFormat[];

/** Making a picture of the map: the workbench's map controller does it. */
export interface PictureCommands {
  exportPng(scale: number, title: string, withoutIsolates: boolean): Promise<void>;
  exportSvg(title: string, withoutIsolates: boolean): Promise<void>;
}

/**
 * A file name that says what the file holds: `<map>-<view|whole-map>[-tied-only]-<profile>-<date>.<ext>`
 * (`tied-only` when the actors without ties were left out).
 */
export function exportFileName(parts: {
  name: string;
  filtered: boolean;
  withoutIsolates?: boolean;
  profile: ExportProfile;
  date: Date;
  serverName: string;
}): string {
  const slug =
    parts.name
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'actor-map';
  const extension = /\.[a-z0-9.]+$/i.exec(parts.serverName)?.[0] ?? '';
  const view = `${parts.filtered ? 'filtered-view' : 'whole-map'}${parts.withoutIsolates ? '-tied-only' : ''}`;
  return `${slug}-${view}-${parts.profile}-${parts.date.toISOString().slice(0, 10)}${extension}`;
}

/** The one choice both the data file and the picture follow. */
function isolatesChoice(): { element: HTMLElement; checkbox: HTMLInputElement } {
  const checkbox = h('input', {
    type: 'checkbox',
    id: 'export-without-isolates',
    'data-testid': 'export-without-isolates',
    'aria-describedby': 'export-without-isolates-text',
  });
  const element = h(
    'div',
    { class: 'transfer-form' },
    h('div', { class: 'transfer-check' }, checkbox, h('label', { for: 'export-without-isolates' }, 'Leave out actors without ties')),
    h(
      'p',
      { class: 'transfer-note transfer-indent', id: 'export-without-isolates-text' },
      'Applies to the data file and the picture: an actor with no tie in what is exported (after the filters and the redaction profile) is left out.',
    ),
  );
  return { element, checkbox };
}

const PROFILE_TEXT: Record<ExportProfile, { label: string; explanation: string }> = {
  full: { label: 'Full', explanation: 'Everything you may see, free text included. Only for your own team.' },
  internal: {
    label: 'Internal',
    explanation: 'Actors and ties above “internal” get pseudonyms; descriptions, needs, sources and aliases are removed.',
  },
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

export function openExportDialog(options: { dataAllowed: boolean; picture: PictureCommands }): void {
  const running = new AbortController();
  const ui = openTransferDialog({ title: 'Export the map', testId: 'export-dialog', onClose: () => running.abort() });
  const isolates = isolatesChoice();
  const pictureSection = pictureForm(options.picture, isolates.checkbox);
  if (!options.dataAllowed) {
    ui.body.append(
      h(
        'p',
        { class: 'transfer-note', 'data-testid': 'export-data-not-allowed' },
        'Your role does not allow exporting data files; a picture of what is on screen is available below.',
      ),
      isolates.element,
      pictureSection,
    );
    return;
  }

  const format = h(
    'select',
    { id: 'export-format', name: 'format', 'data-testid': 'export-format' },
    ...FORMAT_ORDER.filter((value) => EXPORT_FORMATS.includes(value)).map((value) =>
      h('option', { value, selected: value === 'graphml' }, FORMAT_LABELS[value]),
    ),
  );
  const profiles = EXPORT_PROFILES.map((profile) => {
    const id = `export-profile-${profile}`;
    const radio = h('input', {
      type: 'radio',
      name: 'profile',
      id,
      value: profile,
      checked: profile === 'internal',
      'data-testid': id,
      'aria-describedby': `${id}-text`,
    });
    return {
      radio,
      element: h(
        'div',
        { class: 'transfer-radio' },
        radio,
        h('label', { for: id }, PROFILE_TEXT[profile].label),
        h('p', { class: 'transfer-note', id: `${id}-text` }, PROFILE_TEXT[profile].explanation),
      ),
    };
  });
  const { query, applied, screenOnly } = serverFilters(getState().view.filters);
  // A filter on screen means the user is looking at that part: export what they see unless they untick it.
  const onlyView = h('input', {
    type: 'checkbox',
    id: 'export-only-view',
    'data-testid': 'export-only-view',
    disabled: applied.length === 0,
    checked: applied.length > 0,
    'aria-describedby': 'export-only-view-text',
  });
  const viewText =
    applied.length === 0
      ? 'No filter is set: the export holds the whole map you may see.'
      : `Filters applied to the file: ${applied.join(', ')}.${screenOnly.length ? ` Not applied (on screen only): ${screenOnly.join(', ')}.` : ''}`;
  const name = h('input', {
    type: 'text',
    id: 'export-name',
    name: 'name',
    value: 'Actor map',
    maxlength: '200',
    dir: 'auto',
    'data-testid': 'export-name',
  });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'export-submit' }, 'Download');
  const status = statusLine('export-status');
  const form = h(
    'form',
    { class: 'transfer-form', novalidate: true },
    h('h3', { class: 'transfer-heading' }, 'Data file'),
    h('div', { class: 'transfer-field' }, h('label', { for: 'export-format' }, 'Format (and the tools that read it)'), format),
    h('fieldset', { class: 'transfer-fieldset' }, h('legend', {}, 'Redaction profile'), ...profiles.map((p) => p.element)),
    h('div', { class: 'transfer-check' }, onlyView, h('label', { for: 'export-only-view' }, 'Only the current filtered view')),
    h('p', { class: 'transfer-note transfer-indent', id: 'export-only-view-text' }, viewText),
    h('div', { class: 'transfer-field' }, h('label', { for: 'export-name' }, 'Map name (written into the file)'), name),
    h('div', { class: 'transfer-row' }, submit),
    status.element,
  );
  ui.body.append(isolates.element, form, pictureSection);
  format.focus();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const profile = (profiles.find((p) => p.radio.checked)?.radio.value ?? 'internal') as ExportProfile;
    const request = {
      format: format.value as ExportFormat,
      profile,
      name: name.value.trim() || undefined,
      filters: onlyView.checked ? query : undefined,
      withoutIsolates: isolates.checkbox.checked,
    };
    submit.disabled = true;
    status.show('Preparing the file…');
    fetchExport(request, running.signal)
      .then(({ blob, fileName: serverName }) => {
        const fileName = exportFileName({
          name: name.value.trim() || 'Actor map',
          filtered: request.filters !== undefined,
          withoutIsolates: request.withoutIsolates,
          profile,
          date: new Date(),
          serverName,
        });
        download(blob, fileName);
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

/** A picture of what is on screen, with its title and legend. */
function pictureForm(commands: PictureCommands, withoutIsolates: HTMLInputElement): HTMLElement {
  const title = h('input', {
    type: 'text',
    id: 'export-title',
    value: 'Actor map',
    maxlength: '200',
    dir: 'auto',
    'data-testid': 'export-title',
  });
  const scale = h(
    'select',
    { id: 'export-scale', 'data-testid': 'export-scale' },
    ...[1, 2, 3, 4].map((s) => h('option', { value: String(s), selected: s === 2 }, `${s}×`)),
  );
  const png = h('button', { type: 'button', 'data-testid': 'export-png' }, 'Download PNG');
  const svg = h('button', { type: 'button', 'data-testid': 'export-svg' }, 'Download SVG');
  const status = statusLine('export-picture-status');
  const run = (make: () => Promise<void>) => {
    png.disabled = svg.disabled = true;
    status.show('Drawing the picture…');
    make()
      .then(() => status.show('Picture downloaded.'))
      .catch(() => status.show('The picture could not be made.', 'error'))
      .finally(() => {
        png.disabled = svg.disabled = false;
      });
  };
  png.addEventListener('click', () =>
    run(() => commands.exportPng(Number(scale.value), title.value.trim() || 'Actor map', withoutIsolates.checked)),
  );
  svg.addEventListener('click', () => run(() => commands.exportSvg(title.value.trim() || 'Actor map', withoutIsolates.checked)));
  return h(
    'section',
    { class: 'transfer-form', 'aria-labelledby': 'export-picture-heading' },
    h('h3', { class: 'transfer-heading', id: 'export-picture-heading' }, 'Picture of what is on screen'),
    h('div', { class: 'transfer-field' }, h('label', { for: 'export-title' }, 'Title (drawn above the map, with the legend)'), title),
    h('div', { class: 'transfer-row' }, h('label', { for: 'export-scale' }, 'PNG scale'), scale, png, svg),
    status.element,
  );
}

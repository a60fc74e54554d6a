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
import { t, type MessageKey } from '../i18n/i18n.js';
import { getState } from '../state.js';
import { h } from '../ui/dom.js';
import { openTransferDialog, statusLine } from './dialog.js';
import { download } from '../graph/export-image.js';

/** The formats in the order offered: the most widely read first (each label says which tools read it). */
const FORMAT_ORDER: readonly ExportFormat[] = [
  'graphml',
  'gexf12',
  'gexf',
  'cytoscape',
  'csv',
  'csv-nodes',
  'csv-edges',
  'kumu',
  'snapshot',
];
const formatLabel = (format: ExportFormat) => t(`transfer.format_${format}` as MessageKey);

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
    h('div', { class: 'transfer-check' }, checkbox, h('label', { for: 'export-without-isolates' }, t('transfer.withoutIsolates'))),
    h('p', { class: 'transfer-note transfer-indent', id: 'export-without-isolates-text' }, t('transfer.withoutIsolatesNote')),
  );
  return { element, checkbox };
}

const profileLabel = (profile: ExportProfile) => t(`transfer.profile_${profile}` as MessageKey);
const profileExplanation = (profile: ExportProfile) => t(`transfer.profileText_${profile}` as MessageKey);

/** The current filters the API can apply to an export (the others act only on the screen), in the page's words. */
export function serverFilters(filters: MapFilters): { query: GraphQuery; applied: string[]; screenOnly: string[] } {
  const query: GraphQuery = {};
  const applied: string[] = [];
  if (filters.kinds.length) {
    query.kinds = [...filters.kinds];
    applied.push(t('transfer.applied_kinds', { count: filters.kinds.length }));
  }
  if (filters.areas.length) {
    query.areas = [...filters.areas];
    applied.push(t('transfer.applied_areas', { count: filters.areas.length }));
  }
  if (filters.output) {
    query.output = filters.output;
    applied.push(t('transfer.applied_output'));
  }
  if (filters.tieTypes.length) {
    query.tieTypes = [...filters.tieTypes];
    applied.push(t('transfer.applied_tieTypes', { count: filters.tieTypes.length }));
  }
  if (filters.at) {
    query.at = filters.at;
    applied.push(t('transfer.applied_at', { date: filters.at }));
  }
  const screenOnly = [
    filters.subtypes.length ? t('transfer.screen_subtype') : null,
    filters.stances.length ? t('transfer.screen_stance') : null,
    filters.doNoHarm.length ? t('transfer.screen_doNoHarm') : null,
    filters.confidence.length ? t('transfer.screen_confidence') : null,
  ].filter((name): name is string => name !== null);
  return { query, applied, screenOnly };
}

export function openExportDialog(options: { dataAllowed: boolean; picture: PictureCommands }): void {
  const running = new AbortController();
  const ui = openTransferDialog({ title: t('transfer.exportTitle'), testId: 'export-dialog', onClose: () => running.abort() });
  const isolates = isolatesChoice();
  const pictureSection = pictureForm(options.picture, isolates.checkbox);
  if (!options.dataAllowed) {
    ui.body.append(
      h('p', { class: 'transfer-note', 'data-testid': 'export-data-not-allowed' }, t('transfer.dataNotAllowed')),
      isolates.element,
      pictureSection,
    );
    return;
  }

  const format = h(
    'select',
    { id: 'export-format', name: 'format', 'data-testid': 'export-format' },
    ...FORMAT_ORDER.filter((value) => EXPORT_FORMATS.includes(value)).map((value) =>
      h('option', { value, selected: value === 'graphml' }, formatLabel(value)),
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
        h('label', { for: id }, profileLabel(profile)),
        h('p', { class: 'transfer-note', id: `${id}-text` }, profileExplanation(profile)),
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
  const list = (items: string[]) => items.join(t('transfer.listSeparator'));
  const viewText =
    applied.length === 0
      ? t('transfer.noFilter')
      : screenOnly.length
        ? t('transfer.filtersAppliedScreenOnly', { applied: list(applied), screenOnly: list(screenOnly) })
        : t('transfer.filtersApplied', { applied: list(applied) });
  // The default name is written into the file and its name: in the page's language.
  const defaultName = t('transfer.defaultMapName');
  const name = h('input', {
    type: 'text',
    id: 'export-name',
    name: 'name',
    value: defaultName,
    maxlength: '200',
    dir: 'auto',
    'data-testid': 'export-name',
  });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'export-submit' }, t('transfer.download'));
  const status = statusLine('export-status');
  const form = h(
    'form',
    { class: 'transfer-form', novalidate: true },
    h('h3', { class: 'transfer-heading' }, t('transfer.dataFile')),
    h('div', { class: 'transfer-field' }, h('label', { for: 'export-format' }, t('transfer.format')), format),
    h('fieldset', { class: 'transfer-fieldset' }, h('legend', {}, t('transfer.profile')), ...profiles.map((p) => p.element)),
    h('div', { class: 'transfer-check' }, onlyView, h('label', { for: 'export-only-view' }, t('transfer.onlyView'))),
    h('p', { class: 'transfer-note transfer-indent', id: 'export-only-view-text' }, viewText),
    h('div', { class: 'transfer-field' }, h('label', { for: 'export-name' }, t('transfer.mapName')), name),
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
    status.show(t('transfer.preparingFile'));
    fetchExport(request, running.signal)
      .then(({ blob, fileName: serverName }) => {
        const fileName = exportFileName({
          name: name.value.trim() || defaultName,
          filtered: request.filters !== undefined,
          withoutIsolates: request.withoutIsolates,
          profile,
          date: new Date(),
          serverName,
        });
        download(blob, fileName);
        status.show(t('transfer.downloaded', { file: fileName, profile }));
      })
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        status.show(
          error instanceof ApiError ? t('transfer.exportFailed', { message: error.message }) : t('transfer.exportPageError'),
          'error',
        );
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
}

/** A picture of what is on screen, with its title and legend. */
function pictureForm(commands: PictureCommands, withoutIsolates: HTMLInputElement): HTMLElement {
  const defaultTitle = t('transfer.defaultMapName');
  const title = h('input', {
    type: 'text',
    id: 'export-title',
    value: defaultTitle,
    maxlength: '200',
    dir: 'auto',
    'data-testid': 'export-title',
  });
  const scale = h(
    'select',
    { id: 'export-scale', 'data-testid': 'export-scale' },
    ...[1, 2, 3, 4].map((s) => h('option', { value: String(s), selected: s === 2 }, t('transfer.scale', { scale: s }))),
  );
  const png = h('button', { type: 'button', 'data-testid': 'export-png' }, t('transfer.downloadPng'));
  const svg = h('button', { type: 'button', 'data-testid': 'export-svg' }, t('transfer.downloadSvg'));
  const status = statusLine('export-picture-status');
  const run = (make: () => Promise<void>) => {
    png.disabled = svg.disabled = true;
    status.show(t('transfer.drawingPicture'));
    make()
      .then(() => status.show(t('transfer.pictureDone')))
      .catch(() => status.show(t('transfer.pictureFailed'), 'error'))
      .finally(() => {
        png.disabled = svg.disabled = false;
      });
  };
  png.addEventListener('click', () =>
    run(() => commands.exportPng(Number(scale.value), title.value.trim() || defaultTitle, withoutIsolates.checked)),
  );
  svg.addEventListener('click', () => run(() => commands.exportSvg(title.value.trim() || defaultTitle, withoutIsolates.checked)));
  return h(
    'section',
    { class: 'transfer-form', 'aria-labelledby': 'export-picture-heading' },
    h('h3', { class: 'transfer-heading', id: 'export-picture-heading' }, t('transfer.pictureHeading')),
    h('div', { class: 'transfer-field' }, h('label', { for: 'export-title' }, t('transfer.pictureTitle')), title),
    h('div', { class: 'transfer-row' }, h('label', { for: 'export-scale' }, t('transfer.pngScale')), scale, png, svg),
    status.element,
  );
}

/**
 * The mapping step for a table whose columns the importer did not recognise (status
 * needs_mapping): the file's columns with sample values, and for each field the importer knows
 * (organisation is required) a select of those columns. The answer is a `ColumnMapping`, which
 * the dialog sends back with the same file.
 */
import { MAPPABLE_FIELDS, type ColumnMapping, type ImportReport, type MappableField } from '../../server/contracts/index.js';
import { h } from '../ui/dom.js';

const FIELD_LABELS: Record<MappableField, string> = {
  org: 'Name of the actor or organisation (required)',
  orgAcronym: 'Acronym',
  aliases: 'Other names (several per cell)',
  originalName: 'Name in its original script',
  externalId: 'External id (IATI, ACLED...)',
  kind: 'Kind (values translated below)',
  subtype: 'Subtype (values translated below)',
  description: 'Description',
  areas: 'Admin areas by name or p-code (several per cell)',
  reference: 'Another row\'s external id (becomes a tie)',
  sector: 'Sector',
  subsector: 'Subsector',
  country: 'Country',
  countryCode: 'Country code',
  adm1: 'Admin level 1 (province, state)',
  adm1Code: 'Admin level 1 code',
  lat: 'Latitude',
  lon: 'Longitude',
};

/** Render the step; `submit` gets the mapping when the person confirms it. */
export function renderMappingStep(report: ImportReport, submit: (mapping: ColumnMapping) => void): HTMLElement {
  const columns = report.columns;
  const columnRef = (column: ImportReport['columns'][number]) => (column.header.trim() ? column.header : column.letter);
  const sampleTable = h(
    'div',
    { class: 'transfer-table-wrap' },
    h(
      'table',
      { class: 'transfer-table', 'data-testid': 'mapping-columns' },
      h('caption', { class: 'visually-hidden' }, 'Columns of the file'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Column'), h('th', { scope: 'col' }, 'Header'), h('th', { scope: 'col' }, 'Sample values'))),
      h('tbody', {}, ...columns.map((c) => h('tr', {}, h('td', {}, c.letter), h('td', {}, c.header || '—'), h('td', {}, c.samples.join(' · ') || '—')))),
    ),
  );
  const selects = new Map<MappableField, HTMLSelectElement>();
  const rows = MAPPABLE_FIELDS.map((field) => {
    const id = `mapping-${field}`;
    const select = h(
      'select',
      { id, name: field, 'data-field': field },
      h('option', { value: '' }, '— not in this file —'),
      ...columns.map((c) => h('option', { value: columnRef(c), selected: c.field === field }, c.header ? `${c.letter} · ${c.header}` : c.letter)),
    );
    selects.set(field, select);
    return h('div', { class: 'mapping-row' }, h('label', { for: id }, FIELD_LABELS[field]), select);
  });
  const headerLine = h('input', { type: 'number', id: 'mapping-header-line', min: '1', max: '50', value: String(report.headerLine ?? 1) });
  const error = h('p', { class: 'transfer-status transfer-error', role: 'alert', hidden: true });
  const button = h('button', { type: 'submit', class: 'primary', 'data-testid': 'mapping-submit' }, 'Import with this mapping');
  const form = h(
    'form',
    { class: 'mapping-step', 'data-testid': 'mapping-step', novalidate: true },
    h('h3', {}, 'Which column holds what?'),
    sampleTable,
    h('div', { class: 'mapping-row' }, h('label', { for: 'mapping-header-line' }, 'Header row (line of the file)'), headerLine),
    h('div', { class: 'mapping-grid' }, ...rows),
    error,
    button,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen: ColumnMapping['columns'] = {};
    for (const [field, select] of selects) if (select.value) chosen[field] = select.value;
    if (!chosen.org) {
      error.hidden = false;
      error.textContent = 'Choose the column that holds the organisation.';
      selects.get('org')?.focus();
      return;
    }
    const line = Number(headerLine.value);
    submit({ columns: chosen, ...(Number.isInteger(line) && line >= 1 && line <= 50 ? { headerLine: line } : {}) });
  });
  return form;
}

/**
 * The mapping step, shown for every table (not only when nothing was recognised): the file's
 * columns with sample values and the field each was read as, and for each field a select of the
 * columns (the name is required), plus coded values, constants, separator, id scheme and what a
 * reference means. The answer is a `ColumnMapping`, which the dialog sends back with the same
 * file, to check again or to import.
 */
import {
  ACTOR_KINDS,
  ALL_ACTOR_SUBTYPES,
  MAPPABLE_FIELDS,
  REFERENCE_RELATIONS,
  TIE_TYPES,
  type ColumnMapping,
  type ImportReport,
  type MappableField,
} from '../../server/contracts/index.js';
import { h } from '../ui/dom.js';
import { scrollRegion } from './import-report.js';

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
  reference: "Another row's external id (becomes a tie)",
  sector: 'Sector',
  subsector: 'Subsector',
  country: 'Country',
  countryCode: 'Country code',
  adm1: 'Admin level 1 (province, state)',
  adm1Code: 'Admin level 1 code',
  lat: 'Latitude',
  lon: 'Longitude',
};

/** "value = kind" lines, one per line, to a record (lines without "=" are ignored). */
function valueLines(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => line.split('=').map((part) => part.trim()))
      .filter((parts) => parts.length === 2 && parts[0] && parts[1]) as [string, string][],
  );
}
const asLines = (values: Record<string, string> | undefined) =>
  Object.entries(values ?? {})
    .map(([value, meaning]) => `${value} = ${meaning}`)
    .join('\n');

function labelled(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  control.id = id;
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { class: 'mapping-row' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { class: 'transfer-note', id: `${id}-hint` }, hint) : null,
  );
}

function choice(values: readonly string[], current: string | undefined, empty: string): HTMLSelectElement {
  return h(
    'select',
    {},
    h('option', { value: '' }, empty),
    ...values.map((value) => h('option', { value, selected: value === current }, value)),
  );
}

/** The id of the mapping form, for the dialog's Import button that submits it. */
export const MAPPING_FORM_ID = 'import-mapping-form';

/** What a submitted mapping step says: the mapping, and whether to check only or import. */
export interface MappingChoice {
  mapping: ColumnMapping;
  dryRun: boolean;
}

/**
 * Render the step: which column feeds which field (as the importer read it, or as the person set
 * it last), how coded values translate, constants, separator, id scheme and what a reference
 * means. `submit` gets the mapping and whether to check again or import.
 */
export function renderMappingStep(report: ImportReport, submit: (choice: MappingChoice) => void, previous?: ColumnMapping): HTMLElement {
  const columns = report.columns;
  // By letter: a header may be joined with its hashtag in the report ("Organisation name #org").
  const columnRef = (column: ImportReport['columns'][number]) => column.letter;
  const sampleTable = h(
    'div',
    scrollRegion('Columns of the file'),
    h(
      'table',
      { class: 'transfer-table', 'data-testid': 'mapping-columns' },
      h('caption', { class: 'visually-hidden' }, 'Columns of the file, the field each feeds, and sample values'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Column'),
          h('th', { scope: 'col' }, 'Header'),
          h('th', { scope: 'col' }, 'Read as'),
          h('th', { scope: 'col' }, 'Sample values'),
        ),
      ),
      h(
        'tbody',
        {},
        ...columns.map((c) =>
          h(
            'tr',
            { 'data-letter': c.letter },
            h('td', {}, c.letter),
            h('td', {}, c.header || '—'),
            h('td', {}, c.field ? FIELD_LABELS[c.field] : '— not read —'),
            h('td', {}, c.samples.join(' · ') || '—'),
          ),
        ),
      ),
    ),
  );
  const selects = new Map<MappableField, HTMLSelectElement>();
  const rows = MAPPABLE_FIELDS.map((field) => {
    const id = `mapping-${field}`;
    const select = h(
      'select',
      { id, name: field, 'data-field': field },
      h('option', { value: '' }, '— not in this file —'),
      ...columns.map((c) =>
        h('option', { value: columnRef(c), selected: c.field === field }, c.header ? `${c.letter} · ${c.header}` : c.letter),
      ),
    );
    selects.set(field, select);
    return h('div', { class: 'mapping-row' }, h('label', { for: id }, FIELD_LABELS[field]), select);
  });
  const headerLine = h('input', { type: 'number', id: 'mapping-header-line', min: '1', max: '50', value: String(report.headerLine ?? 1) });
  const kindValues = h('textarea', { rows: '3', 'data-testid': 'mapping-kind-values' });
  kindValues.value = asLines(previous?.kindValues);
  const subtypeValues = h('textarea', { rows: '2' });
  subtypeValues.value = asLines(previous?.subtypeValues);
  const constantKind = choice(ACTOR_KINDS, previous?.constants?.kind, '— none —');
  const constantSubtype = choice(ALL_ACTOR_SUBTYPES, previous?.constants?.subtype, '— none —');
  const constantArea = h('input', { type: 'text', value: previous?.constants?.areas ?? '' });
  const separator = h('input', { type: 'text', maxlength: '5', size: '3', value: previous?.separator ?? ';' });
  const scheme = h('input', { type: 'text', maxlength: '40', value: previous?.externalIdScheme ?? '', placeholder: 'e.g. acled, iati' });
  const relation = choice(REFERENCE_RELATIONS, previous?.referenceRelation ?? 'parent_organisation', '— parent organisation —');
  const tieType = choice(TIE_TYPES, previous?.referenceTieType ?? 'affiliated_with', '— member of or affiliated with —');
  const extras = h(
    'details',
    { class: 'mapping-extras', open: Boolean(previous?.kindValues || previous?.constants || previous?.externalIdScheme) },
    h('summary', {}, 'Values, constants, ids and references'),
    labelled(
      'mapping-kind-values',
      'Kind of each value in the kind column',
      kindValues,
      `One per line, e.g. "4 = government"; kinds: ${ACTOR_KINDS.join(', ')}`,
    ),
    labelled(
      'mapping-subtype-values',
      'Subtype of each value in the subtype column',
      subtypeValues,
      'One per line, e.g. "2 = armed_group"',
    ),
    labelled('mapping-constant-kind', 'Every row is of the kind', constantKind),
    labelled('mapping-constant-subtype', 'Every row is of the subtype', constantSubtype),
    labelled('mapping-constant-area', 'Every row works in the area (name or p-code)', constantArea),
    labelled('mapping-separator', 'Separator of several values in one cell', separator),
    labelled('mapping-scheme', 'Register of the external ids', scheme, "Default: the column's header"),
    labelled('mapping-relation', 'A reference to another row means', relation),
    labelled('mapping-tie-type', 'and becomes a tie of type', tieType),
  );
  const error = h('p', { class: 'transfer-status transfer-error', role: 'alert', hidden: true });
  const check = h(
    'button',
    { type: 'submit', class: 'primary', 'data-testid': 'mapping-check', value: 'check' },
    'Check again with this mapping',
  );
  const form = h(
    'form',
    // The dialog's Import button (outside, form="import-mapping-form") submits this form to write with the mapping shown.
    { class: 'mapping-step', id: MAPPING_FORM_ID, 'data-testid': 'mapping-step', novalidate: true },
    h('h3', {}, 'Which column holds what?'),
    h(
      'p',
      { class: 'transfer-note' },
      'How the importer read the columns. Change any of them, then check again: nothing is written until you press Import.',
    ),
    sampleTable,
    h('div', { class: 'mapping-row' }, h('label', { for: 'mapping-header-line' }, 'Header row (line of the file)'), headerLine),
    h('div', { class: 'mapping-grid' }, ...rows),
    extras,
    error,
    h('div', { class: 'transfer-row' }, check),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen: NonNullable<ColumnMapping['columns']> = {};
    for (const [field, select] of selects) if (select.value) chosen[field] = select.value;
    if (!chosen.org) {
      error.hidden = false;
      error.textContent = 'Choose the column that holds the names of the actors.';
      selects.get('org')?.focus();
      return;
    }
    const line = Number(headerLine.value);
    const constants = {
      ...(constantKind.value ? { kind: constantKind.value } : {}),
      ...(constantSubtype.value ? { subtype: constantSubtype.value } : {}),
      ...(constantArea.value.trim() ? { areas: constantArea.value.trim() } : {}),
    };
    const mapping = {
      columns: chosen,
      ...(Number.isInteger(line) && line >= 1 && line <= 50 ? { headerLine: line } : {}),
      ...(kindValues.value.trim() ? { kindValues: valueLines(kindValues.value) } : {}),
      ...(subtypeValues.value.trim() ? { subtypeValues: valueLines(subtypeValues.value) } : {}),
      ...(Object.keys(constants).length ? { constants } : {}),
      ...(separator.value && separator.value !== ';' ? { separator: separator.value } : {}),
      ...(scheme.value.trim() ? { externalIdScheme: scheme.value.trim() } : {}),
      ...(relation.value ? { referenceRelation: relation.value } : {}),
      ...(tieType.value ? { referenceTieType: tieType.value } : {}),
    } as ColumnMapping;
    submit({ mapping, dryRun: (event as SubmitEvent).submitter?.getAttribute('value') === 'check' });
  });
  return form;
}

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
import { t, type MessageKey } from '../i18n/i18n.js';
import { kindLabel, subtypeLabel, tieTypeLabel } from '../i18n/vocabulary.js';
import { h } from '../ui/dom.js';
import { scrollRegion } from './import-report.js';

const fieldLabel = (field: MappableField) => t(`transfer.field_${field}` as MessageKey);

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

/** A select of coded values (the API's codes), each shown in the page's words. */
function choice<Code extends string>(
  values: readonly Code[],
  label: (code: Code) => string,
  current: string | undefined,
  empty: string,
): HTMLSelectElement {
  return h(
    'select',
    {},
    h('option', { value: '' }, empty),
    ...values.map((value) => h('option', { value, selected: value === current }, label(value))),
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
    scrollRegion(t('transfer.columnsOfFile')),
    h(
      'table',
      { class: 'transfer-table', 'data-testid': 'mapping-columns' },
      h('caption', { class: 'visually-hidden' }, t('transfer.columnsCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('transfer.colColumn')),
          h('th', { scope: 'col' }, t('transfer.colHeader')),
          h('th', { scope: 'col' }, t('transfer.colReadAs')),
          h('th', { scope: 'col' }, t('transfer.colSamples')),
        ),
      ),
      h(
        'tbody',
        {},
        ...columns.map((c) =>
          h(
            'tr',
            { 'data-letter': c.letter },
            // The letter, header and samples are the file's own: shown as they are.
            h('td', {}, h('bdi', { 'data-record-text': '' }, c.letter)),
            h('td', {}, c.header ? h('bdi', { 'data-record-text': '' }, c.header) : '—'),
            h('td', {}, c.field ? fieldLabel(c.field) : t('transfer.notRead')),
            h('td', {}, c.samples.length > 0 ? h('bdi', { 'data-record-text': '' }, c.samples.join(' · ')) : '—'),
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
      h('option', { value: '' }, t('transfer.notInFile')),
      ...columns.map((c) =>
        h('option', { value: columnRef(c), selected: c.field === field }, c.header ? `${c.letter} · ${c.header}` : c.letter),
      ),
    );
    selects.set(field, select);
    return h('div', { class: 'mapping-row' }, h('label', { for: id }, fieldLabel(field)), select);
  });
  const headerLine = h('input', { type: 'number', id: 'mapping-header-line', min: '1', max: '50', value: String(report.headerLine ?? 1) });
  const kindValues = h('textarea', { rows: '3', 'data-testid': 'mapping-kind-values' });
  kindValues.value = asLines(previous?.kindValues);
  const subtypeValues = h('textarea', { rows: '2' });
  subtypeValues.value = asLines(previous?.subtypeValues);
  const constantKind = choice(ACTOR_KINDS, kindLabel, previous?.constants?.kind, t('transfer.none'));
  const constantSubtype = choice(ALL_ACTOR_SUBTYPES, subtypeLabel, previous?.constants?.subtype, t('transfer.none'));
  const constantArea = h('input', { type: 'text', value: previous?.constants?.areas ?? '' });
  const separator = h('input', { type: 'text', maxlength: '5', size: '3', value: previous?.separator ?? ';' });
  const scheme = h('input', {
    type: 'text',
    maxlength: '40',
    value: previous?.externalIdScheme ?? '',
    placeholder: t('transfer.schemePlaceholder'),
  });
  const relation = choice(
    REFERENCE_RELATIONS,
    (code) => t(`transfer.relation_${code}` as MessageKey),
    previous?.referenceRelation ?? 'parent_organisation',
    t('transfer.defaultRelation'),
  );
  const tieType = choice(TIE_TYPES, tieTypeLabel, previous?.referenceTieType ?? 'affiliated_with', t('transfer.defaultTieType'));
  const extras = h(
    'details',
    { class: 'mapping-extras', open: Boolean(previous?.kindValues || previous?.constants || previous?.externalIdScheme) },
    h('summary', {}, t('transfer.extras')),
    // The kinds are listed as the API's codes: they are what a "value = kind" line must name.
    labelled('mapping-kind-values', t('transfer.kindValues'), kindValues, t('transfer.kindValuesHint', { kinds: ACTOR_KINDS.join(', ') })),
    labelled('mapping-subtype-values', t('transfer.subtypeValues'), subtypeValues, t('transfer.subtypeValuesHint')),
    labelled('mapping-constant-kind', t('transfer.constantKind'), constantKind),
    labelled('mapping-constant-subtype', t('transfer.constantSubtype'), constantSubtype),
    labelled('mapping-constant-area', t('transfer.constantArea'), constantArea),
    labelled('mapping-separator', t('transfer.separator'), separator),
    labelled('mapping-scheme', t('transfer.scheme'), scheme, t('transfer.schemeHint')),
    labelled('mapping-relation', t('transfer.relation'), relation),
    labelled('mapping-tie-type', t('transfer.tieType'), tieType),
  );
  const error = h('p', { class: 'transfer-status transfer-error', role: 'alert', hidden: true });
  const check = h('button', { type: 'submit', class: 'primary', 'data-testid': 'mapping-check', value: 'check' }, t('transfer.checkAgain'));
  const form = h(
    'form',
    // The dialog's Import button (outside, form="import-mapping-form") submits this form to write with the mapping shown.
    { class: 'mapping-step', id: MAPPING_FORM_ID, 'data-testid': 'mapping-step', novalidate: true },
    h('h3', {}, t('transfer.mappingHeading')),
    h('p', { class: 'transfer-note' }, t('transfer.mappingNote')),
    sampleTable,
    h('div', { class: 'mapping-row' }, h('label', { for: 'mapping-header-line' }, t('transfer.headerLine')), headerLine),
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
      error.textContent = t('transfer.chooseNameColumn');
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

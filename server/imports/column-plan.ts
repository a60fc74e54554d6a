/**
 * Finds the header (and HXL hashtag row) of a table and decides which column feeds which field:
 * from a person's column mapping when given, else from hashtags when present (junk rows above the
 * header tolerated), else from header names in English, French or Spanish; otherwise asks for a
 * mapping. `guessed` says whether a person chose the columns: a guess that reads badly
 * (mapping-doubts.ts) is put to the person before anything is written.
 */
import {
  EVIDENCE_FIELDS,
  MAPPABLE_FIELDS,
  type ColumnMapping,
  type ImportProblem,
  type ImportReport,
  type MappableField,
} from '../contracts/index.js';
import { fieldForTag, formatTag, isHashtagRow, isHashtagRowWithoutHashes, parseBareTag, parseHashtag } from './hxl-tags.js';
import { because, ImportNeedsMapping, ImportRefused } from './import-errors.js';
import { columnIndex, columnLetter, isBlankRow, type Table, type TableRow } from './table.js';

/** How a table is read: where its header is, which column is which field, and its data rows. */
export interface ColumnPlan {
  headerLine: number | null;
  hashtagLine: number | null;
  fields: Partial<Record<MappableField, number>>;
  /** "H (#org)" or "D (Organización)": how problems name a column. */
  labels: string[];
  columns: ImportReport['columns'];
  dataRows: TableRow[];
  warnings: ImportProblem[];
  /** True when the importer chose the columns itself (no `columns` in the mapping). */
  guessed: boolean;
}

const SCAN_ROWS = 25;

/** Header names recognised without a mapping (compared lower-case, accents kept). */
const HEADER_NAMES: Record<MappableField, readonly string[]> = {
  org: [
    'org',
    'organisation',
    'organization',
    'organisation name',
    'organization name',
    'organización',
    'organizacion',
    'organisme',
    'agency',
    'partner',
    'implementing partner',
    'actor',
    'name of organisation',
    'name',
    'actor name',
  ],
  orgAcronym: ['acronym', 'org acronym', 'organisation acronym', 'organization acronym', 'sigle', 'sigla'],
  aliases: ['aliases', 'alias', 'other names', 'also known as', 'aka', 'autres noms', 'otros nombres'],
  originalName: [
    'original name',
    'name (original script)',
    'original-script name',
    'local name',
    'native name',
    'nom original',
    'nombre original',
  ],
  externalId: [
    'external id',
    'actor id',
    'actor_id',
    'identifier',
    'iati identifier',
    'iati id',
    'organisation identifier',
    'organization identifier',
  ],
  kind: ['kind', 'actor kind', 'actor type', 'type of actor'],
  subtype: ['subtype', 'sub-type', 'actor subtype'],
  description: ['description', 'notes', 'remarks'],
  areas: ['areas', 'admin areas', 'p-codes', 'pcodes', 'zones'],
  reference: ['parent', 'parent id', 'parent organisation', 'parent organization', 'parent_id', 'splinter of', 'member of'],
  sector: ['sector', 'cluster', 'sector/cluster', 'sector (english)', 'secteur', 'sector / cluster'],
  subsector: ['subsector', 'sub-sector', 'sous-secteur', 'subsector/activity'],
  country: ['country', 'country name', 'pays', 'país', 'pais'],
  countryCode: ['country code', 'iso3', 'country iso3', 'country pcode'],
  adm1: [
    'adm1',
    'admin1',
    'admin 1',
    'admin level 1',
    'region',
    'province',
    'state',
    'governorate',
    'departamento/provincia/estado',
    'région',
  ],
  adm1Code: ['adm1 pcode', 'admin1 pcode', 'adm1 code', 'admin1 code', 'admin 1 pcode'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'long', 'longitude'],
  // Who says so (issue 15). Not "date" or "grade" alone: a 3W's "date" is when it was reported and
  // a "grade" may be a school grade; only names that say observation, reliability or credibility.
  source: ['source', 'sources', 'source of information', 'information source', 'source text', 'fuente', 'source du renseignement'],
  sourceReliability: [
    'reliability',
    'source reliability',
    'reliability of source',
    'source grade',
    'source rating',
    'reliability grade',
    'admiralty grade',
    'admiralty code',
    'nato grade',
    'fiabilité',
    'fiabilité de la source',
    'cotation de la source',
    'fiabilidad',
    'fiabilidad de la fuente',
  ],
  credibility: [
    'credibility',
    'information credibility',
    'credibility of information',
    'claim credibility',
    'crédibilité',
    "crédibilité de l'information",
    'credibilidad',
    'credibilidad de la información',
  ],
  observedAt: [
    'date observed',
    'observed',
    'observed at',
    'observed on',
    'observation date',
    'date of observation',
    "date d'observation",
    'observé le',
    'fecha de observación',
    'fecha observada',
  ],
};

function fieldForHeader(header: string): MappableField | null {
  const name = header
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'");
  for (const field of MAPPABLE_FIELDS) if (HEADER_NAMES[field].includes(name)) return field;
  return null;
}

function describeColumns(
  header: readonly string[],
  tags: readonly string[],
  fields: Partial<Record<MappableField, number>>,
  data: readonly TableRow[],
): ImportReport['columns'] {
  const width = Math.max(header.length, tags.length, ...data.slice(0, 5).map((row) => row.cells.length));
  const fieldOf = new Map(Object.entries(fields).map(([field, index]) => [index, field as MappableField]));
  return Array.from({ length: width }, (_, index) => ({
    letter: columnLetter(index),
    header: [header[index]?.trim(), tags[index]?.trim()].filter(Boolean).join(' ') || '',
    field: fieldOf.get(index) ?? null,
    samples: data.slice(0, 3).map((row) => row.cells[index]?.trim() ?? ''),
  }));
}

function labelsFor(header: readonly string[], tags: readonly string[], width: number): string[] {
  return Array.from({ length: width }, (_, index) => {
    const name = tags[index]?.trim() || header[index]?.trim();
    return name ? `${columnLetter(index)} (${name})` : columnLetter(index);
  });
}

function plan(
  table: Table,
  headerIndex: number | null,
  tagIndex: number | null,
  fields: Partial<Record<MappableField, number>>,
  warnings: ImportProblem[],
  guessed = true,
): ColumnPlan {
  const header = headerIndex === null ? [] : (table.rows[headerIndex]?.cells ?? []);
  const tags = tagIndex === null ? [] : (table.rows[tagIndex]?.cells ?? []);
  const first = Math.max(headerIndex ?? -1, tagIndex ?? -1) + 1;
  const dataRows = table.rows.slice(first).filter((row) => !isBlankRow(row));
  const width = Math.max(header.length, tags.length, ...dataRows.slice(0, 50).map((row) => row.cells.length));
  return {
    headerLine: headerIndex === null ? null : (table.rows[headerIndex]?.line ?? null),
    hashtagLine: tagIndex === null ? null : (table.rows[tagIndex]?.line ?? null),
    fields,
    labels: labelsFor(header, tags, width),
    columns: describeColumns(header, tags, fields, dataRows),
    dataRows,
    warnings,
    guessed,
  };
}

function fromHashtags(table: Table, tagIndex: number): ColumnPlan {
  const row = table.rows[tagIndex];
  const warnings: ImportProblem[] = [];
  const fields: Partial<Record<MappableField, number>> = {};
  row?.cells.forEach((cell, index) => {
    let tag = parseHashtag(cell);
    if (!tag && cell.trim() !== '') {
      tag = parseBareTag(cell);
      const reason = tag ? `"${cell.trim()}" has no "#"; read as ${formatTag(tag)}` : `"${cell.trim()}" is not a hashtag; column ignored`;
      warnings.push({ line: row.line, column: columnLetter(index), sheet: table.sheet, reason });
    }
    const field = tag ? fieldForTag(tag) : null;
    if (field && fields[field] === undefined) fields[field] = index;
  });
  const headerIndex = tagIndex > 0 && !isBlankRow(table.rows[tagIndex - 1] as TableRow) ? tagIndex - 1 : null;
  // HXL has no tags for who says so: an untagged column named "Reliability" or "Date observed" is read by its header.
  if (headerIndex !== null)
    table.rows[headerIndex]?.cells.forEach((cell, index) => {
      const field = fieldForHeader(cell);
      const untagged = (row?.cells[index] ?? '').trim() === '';
      if (untagged && field && (EVIDENCE_FIELDS as readonly string[]).includes(field) && fields[field] === undefined) fields[field] = index;
    });
  return plan(table, headerIndex, tagIndex, fields, warnings);
}

function fromMapping(
  table: Table,
  columns: NonNullable<ColumnMapping['columns']>,
  headerLine: number | undefined,
  guessedHeader: number | null,
): ColumnPlan {
  const headerIndex = headerLine !== undefined ? table.rows.findIndex((row) => row.line === headerLine) : guessedHeader;
  const header = headerIndex === null || headerIndex < 0 ? [] : (table.rows[headerIndex]?.cells ?? []);
  const fields: Partial<Record<MappableField, number>> = {};
  const problems: ImportProblem[] = [];
  for (const [field, name] of Object.entries(columns) as [MappableField, string][]) {
    const byHeader = header.findIndex((cell) => cell.trim().toLowerCase() === name.trim().toLowerCase());
    const index = byHeader >= 0 ? byHeader : columnIndex(name.trim());
    if (index === null)
      problems.push({
        line: headerLine ?? null,
        column: name,
        sheet: table.sheet,
        ...because(`mapping for ${field}: no column with this header or letter`, 'import.mapping_no_column', { field }),
      });
    else fields[field] = index;
  }
  if (problems.length > 0) throw new ImportRefused(problems);
  const found = headerIndex !== null && headerIndex >= 0 ? headerIndex : null;
  // An HXL hashtag row under the header is not data, whoever chose the columns.
  const tagIndex = found !== null && isHashtagRow(table.rows[found + 1]?.cells ?? []) ? found + 1 : null;
  return plan(table, found, tagIndex, fields, [], false);
}

/** Decides how to read a table; throws ImportRefused or ImportNeedsMapping when it cannot. */
export function planColumns(table: Table, mapping: ColumnMapping | undefined): ColumnPlan {
  const scan = table.rows.slice(0, SCAN_ROWS);
  const tagIndex = scan.findIndex((row) => isHashtagRow(row.cells));
  const headerIndex = scan.findIndex((row) => row.cells.some((cell) => fieldForHeader(cell) === 'org'));
  if (mapping?.columns && Object.keys(mapping.columns).length > 0) {
    const firstFilled = scan.findIndex((row) => !isBlankRow(row));
    const guessedHeader =
      headerIndex >= 0 ? headerIndex : tagIndex > 0 ? tagIndex - 1 : firstFilled >= 0 && firstFilled !== tagIndex ? firstFilled : null;
    return fromMapping(table, mapping.columns, mapping.headerLine, guessedHeader);
  }
  if (tagIndex >= 0) return fromHashtags(table, tagIndex);
  if (headerIndex >= 0) {
    const next = table.rows[headerIndex + 1];
    if (next && isHashtagRowWithoutHashes(next.cells)) {
      throw new ImportRefused([
        {
          line: next.line,
          column: null,
          sheet: table.sheet,
          ...because(
            `this row looks like HXL hashtags without their "#" (${next.cells
              .filter((cell) => cell.trim())
              .slice(0, 3)
              .join(', ')}, ...); write them as #sector+es etc. or delete the row`,
            'import.hashtags_without_hash',
            { values: next.cells.filter((cell) => cell.trim()).slice(0, 3) },
          ),
        },
      ]);
    }
    const fields: Partial<Record<MappableField, number>> = {};
    table.rows[headerIndex]?.cells.forEach((cell, index) => {
      const field = fieldForHeader(cell);
      if (field && fields[field] === undefined) fields[field] = index;
    });
    return plan(table, headerIndex, null, fields, []);
  }
  const firstFilled = scan.findIndex((row) => !isBlankRow(row));
  const guess = plan(table, firstFilled >= 0 ? firstFilled : null, null, {}, []);
  throw new ImportNeedsMapping(guess.columns, {
    line: guess.headerLine,
    column: null,
    sheet: table.sheet,
    ...because(
      'no column is recognised as the organisation (no #org hashtag and no known header); give a column mapping, e.g. {"headerLine":2,"columns":{"org":"D","sector":"B"}}',
      'import.no_org_recognised',
    ),
  });
}

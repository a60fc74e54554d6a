/**
 * Reads a Kumu-style workbook (an Elements sheet: Label, Type, Description, Tags; a Connections
 * sheet: From, To, Type) and our extended layout into an import plan. Every element and
 * connection is validated with the same schemas as the API; problems name sheet, row and column.
 */
import {
  ACTOR_SUBTYPES,
  ActorCreateSchema,
  AdminAreaSchema,
  issueCode,
  TieCreateSchema,
  type ImportProblem,
  type MessageCode,
  type MessageParams,
} from '../contracts/index.js';
import { booleanOrText, integerOrText, listOf, textOrUndefined } from './cell-values.js';
import { because } from './import-errors.js';
import { emptyPlan, isProvisional, provisionalId, type ImportPlan, type RowOrigin } from './import-plan.js';
import { CONNECTION_FIELD_COLUMNS, ELEMENT_FIELD_COLUMNS, LIST_SEPARATOR, SHEETS, kindForType, tieTypeForType } from './kumu-layout.js';
import { shortHash } from './stable-ids.js';
import { columnLetter, isBlankRow, type Table, type TableRow } from './table.js';

type Record_ = (header: string) => string | undefined;

interface Sheet {
  table: Table;
  header: string[];
  rows: TableRow[];
}

function sheetOf(tables: readonly Table[], name: string): Sheet | null {
  const table = tables.find((candidate) => candidate.sheet?.trim().toLowerCase() === name.toLowerCase());
  if (!table) return null;
  const [head, ...rest] = table.rows;
  return { table, header: (head?.cells ?? []).map((cell) => cell.trim().toLowerCase()), rows: rest.filter((row) => !isBlankRow(row)) };
}

/** True when the workbook has an Elements sheet with a Label column. */
export function isKumuWorkbook(tables: readonly Table[]): boolean {
  return sheetOf(tables, SHEETS.elements)?.header.includes('label') ?? false;
}

function reader(sheet: Sheet, row: TableRow): Record_ {
  return (header) => {
    const index = sheet.header.indexOf(header.toLowerCase());
    return index < 0 ? undefined : row.cells[index];
  };
}

/** A reason in English with its code when it has one (a schema's issue may have none). */
interface SaidReason {
  reason: string;
  messageCode?: MessageCode;
  params?: MessageParams;
}

/** A schema's issue as a reason: its English and, when issue-codes.ts knows it, its code. */
const issueReason = (issue: Parameters<typeof issueCode>[0]): SaidReason => ({ reason: issue.message, ...(issueCode(issue) ?? {}) });

function locate(sheet: Sheet, row: TableRow, header: string, said: SaidReason): ImportProblem {
  const index = sheet.header.indexOf(header.toLowerCase());
  return { line: row.line, column: index < 0 ? header : `${columnLetter(index)} (${header})`, sheet: sheet.table.sheet, ...said };
}

/** The Areas sheet's columns and the fields they state (an empty cell states nothing). */
const AREA_COLUMNS: Record<string, string> = { name: 'Name', pcode: 'P-code', level: 'Level', parentId: 'Parent ID', isCapital: 'Capital' };

function readAreas(sheet: Sheet | null, problems: ImportProblem[], origins: Record<string, RowOrigin>): ImportPlan['areas'] {
  if (!sheet) return [];
  return sheet.rows.flatMap((row) => {
    const cell = reader(sheet, row);
    const parsed = AdminAreaSchema.safeParse({
      id: textOrUndefined(cell('ID')),
      name: textOrUndefined(cell('Name')) ?? '',
      pcode: textOrUndefined(cell('P-code')) ?? null,
      level: integerOrText(cell('Level')),
      parentId: textOrUndefined(cell('Parent ID')) ?? null,
      isCapital: booleanOrText(cell('Capital')) ?? false,
    });
    if (parsed.success) {
      origins[parsed.data.id] = originOf(sheet, row, AREA_COLUMNS, 'ID');
      return [parsed.data];
    }
    problems.push(...parsed.error.issues.map((issue) => locate(sheet, row, String(issue.path[0] ?? 'ID'), issueReason(issue))));
    return [];
  });
}

/**
 * Where a row is and which fields it states: a cell left empty says nothing, so a record already
 * in the map keeps that field (its sensitivity and text fields included).
 */
function originOf(sheet: Sheet, row: TableRow, columns: Record<string, string>, header: string): RowOrigin {
  const cell = reader(sheet, row);
  const given = Object.entries(columns)
    .filter(([, name]) => (textOrUndefined(cell(name)) ?? '') !== '')
    .map(([field]) => field);
  return { line: row.line, column: locate(sheet, row, header, { reason: '' }).column, sheet: sheet.table.sheet, given };
}

/** A stand-in that passes the id schema while a provisional id is not yet resolved. */
function forValidation(id: string): string {
  return isProvisional(id) ? `provisional-${shortHash(id)}` : id;
}

function readElement(
  sheet: Sheet,
  row: TableRow,
  problems: ImportProblem[],
  warnings: ImportProblem[],
): ImportPlan['actors'][number] | null {
  const cell = reader(sheet, row);
  const label = textOrUndefined(cell('Label')) ?? '';
  const type = textOrUndefined(cell('Type')) ?? '';
  let kind = kindForType(type);
  if (!kind) {
    kind = 'civil_society';
    warnings.push(
      locate(
        sheet,
        row,
        'Type',
        because(`"${type}" is not an actor kind; read as civil society (a person should check)`, 'import.kumu_not_an_actor_kind', {
          value: type,
        }),
      ),
    );
  }
  const allowed: readonly string[] = ACTOR_SUBTYPES[kind];
  const subtype = listOf(cell('Tags'), LIST_SEPARATOR).find((tag) => allowed.includes(tag));
  const input = {
    id: textOrUndefined(cell('ID')),
    name: label,
    kind,
    subtype,
    acronym: textOrUndefined(cell('Acronym')),
    aliases: listOf(cell('Aliases'), LIST_SEPARATOR),
    description: cell('Description') ?? '',
    basedIn: listOf(cell('Based In'), LIST_SEPARATOR),
    activeIn: listOf(cell('Active In'), LIST_SEPARATOR),
    influence: integerOrText(cell('Influence')),
    interest: integerOrText(cell('Interest')),
    stance: integerOrText(cell('Stance')),
    doNoHarmRole: textOrUndefined(cell('Do No Harm Role')),
    womenFocus: booleanOrText(cell('Women Focus')),
    youthFocus: booleanOrText(cell('Youth Focus')),
    needs: listOf(cell('Needs'), LIST_SEPARATOR),
    sensitivity: textOrUndefined(cell('Sensitivity')),
    reviewBy: textOrUndefined(cell('Review By')),
  };
  const parsed = ActorCreateSchema.safeParse(input);
  // Without an ID, "the element labelled X": matched to an actor the importer may see, or new.
  if (parsed.success) return { ...parsed.data, id: parsed.data.id ?? provisionalId(label) };
  problems.push(
    ...parsed.error.issues.map((issue) => locate(sheet, row, ELEMENT_FIELD_COLUMNS[String(issue.path[0])] ?? 'Label', issueReason(issue))),
  );
  return null;
}

function readConnection(
  sheet: Sheet,
  row: TableRow,
  resolve: (ref: string) => string | null,
  problems: ImportProblem[],
): ImportPlan['ties'][number] | null {
  const cell = reader(sheet, row);
  const ends = (['From', 'To'] as const).map((header) => {
    const ref = textOrUndefined(cell(header)) ?? '';
    const id = resolve(ref);
    if (!id)
      problems.push(
        locate(
          sheet,
          row,
          header,
          ref
            ? because(`"${ref}" is neither the ID nor the unique Label of an element`, 'import.kumu_unknown_element', { value: ref })
            : because('is empty', 'import.cell_empty'),
        ),
      );
    return id;
  });
  const typeText = textOrUndefined(cell('Type')) ?? '';
  const type = tieTypeForType(typeText);
  if (!type)
    problems.push(
      locate(sheet, row, 'Type', because(`"${typeText}" is not a tie type`, 'import.kumu_not_a_tie_type', { value: typeText })),
    );
  const [sourceId, targetId] = ends;
  if (!sourceId || !targetId || !type) return null;
  const direction = textOrUndefined(cell('Direction'))?.toLowerCase();
  const input = {
    id: textOrUndefined(cell('ID')),
    type,
    sourceId: forValidation(sourceId),
    targetId: forValidation(targetId),
    directed:
      direction === undefined
        ? undefined
        : direction === 'directed'
          ? true
          : ['undirected', 'mutual'].includes(direction)
            ? false
            : direction,
    strength: integerOrText(cell('Strength')),
    source: cell('Source') ?? '',
    confidence: textOrUndefined(cell('Confidence')),
    observedAt: textOrUndefined(cell('Observed At')),
    validFrom: textOrUndefined(cell('Valid From')),
    validTo: textOrUndefined(cell('Valid To')),
    outputId: textOrUndefined(cell('Output')),
    description: cell('Description') ?? '',
    sensitivity: textOrUndefined(cell('Sensitivity')),
  };
  const parsed = TieCreateSchema.safeParse(input);
  // Without an ID, "the tie of this type between these ends": matched to a visible one, or new.
  if (parsed.success)
    return { ...parsed.data, sourceId, targetId, id: parsed.data.id ?? provisionalId(`tie:${sourceId}\u0000${targetId}\u0000${type}`) };
  problems.push(
    ...parsed.error.issues.map((issue) =>
      locate(sheet, row, CONNECTION_FIELD_COLUMNS[String(issue.path[0])] ?? 'Type', issueReason(issue)),
    ),
  );
  return null;
}

/** Reads the workbook; `existingAreaIds` are the areas already in the map that elements may name. */
export function readKumuWorkbook(tables: readonly Table[], meta: ImportPlan['meta'], existingAreaIds: ReadonlySet<string>) {
  const plan = emptyPlan(meta);
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const elements = sheetOf(tables, SHEETS.elements) as Sheet;
  plan.areas = readAreas(sheetOf(tables, SHEETS.areas), problems, (plan.areaOrigins = {}));
  const knownAreas = new Set([...existingAreaIds, ...plan.areas.map((area) => area.id)]);
  const lineOfId = new Map<string, number>();
  for (const row of elements.rows) {
    const actor = readElement(elements, row, problems, warnings);
    if (!actor) continue;
    const earlier = lineOfId.get(actor.id);
    if (earlier !== undefined) {
      problems.push(
        isProvisional(actor.id)
          ? locate(
              elements,
              row,
              'Label',
              because(`"${actor.name}" is already the Label of row ${earlier}; give each an ID`, 'import.kumu_label_twice', {
                name: actor.name,
                line: earlier,
              }),
            )
          : locate(
              elements,
              row,
              'ID',
              because(`"${actor.id}" is already the ID of row ${earlier}`, 'import.kumu_id_twice', { id: actor.id, line: earlier }),
            ),
      );
    }
    lineOfId.set(actor.id, row.line);
    plan.origins[`actor:${actor.id}`] = originOf(elements, row, ELEMENT_FIELD_COLUMNS, isProvisional(actor.id) ? 'Label' : 'ID');
    for (const [field, header] of [
      ['basedIn', 'Based In'],
      ['activeIn', 'Active In'],
    ] as const) {
      for (const areaId of actor[field])
        if (!knownAreas.has(areaId))
          problems.push(
            locate(
              elements,
              row,
              header,
              because(`area "${areaId}" is neither in the Areas sheet nor in the map`, 'import.kumu_unknown_area', { id: areaId }),
            ),
          );
    }
    plan.actors.push(actor);
  }
  const ids = new Set(plan.actors.map((actor) => actor.id));
  const labelCounts = new Map<string, string[]>();
  for (const actor of plan.actors) labelCounts.set(actor.name, [...(labelCounts.get(actor.name) ?? []), actor.id]);
  const resolve = (ref: string) => (ids.has(ref) ? ref : labelCounts.get(ref)?.length === 1 ? (labelCounts.get(ref)?.[0] ?? null) : null);
  const connections = sheetOf(tables, SHEETS.connections);
  for (const row of connections?.rows ?? []) {
    const tie = readConnection(connections as Sheet, row, resolve, problems);
    if (!tie) continue;
    plan.ties.push(tie);
    plan.origins[`tie:${tie.id}`] ??= originOf(connections as Sheet, row, CONNECTION_FIELD_COLUMNS, isProvisional(tie.id) ? 'From' : 'ID');
  }
  return { plan, problems, warnings, rows: elements.rows.length + (connections?.rows.length ?? 0) };
}

/**
 * Turns the data rows of a table into an import plan, as its column plan and mapping say: a 3W
 * ("who does what where": organisations to actors, sectors to activities under the handbook's
 * outputs, countries and first-level areas to admin areas, "works in sector" to contributes_to
 * stances) or a list of actors (name, acronym, other names, original-script name, external id,
 * kind and subtype by value, description, areas, and references to other rows' external ids,
 * which become ties: table-references.ts). Rows naming the same actor (same external id, or
 * without one the same folded name) are one actor; rows sharing a name but not their external id
 * are kept apart. Every bad row is reported with its file line, column and reason.
 */
import { ActorCreateSchema, type ColumnMapping, type ImportProblem, type MappableField } from '../contracts/index.js';
import { foldName } from './actor-matching.js';
import { guessActorKind } from './actor-kind-rules.js';
import type { ColumnPlan } from './column-plan.js';
import { emptyPlan, provisionalId, type ImportPlan } from './import-plan.js';
import { OUTPUT_TITLES, outputForSector } from './sector-outputs.js';
import { sectorActivityId } from './stable-ids.js';
import { tableAreas } from './table-areas.js';
import { areaFor, externalIdOf, externalIdScheme, readKind, separatorOf, splitCell } from './table-actor-fields.js';
import { evidenceReader, statesEvidence, unusedEvidenceWarnings } from './table-evidence.js';
import { keepApartByExternalId, referenceTies, type RowReference, type TableContext } from './table-references.js';
import type { TableRow } from './table.js';
import { because, type Reason } from './import-errors.js';

export interface MappedTable {
  plan: ImportPlan;
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

/** What the map holds that a table may point to (the importer's view): areas, and actors' external ids. */

type Cell = (field: MappableField) => string;
type PlannedActor = ImportPlan['actors'][number];

function checkRow(row: TableRow, cell: Cell, where: (field: MappableField) => string, sheet: string | null): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const problem = (field: MappableField, reason: Reason) => problems.push({ line: row.line, column: where(field), sheet, ...reason });
  const org = cell('org');
  if (org === '') problem('org', because('the organisation name is empty', 'import.org_empty'));
  else if (org.length > 300)
    problem(
      'org',
      because(`the organisation name has ${org.length} characters; at most 300`, 'import.name_too_long', {
        length: org.length,
        maximum: 300,
      }),
    );
  for (const [field, max] of [
    ['lat', 90],
    ['lon', 180],
  ] as const) {
    const value = cell(field);
    if (value !== '' && !(Number.isFinite(Number(value)) && Math.abs(Number(value)) <= max)) {
      problem(
        field,
        because(`"${value.slice(0, 40)}" is not a number between -${max} and ${max}`, 'import.not_a_coordinate', {
          value: value.slice(0, 40),
          maximum: max,
        }),
      );
    }
  }
  for (const field of ['countryCode', 'adm1Code'] as const)
    if (cell(field).length > 40) problem(field, because('a p-code has at most 40 characters', 'import.pcode_too_long', { maximum: 40 }));
  for (const field of ['sector', 'country', 'adm1', 'externalId'] as const)
    if (cell(field).length > 200) problem(field, because('at most 200 characters', 'import.too_many_characters', { maximum: 200 }));
  if (cell('originalName').length > 300)
    problem('originalName', because('at most 300 characters', 'import.too_many_characters', { maximum: 300 }));
  if (cell('description').length > 5000)
    problem('description', because('at most 5,000 characters', 'import.too_many_characters', { maximum: 5000 }));
  return problems;
}

/** Maps every data row; the plan is only meaningful when `problems` is empty. */
export function mapThreeWTable(
  columns: ColumnPlan,
  sheet: string | null,
  meta: ImportPlan['meta'],
  mapping?: ColumnMapping,
  context: TableContext = { areaLookup: new Map(), externalIds: new Map() },
): MappedTable {
  const plan = emptyPlan(meta);
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  if (columns.fields.org === undefined) {
    problems.push({
      line: columns.hashtagLine ?? columns.headerLine,
      column: null,
      sheet,
      ...because(
        'no column holds the organisation (#org, or a header such as "Organisation"); nothing could become an actor',
        'import.no_org_column',
      ),
    });
    return { plan, problems, warnings };
  }
  const where = (field: MappableField) => columns.labels[columns.fields[field] ?? -1] ?? field;
  const header = (field: MappableField) => columns.columns[columns.fields[field] ?? -1]?.header;
  const scheme = externalIdScheme(mapping, header('externalId'));
  const separator = separatorOf(mapping);
  const actors = new Map<string, PlannedActor & { activeIn: string[] }>();
  const byFoldedName = new Map<string, Set<string>>();
  // Areas the map lacks are warned about, and created only on the person's request (table-areas.ts).
  const areaColumns = tableAreas(context.areaLookup, context.createAreas ?? false);
  const activities = new Map<string, ImportPlan['sectorActivities'][number]>();
  const stances = new Map<string, ImportPlan['outputStances'][number]>();
  const references: RowReference[] = [];
  const readEvidence = evidenceReader(where, sheet);
  const evidenceWithoutReference: number[] = [];
  for (const row of columns.dataRows) {
    const cell: Cell = (field) => {
      const index = columns.fields[field];
      return index === undefined ? '' : (row.cells[index] ?? '').trim();
    };
    // A 3W names the places where actors work; it states nothing about an area the map already
    // has (left alone, whatever its spelling there), and a new one is checked at its first row.
    const placeOf = (areaId: string, field: 'country' | 'adm1') => {
      (plan.areaOrigins ??= {})[areaId] = { line: row.line, column: where(field), sheet, given: [] };
    };
    const rowProblems = checkRow(row, cell, where, sheet);
    // Who says so about the row's tie: read (and refused when unreadable) whether or not the row makes one.
    const { evidence, problems: evidenceProblems } = readEvidence(cell, row.line);
    rowProblems.push(...evidenceProblems);
    const kind = readKind(cell('kind'), cell('subtype'), mapping);
    for (const unread of kind.unread)
      rowProblems.push({
        line: row.line,
        column: columns.fields[unread.field] === undefined ? 'constant' : where(unread.field),
        sheet,
        reason: unread.reason,
        messageCode: unread.messageCode,
        params: unread.params,
      });
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const name = cell('org');
    const externalId = externalIdOf(cell('externalId'), scheme);
    // The same register id is the same actor; without one, the same folded name is.
    const id = provisionalId(externalId ? `${name} [${externalId.scheme}:${externalId.value}]` : name);
    const identity = externalId ? `x:${externalId.value}` : `n:${foldName(name)}`;
    const known = actors.get(identity);
    let actor = known;
    if (!actor) {
      const acronym = cell('orgAcronym');
      const withAcronym = acronym.length > 0 && acronym.length <= 40;
      const stated = kind.kind ? { kind: kind.kind, ...(kind.subtype ? { subtype: kind.subtype } : {}) } : guessActorKind(name);
      const originalName = cell('originalName');
      actor = {
        id,
        name,
        ...stated,
        ...(withAcronym ? { acronym } : {}),
        aliases: [],
        ...(originalName ? { originalName } : {}),
        externalIds: externalId ? [externalId] : [],
        description: cell('description'),
        basedIn: [],
        activeIn: [],
        doNoHarmRole: 'unknown',
        womenFocus: false,
        youthFocus: false,
        needs: [],
      };
      actors.set(identity, actor);
      byFoldedName.set(foldName(name), (byFoldedName.get(foldName(name)) ?? new Set()).add(identity));
      // A row states what its mapped columns hold: an actor already in the map keeps everything else.
      const given = [
        'name',
        'activeIn',
        ...(withAcronym ? ['acronym'] : []),
        ...(kind.kind ? ['kind', 'subtype'] : []),
        ...(columns.fields.aliases !== undefined ? ['aliases'] : []),
        ...(originalName ? ['originalName'] : []),
        ...(externalId ? ['externalIds'] : []),
        ...(columns.fields.description !== undefined ? ['description'] : []),
      ];
      plan.origins[`actor:${id}`] = { line: row.line, column: where('org'), sheet, given };
    }
    const names = [...splitCell(cell('aliases'), separator), ...(known && known.name !== name ? [name] : [])];
    for (const alias of names)
      if (alias.length <= 300 && !actor.aliases.some((a) => foldName(a) === foldName(alias))) actor.aliases.push(alias);
    const areaId = areaColumns.resolve(
      { country: cell('country'), countryCode: cell('countryCode'), adm1: cell('adm1'), adm1Code: cell('adm1Code') },
      row.line,
      where,
    );
    // A new area the person chose to create is checked (tree rules) at the first row that names it.
    for (const area of areaColumns.created()) if (!plan.areaOrigins?.[area.id]) placeOf(area.id, area.level === 0 ? 'country' : 'adm1');
    if (areaId && !actor.activeIn.includes(areaId)) actor.activeIn.push(areaId);
    const named = [...splitCell(cell('areas'), separator), ...(mapping?.constants?.areas ? [mapping.constants.areas] : [])];
    for (const value of named) {
      const found = areaFor(value, context.areaLookup) ?? areaColumns.fileArea(value);
      if (found && !actor.activeIn.includes(found)) actor.activeIn.push(found);
      if (!found)
        warnings.push({
          line: row.line,
          column: columns.fields.areas === undefined ? 'constant' : where('areas'),
          sheet,
          ...because(`no admin area has the name, p-code or id "${value.slice(0, 60)}"; left out`, 'import.unknown_area_left_out', {
            value: value.slice(0, 60),
          }),
        });
    }
    const targets = splitCell(cell('reference'), separator);
    for (const target of targets) references.push({ fromId: actor.id, value: target, line: row.line, evidence });
    if (targets.length === 0 && statesEvidence(evidence)) evidenceWithoutReference.push(row.line);
    const sector = cell('sector');
    if (sector) {
      const activityId = sectorActivityId(sector);
      const outputId = outputForSector(sector);
      if (!activities.has(activityId))
        activities.set(activityId, { id: activityId, title: sector, outputId, outputTitle: OUTPUT_TITLES[outputId] ?? outputId });
      stances.set(`${actor.id} ${activityId}`, { actorId: actor.id, targetId: activityId, stance: 'contributes_to' });
    }
  }
  for (const actor of actors.values()) {
    actor.activeIn.sort();
    actor.aliases = actor.aliases.slice(0, 20);
    if (!actor.originalName) delete actor.originalName;
    const checked = ActorCreateSchema.safeParse({ ...actor, id: undefined });
    const origin = plan.origins[`actor:${actor.id}`];
    if (!checked.success)
      problems.push({
        line: origin?.line ?? null,
        column: where('org'),
        sheet,
        ...because(
          `"${actor.name}": ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)[0] ?? 'invalid'}`,
          'import.actor_invalid',
          { name: actor.name, field: checked.error.issues[0]?.path.join('.') ?? '' },
        ),
      });
  }
  plan.actors = [...actors.values()];
  plan.areas = areaColumns.created();
  plan.missingAreas = areaColumns.missing();
  warnings.push(...areaColumns.warnings(sheet));
  plan.sectorActivities = [...activities.values()];
  plan.outputStances = [...stances.values()];
  const apart = keepApartByExternalId(plan, byFoldedName, actors, where('org'), sheet);
  warnings.push(...apart);
  const tied = referenceTies(plan, references, { scheme, mapping, context, where: where('reference'), sheet, byExternalValue: actors });
  warnings.push(...tied.warnings);
  warnings.push(
    ...unusedEvidenceWarnings({
      mapped: (field) => columns.fields[field] !== undefined,
      where,
      sheet,
      headerLine: columns.hashtagLine ?? columns.headerLine,
      lines: evidenceWithoutReference,
    }),
  );
  return { plan, problems, warnings };
}

/**
 * Turns the data rows of a 3W table ("who does what where") into an import plan: organisations
 * to actors (kind by actor-kind-rules), sectors to activities under the handbook's outputs
 * (sector-outputs), countries and first-level areas to admin areas (with p-codes when given), and
 * "organisation works in sector" to contributes_to stances. Every row is checked; every bad row
 * is reported with its file line, column and reason.
 */
import { ActorCreateSchema, type ImportProblem, type MappableField } from '../contracts/index.js';
import { guessActorKind } from './actor-kind-rules.js';
import type { ColumnPlan } from './column-plan.js';
import { emptyPlan, provisionalId, type ImportPlan } from './import-plan.js';
import { OUTPUT_TITLES, outputForSector } from './sector-outputs.js';
import { adm1Id, countryId, sectorActivityId } from './stable-ids.js';
import type { TableRow } from './table.js';

export interface MappedTable {
  plan: ImportPlan;
  problems: ImportProblem[];
}

type Cell = (field: MappableField) => string;

function checkRow(row: TableRow, cell: Cell, where: (field: MappableField) => string, sheet: string | null): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const problem = (field: MappableField, reason: string) => problems.push({ line: row.line, column: where(field), sheet, reason });
  const org = cell('org');
  if (org === '') problem('org', 'the organisation name is empty');
  else if (org.length > 300) problem('org', `the organisation name has ${org.length} characters; at most 300`);
  for (const [field, max] of [['lat', 90], ['lon', 180]] as const) {
    const value = cell(field);
    if (value !== '' && !(Number.isFinite(Number(value)) && Math.abs(Number(value)) <= max)) {
      problem(field, `"${value.slice(0, 40)}" is not a number between -${max} and ${max}`);
    }
  }
  for (const field of ['countryCode', 'adm1Code'] as const) {
    if (cell(field).length > 40) problem(field, 'a p-code has at most 40 characters');
  }
  for (const field of ['sector', 'country', 'adm1'] as const) {
    if (cell(field).length > 200) problem(field, 'at most 200 characters');
  }
  return problems;
}

/** Maps every data row; the plan is only meaningful when `problems` is empty. */
export function mapThreeWTable(columns: ColumnPlan, sheet: string | null, meta: ImportPlan['meta']): MappedTable {
  const plan = emptyPlan(meta);
  const problems: ImportProblem[] = [];
  if (columns.fields.org === undefined) {
    problems.push({ line: columns.hashtagLine ?? columns.headerLine, column: null, sheet,
      reason: 'no column holds the organisation (#org, or a header such as "Organisation"); nothing could become an actor' });
    return { plan, problems };
  }
  const where = (field: MappableField) => columns.labels[columns.fields[field] ?? -1] ?? field;
  const actors = new Map<string, ImportPlan['actors'][number] & { activeIn: string[] }>();
  const areas = new Map<string, ImportPlan['areas'][number]>();
  const activities = new Map<string, ImportPlan['sectorActivities'][number]>();
  const stances = new Map<string, ImportPlan['outputStances'][number]>();
  for (const row of columns.dataRows) {
    const cell: Cell = (field) => {
      const index = columns.fields[field];
      return index === undefined ? '' : (row.cells[index] ?? '').trim();
    };
    const rowProblems = checkRow(row, cell, where, sheet);
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const name = cell('org');
    // "The organisation named exactly so": matched to an actor the importer may see, or new.
    const id = provisionalId(name);
    let actor = actors.get(id);
    if (!actor) {
      const acronym = cell('orgAcronym');
      const withAcronym = acronym && acronym.length <= 40;
      actor = { id, name, ...guessActorKind(name), ...(withAcronym ? { acronym } : {}), aliases: [], description: '', basedIn: [],
        activeIn: [], doNoHarmRole: 'unknown', womenFocus: false, youthFocus: false, needs: [] };
      actors.set(id, actor);
      // A 3W row states a name, maybe an acronym, and where the organisation works: an actor
      // already in the map keeps its kind, sensitivity, description and everything else.
      plan.origins[`actor:${id}`] = { line: row.line, column: where('org'), sheet, given: ['name', 'activeIn', ...(withAcronym ? ['acronym'] : [])] };
    }
    const country = cell('country');
    const adm1 = cell('adm1');
    let areaId: string | null = null;
    if (country) {
      areaId = countryId(country);
      if (!areas.has(areaId)) areas.set(areaId, { id: areaId, name: country, pcode: cell('countryCode') || null, level: 0, parentId: null, isCapital: false });
    }
    if (adm1) {
      const parentId = areaId;
      areaId = adm1Id(country || null, adm1);
      if (!areas.has(areaId)) areas.set(areaId, { id: areaId, name: adm1, pcode: cell('adm1Code') || null, level: 1, parentId, isCapital: false });
    }
    if (areaId && !actor.activeIn.includes(areaId)) actor.activeIn.push(areaId);
    const sector = cell('sector');
    if (sector) {
      const activityId = sectorActivityId(sector);
      const outputId = outputForSector(sector);
      if (!activities.has(activityId)) activities.set(activityId, { id: activityId, title: sector, outputId, outputTitle: OUTPUT_TITLES[outputId] ?? outputId });
      stances.set(`${id} ${activityId}`, { actorId: id, targetId: activityId, stance: 'contributes_to' });
    }
  }
  for (const actor of actors.values()) {
    actor.activeIn.sort();
    const checked = ActorCreateSchema.safeParse({ ...actor, id: undefined });
    if (!checked.success) problems.push({ line: null, column: where('org'), sheet, reason: `"${actor.name}": ${checked.error.issues[0]?.message ?? 'invalid'}` });
  }
  plan.actors = [...actors.values()];
  plan.areas = [...areas.values()];
  plan.sectorActivities = [...activities.values()];
  plan.outputStances = [...stances.values()];
  return { plan, problems };
}

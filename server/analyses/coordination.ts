/**
 * Coordination gaps (GET /api/analysis/coordination): for each output x admin area, who leads
 * and supports, and the flags gap (no lead), overlap (3+ UN entities or donors with no shared
 * mechanism), fragile (one actor alone); donors funding the same recipient for the same output;
 * and the outputs x agencies matrix for the leadership view.
 *
 * Which roles cover an area: only roles that list admin areas. A role with an empty area list is,
 * in the handbook reference data, the global division of labour (OCHA, WFP, UNICEF and UNHCR all
 * "lead" humanitarian relief); counting it in every area would mark every output as led
 * everywhere and hide exactly the gaps this view exists to show. Such roles appear in the matrix
 * as `globalRole` but make no area covered; a country-wide role must list its areas.
 */
import {
  analysisMessage,
  type AnalysisActor,
  type AnalysisMessage,
  type AnalysisMessageCode,
  type CoordinationCell,
  type CoordinationQuery,
  type CoordinationResult,
  type MessageParams,
} from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { coordinationOutputs } from '../queries/analysis.js';
import { readAdminAreas, readMechanisms, readRoles } from './as-of-reads.js';
import { scopeAreas } from './area-scope.js';
import { findDuplications, type Mechanism } from './coordination-funding.js';
import { actorRef, loadVisibleGraph, type AnalysisDate, type VisibleGraph } from './visible-graph.js';

interface Role {
  actorId: string;
  outputId: string;
  role: 'lead' | 'support';
  areaIds: string[];
}

/** Kinds whose crowding in one place calls for a shared mechanism. */
const OVERLAP_KINDS = new Set(['un_entity', 'donor']);
const KIND_ORDER = ['un_entity', 'donor', 'mission_component', 'international_org', 'government', 'civil_society', 'conflict_party'];

/** Finds coverage gaps, overlaps, fragile coverage and duplicated funding. */
export async function analyseCoordination(
  db: Database,
  query: CoordinationQuery,
  viewer: Viewer,
  context: AnalysisDate = {},
): Promise<CoordinationResult> {
  const graph = await loadVisibleGraph(
    db,
    { tieTypes: query.tieTypes, date: query.date, evidence: query.evidence, asOf: context.asOf },
    viewer,
  );
  return coordinationOn(db, graph, query);
}

/**
 * The coordination analysis of a graph already loaded (present or as of a date: roles, mechanisms
 * and areas are read at the graph's date). The diff runs it on the graphs of its two ends.
 */
export async function coordinationOn(
  db: Database,
  graph: VisibleGraph,
  query: Pick<CoordinationQuery, 'output' | 'scope' | 'level' | 'parent'>,
): Promise<CoordinationResult> {
  const actorIds = graph.actors.map((actor) => actor.id);
  const outputId = query.output ?? null;
  const {
    outputs,
    areas: allAreas,
    roles,
    mechanisms,
  } = await db.readTransaction(async (tx) => ({
    // Outputs are the handbook's reference list, not versioned: the same at every date.
    outputs: (await tx.run(coordinationOutputs, { outputId })).map((row) => row.output),
    areas: await readAdminAreas(tx, graph.asOf ?? null),
    roles: await readRoles(tx, graph.asOf ?? null, actorIds, outputId),
    mechanisms: await readMechanisms(tx, graph.asOf ?? null, actorIds),
  }));
  if (outputId !== null && outputs.length === 0) throw notFound('output', outputId);
  const { areas: scoped, scope } = scopeAreas(
    allAreas,
    query,
    graph,
    roles.flatMap((role) => role.areaIds),
  );
  const areas = scoped.map(({ id, name, isCapital }) => ({ id, name, isCapital }));

  const ref = (id: string): AnalysisActor => {
    const actor = graph.byId.get(id);
    return actor ? actorRef(actor) : { id, name: id, kind: 'un_entity', subtype: null };
  };
  const countryOutputs = new Set(roles.filter((role) => role.areaIds.length > 0).map((role) => role.outputId));
  const cells: CoordinationCell[] = [];
  for (const output of outputs) {
    for (const area of areas) {
      const here = roles.filter((role) => role.outputId === output.id && role.areaIds.includes(area.id));
      const holder = (role: Role) => ({ ...ref(role.actorId), role: role.role });
      const byName = (a: AnalysisActor, b: AnalysisActor) => a.name.localeCompare(b.name);
      const leads = here
        .filter((role) => role.role === 'lead')
        .map(holder)
        .sort(byName);
      const leadIds = new Set(leads.map((lead) => lead.id));
      const supports = here
        .filter((role) => role.role === 'support' && !leadIds.has(role.actorId))
        .map(holder)
        .sort(byName);
      const covering = mechanisms.filter((m) => m.outputIds.includes(output.id) && (m.areaIds.length === 0 || m.areaIds.includes(area.id)));
      cells.push(
        judgeCell({ id: output.id, title: output.title }, area.name, [...leads, ...supports], leads.length, covering, {
          leads,
          supports,
          areaId: area.id,
        }),
      );
    }
  }

  const inCountry = (cell: CoordinationCell) => countryOutputs.has(cell.outputId);
  return {
    scope,
    areas,
    outputs: outputs.map((output) => ({ ...output, hasCountryRoles: countryOutputs.has(output.id) })),
    cells,
    gaps: cells.filter((cell) => cell.flags.includes('gap') && inCountry(cell)),
    overlaps: cells.filter((cell) => cell.flags.includes('overlap')),
    fragile: cells.filter((cell) => cell.flags.includes('fragile')),
    unassignedOutputs: outputs.filter((output) => !countryOutputs.has(output.id)).map((output) => output.id),
    duplications: findDuplications(graph, outputs, mechanisms),
    matrix: buildMatrix(outputs, roles, ref),
  };
}

/** Flags one output x area cell; the explanation names the output by its title, never its id. */
function judgeCell(
  output: { id: string; title: string },
  areaName: string,
  holders: Array<AnalysisActor & { role: 'lead' | 'support' }>,
  leadCount: number,
  covering: Mechanism[],
  parts: Pick<CoordinationCell, 'leads' | 'supports' | 'areaId'>,
): CoordinationCell {
  const flags: CoordinationCell['flags'] = [];
  const notes: string[] = [];
  const codes: AnalysisMessage[] = [];
  /** One sentence of the explanation, in English and as its code (issue 17). */
  const note = (code: AnalysisMessageCode, params: MessageParams, english: string) => {
    notes.push(english);
    codes.push(analysisMessage(code, params));
  };
  const where = { output: output.title, area: areaName };
  if (leadCount === 0) {
    flags.push('gap');
    if (holders.length === 0) note('cell.nobody', where, `Nobody leads or supports ${output.title} in ${areaName}.`);
    else
      note(
        'cell.no_lead',
        { ...where, names: holders.map((h) => h.name) },
        `No lead for ${output.title} in ${areaName}; only support from ${holders.map((h) => h.name).join(', ')}.`,
      );
  }
  const crowd = holders.filter((h) => OVERLAP_KINDS.has(h.kind));
  const shared = covering.filter((m) => crowd.every((h) => m.memberIds.includes(h.id)));
  if (crowd.length >= 3 && shared.length === 0) {
    flags.push('overlap');
    note(
      'cell.overlap',
      { ...where, count: crowd.length, names: crowd.map((h) => h.name) },
      `${crowd.length} UN entities or donors (${crowd.map((h) => h.name).join(', ')}) hold roles on ${output.title} in ${areaName} with no mechanism for the output that has them all.`,
    );
  }
  if (holders.length === 1) {
    flags.push('fragile');
    note(
      'cell.fragile',
      { ...where, name: holders[0]?.name ?? '' },
      `${holders[0]?.name ?? ''} carries ${output.title} in ${areaName} alone.`,
    );
  }
  return {
    outputId: output.id,
    ...parts,
    mechanismIds: covering.map((m) => m.id),
    flags,
    explanation: notes.length > 0 ? notes.join(' ') : `Led by ${parts.leads.map((h) => h.name).join(', ')}; coordinated.`,
    explanationCodes: codes.length > 0 ? codes : [analysisMessage('cell.led', { names: parts.leads.map((h) => h.name) })],
  };
}

function buildMatrix(
  outputs: ReadonlyArray<{ id: string }>,
  roles: readonly Role[],
  ref: (id: string) => AnalysisActor,
): CoordinationResult['matrix'] {
  const shownOutputs = new Set(outputs.map((output) => output.id));
  const shown = roles.filter((role) => shownOutputs.has(role.outputId));
  const agencies = [...new Set(shown.map((role) => role.actorId))]
    .map(ref)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name));
  const rows = outputs.map((output) => ({
    outputId: output.id,
    cells: agencies.map((agency) => {
      const mine = shown.filter((role) => role.outputId === output.id && role.actorId === agency.id);
      const areasOf = (kind: 'lead' | 'support') => [...new Set(mine.filter((r) => r.role === kind).flatMap((r) => r.areaIds))].sort();
      const global = mine.filter((r) => r.areaIds.length === 0);
      const globalRole = global.some((r) => r.role === 'lead') ? 'lead' : global.length > 0 ? 'support' : null;
      const role = mine.some((r) => r.role === 'lead') ? 'lead' : mine.length > 0 ? 'support' : 'none';
      return { actorId: agency.id, role, leadAreaIds: areasOf('lead'), supportAreaIds: areasOf('support'), globalRole } as const;
    }),
  }));
  return { agencies, rows };
}

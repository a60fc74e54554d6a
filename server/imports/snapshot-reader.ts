/**
 * Reads our JSON snapshot (the envelope written by the snapshot export, or a bare dataset) into
 * an import plan. Validated with the dataset schema; problems name the JSON path (and the line
 * for malformed JSON). Ties, area links, engagements, mechanisms and output roles must point at
 * records of the file or of the map as the importer sees it.
 */
import { DatasetSchema, issueCode, SnapshotSchema, type ImportProblem } from '../contracts/index.js';
import { because, refuse } from './import-errors.js';
import type { ImportPlan } from './import-plan.js';

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position ? lineOfOffset(text, Number(position)) : null;
    throw refuse(
      line === null
        ? because('the file is not valid JSON', 'import.not_json')
        : because(`the file is not valid JSON (line ${line})`, 'import.not_json_at_line', { line }),
    );
  }
}

const noActor = (id: string) => because(`no actor "${id}" in the file or the map`, 'import.actor_not_in_file_or_map', { id });

/** References the map must already hold when the file does not define them. */
export interface ExistingIds {
  actors: ReadonlySet<string>;
  areas: ReadonlySet<string>;
}

/** Parses and validates a snapshot; `problems` is empty when the plan may be written. */
export function readSnapshot(text: string, existing: ExistingIds): { plan: ImportPlan | null; problems: ImportProblem[] } {
  const json = parseJson(text) as Record<string, unknown>;
  const enveloped = typeof json === 'object' && json !== null && json.format === 'actor-map-snapshot';
  const parsed = enveloped ? SnapshotSchema.safeParse(json) : DatasetSchema.safeParse(json);
  if (!parsed.success) {
    return {
      plan: null,
      problems: parsed.error.issues.map((issue) => ({
        line: null,
        column: issue.path.join('.') || '(root)',
        sheet: null,
        reason: issue.message,
        ...(issueCode(issue) ?? {}),
      })),
    };
  }
  const dataset = 'dataset' in parsed.data ? parsed.data.dataset : parsed.data;
  const prefix = enveloped ? 'dataset.' : '';
  const problems: ImportProblem[] = [];
  const actorIds = new Set([...existing.actors, ...dataset.actors.map((actor) => actor.id)]);
  const areaIds = new Set([...existing.areas, ...dataset.areas.map((area) => area.id)]);
  dataset.actors.forEach((actor, index) => {
    for (const field of ['basedIn', 'activeIn'] as const) {
      actor[field].forEach((areaId, position) => {
        if (!areaIds.has(areaId))
          problems.push({
            line: null,
            column: `${prefix}actors.${index}.${field}.${position}`,
            sheet: null,
            ...because(`no admin area "${areaId}" in the file or the map`, 'import.area_not_in_file_or_map', { id: areaId }),
          });
      });
    }
  });
  dataset.ties.forEach((tie, index) => {
    for (const field of ['sourceId', 'targetId'] as const) {
      if (!actorIds.has(tie[field]))
        problems.push({
          line: null,
          column: `${prefix}ties.${index}.${field}`,
          sheet: null,
          ...noActor(tie[field]),
        });
    }
  });
  // Every other record that names actors: each must be in the file or visible in the map, so an
  // import never links a record to an actor the importer may not see (it is missing for them).
  const actorReference = (id: string, column: string) => {
    if (!actorIds.has(id)) problems.push({ line: null, column: `${prefix}${column}`, sheet: null, ...noActor(id) });
  };
  dataset.engagements.forEach((engagement, index) => {
    actorReference(engagement.sectionId, `engagements.${index}.sectionId`);
    engagement.actorIds.forEach((id, position) => actorReference(id, `engagements.${index}.actorIds.${position}`));
  });
  dataset.mechanisms.forEach((mechanism, index) => {
    mechanism.memberIds.forEach((id, position) => actorReference(id, `mechanisms.${index}.memberIds.${position}`));
    if (mechanism.chairId !== undefined && !mechanism.memberIds.includes(mechanism.chairId))
      problems.push({
        line: null,
        column: `${prefix}mechanisms.${index}.chairId`,
        sheet: null,
        ...because('the chair must be one of the members', 'field.chair_among_members'),
      });
  });
  dataset.outputRoles.forEach((role, index) => actorReference(role.actorId, `outputRoles.${index}.actorId`));
  dataset.outputStances.forEach((stance, index) => actorReference(stance.actorId, `outputStances.${index}.actorId`));
  // A snapshot row states the fields it has; one left out keeps the value the map holds.
  const raw = (enveloped ? (json.dataset as Record<string, unknown>) : json) ?? {};
  const givenAt = (list: string, index: number): string[] =>
    Object.keys(((raw[list] as Record<string, unknown>[] | undefined) ?? [])[index] ?? {});
  const origins: ImportPlan['origins'] = {};
  dataset.actors.forEach((actor, index) => {
    origins[`actor:${actor.id}`] = { line: null, column: `${prefix}actors.${index}`, sheet: null, given: givenAt('actors', index) };
  });
  dataset.ties.forEach((tie, index) => {
    origins[`tie:${tie.id}`] = { line: null, column: `${prefix}ties.${index}`, sheet: null, given: givenAt('ties', index) };
  });
  // Engagements and mechanisms too: the dataset schema's defaults (summary '', sensitivity
  // internal...) fill only what a new record lacks, never overwrite an existing one's.
  // Areas: an existing one is compared on the fields its row states (import-areas.ts).
  const areaOrigins: ImportPlan['origins'] = {};
  dataset.areas.forEach((area, index) => {
    areaOrigins[area.id] = { line: null, column: `${prefix}areas.${index}`, sheet: null, given: givenAt('areas', index) };
  });
  dataset.engagements.forEach((engagement, index) => {
    origins[`engagement:${engagement.id}`] = {
      line: null,
      column: `${prefix}engagements.${index}`,
      sheet: null,
      given: givenAt('engagements', index),
    };
  });
  dataset.mechanisms.forEach((mechanism, index) => {
    origins[`mechanism:${mechanism.id}`] = {
      line: null,
      column: `${prefix}mechanisms.${index}`,
      sheet: null,
      given: givenAt('mechanisms', index),
    };
  });
  const plan: ImportPlan = {
    meta: dataset.meta,
    areas: dataset.areas,
    actors: dataset.actors.map((actor) => ({ ...actor, id: actor.id })),
    ties: dataset.ties.map((tie) => ({ ...tie, id: tie.id })),
    outputs: dataset.outputs,
    sectorActivities: [],
    outputRoles: dataset.outputRoles,
    outputStances: dataset.outputStances,
    mechanisms: dataset.mechanisms,
    engagements: dataset.engagements,
    rounds: dataset.rounds,
    origins,
    areaOrigins,
    existing: [],
    lowerings: [],
  };
  return { plan, problems };
}

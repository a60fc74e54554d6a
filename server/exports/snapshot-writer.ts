/**
 * Our JSON snapshot: the dataset shape the seed loader and the import read, inside an envelope
 * with the export metadata. Absent values are left out (the dataset schema has optional, not
 * nullable, fields), so export -> import -> export gives the same dataset.
 */
import type { Dataset, ExportMetadata, Snapshot } from '../contracts/index.js';
import type { ExportActor, ExportGraph, ExportTie } from './export-graph.js';

function withoutNulls<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null)) as Partial<T>;
}

// Evidence is computed from claims, which a snapshot does not carry: a grade is not an actor field either.
function actorRecord({
  fictional: _fictional,
  evidenceByLevel: _byLevel,
  evidenceGrade: _grade,
  evidenceContested: _contested,
  ...actor
}: ExportActor): Dataset['actors'][number] {
  return withoutNulls(actor) as Dataset['actors'][number];
}

// Evidence is computed from claims, which a snapshot does not carry: a grade is not a tie field.
function tieRecord({
  fictional: _fictional,
  evidenceByLevel: _byLevel,
  evidenceGrade: _grade,
  evidenceContested: _contested,
  ...tie
}: ExportTie): Dataset['ties'][number] {
  return withoutNulls(tie) as Dataset['ties'][number];
}

/** The snapshot of an export graph. */
export function buildSnapshot(graph: ExportGraph, meta: ExportMetadata): Snapshot {
  return {
    format: 'actor-map-snapshot',
    version: 1,
    export: meta,
    dataset: {
      meta: {
        name: meta.map,
        source: 'Actor Map snapshot export',
        fictional: graph.actors.length > 0 && graph.actors.every((actor) => actor.fictional),
        description: 'Snapshot exported from Actor Map; the export block says when, with which filters and at which sensitivity.',
      },
      areas: graph.areas,
      actors: graph.actors.map(actorRecord),
      ties: graph.ties.map(tieRecord),
      outputs: graph.outputs,
      outputRoles: graph.outputRoles,
      outputStances: graph.outputStances,
      mechanisms: graph.mechanisms,
      engagements: graph.engagements,
      rounds: graph.rounds,
    },
  };
}

/** The snapshot as JSON text. */
export function writeSnapshot(graph: ExportGraph, meta: ExportMetadata): string {
  return `${JSON.stringify(buildSnapshot(graph, meta), null, 2)}\n`;
}

/**
 * "Leave out actors without ties": drops the actors that have no tie in the exported view (after
 * the filters and the redaction profile, so it is the file's own ties that count), and with them
 * the records that hang on those actors alone. Nothing else is touched: the ties are the same,
 * and mechanisms and engagements keep their other members, as redaction does for dropped actors.
 */
import type { ExportGraph } from './export-graph.js';

export function leaveOutIsolates(graph: ExportGraph): ExportGraph {
  const tied = new Set(graph.ties.flatMap((tie) => [tie.sourceId, tie.targetId]));
  if (graph.actors.every((actor) => tied.has(actor.id))) return graph;
  const keep = <T extends { actorId: string }>(rows: T[]) => rows.filter((row) => tied.has(row.actorId));
  return {
    ...graph,
    actors: graph.actors.filter((actor) => tied.has(actor.id)),
    outputRoles: keep(graph.outputRoles),
    outputStances: keep(graph.outputStances),
    mechanisms: graph.mechanisms
      .map(({ chairId, ...m }) => ({
        ...m,
        memberIds: m.memberIds.filter((id) => tied.has(id)),
        ...(chairId && tied.has(chairId) ? { chairId } : {}),
      }))
      .filter((m) => m.memberIds.length > 0),
    engagements: graph.engagements
      .filter((e) => tied.has(e.sectionId) && e.actorIds.some((id) => tied.has(id)))
      .map((e) => ({ ...e, actorIds: e.actorIds.filter((id) => tied.has(id)) })),
  };
}

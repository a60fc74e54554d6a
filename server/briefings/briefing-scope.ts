/**
 * What a briefing may show, and under which names: the export graph the requester may see with
 * the export redaction profile applied (the same `loadExportGraph` and `redactExport` as exports),
 * and the viewer the briefing's analyses run as.
 *
 * - full and internal: the analyses run as the requester; every actor they name is printed under
 *   its redacted name (internal: a pseudonym above internal), free text is never printed.
 * - shareable: only public actors, ties and engagements may appear, in counts as much as in names,
 *   so the analyses themselves run as the requester cleared for public only and with no grants:
 *   the same records the shareable profile keeps, and every number is computed from them alone.
 *
 * The scope also keeps the highest sensitivity of what the document shows, for its marking.
 */
import { SENSITIVITY_LEVELS, type ExportProfile, type Sensitivity } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { loadExportGraph, type ExportActor, type ExportGraph } from '../exports/export-graph.js';
import { redactExport } from '../exports/redaction.js';

export interface BriefingScope {
  profile: ExportProfile;
  /** The viewer the analyses run as (see above). */
  analysisViewer: Viewer;
  /** The redacted export graph (ids of pseudonymised actors are their pseudonyms). */
  graph: ExportGraph;
  /** The redacted actor shown for a visible actor's real id; undefined if the profile leaves it out. */
  actor(id: string): ExportActor | undefined;
  /** The printed name of a visible actor (a pseudonym under internal), or null if left out. */
  name(id: string): string | null;
  /** Counts records into the marking: call for every actor, tie or engagement the document shows. */
  mark(...levels: Sensitivity[]): void;
  marking(): Sensitivity;
}

/** Loads and redacts what the requester may see for a briefing with this profile. */
export async function briefingScope(db: Database, viewer: Viewer, profile: ExportProfile): Promise<BriefingScope> {
  const analysisViewer: Viewer =
    profile === 'shareable' ? { ...viewer, clearance: 'public', grants: [], actorIdsOpenedByAreas: [] } : viewer;
  const visible = await loadExportGraph(db, {}, analysisViewer);
  const graph = redactExport(visible, profile);
  // redactExport keeps every actor, in order, under every profile but shareable (which drops
  // actors and renames none), so a real id maps to its redacted record by position or by id.
  const byRealId = new Map<string, ExportActor>();
  if (graph.actors.length === visible.actors.length) visible.actors.forEach((actor, index) => byRealId.set(actor.id, graph.actors[index]!));
  else for (const actor of graph.actors) byRealId.set(actor.id, actor);

  let highest = 0;
  const mark = (...levels: Sensitivity[]) => {
    for (const level of levels) highest = Math.max(highest, SENSITIVITY_LEVELS.indexOf(level));
  };
  return {
    profile,
    analysisViewer,
    graph,
    actor: (id) => byRealId.get(id),
    name: (id) => {
      const actor = byRealId.get(id);
      if (!actor) return null;
      mark(actor.sensitivity);
      return actor.name;
    },
    mark,
    marking: () => SENSITIVITY_LEVELS[highest] ?? 'public',
  };
}

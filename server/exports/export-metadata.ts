/**
 * What every export says about itself: the map's name, the filters of the view, the time, and
 * the highest sensitivity of the records inside (so a reader knows how to handle the file).
 */
import { SENSITIVITY_LEVELS, type ExportMetadata, type ExportQuery, type Sensitivity } from '../contracts/index.js';
import type { ExportGraph } from './export-graph.js';

export const DEFAULT_MAP_NAME = 'Actor Map';

/** Metadata of an export of `graph` made with `query`. */
export function exportMetadata(graph: ExportGraph, query: ExportQuery, exportedBy: string, now = new Date()): ExportMetadata {
  const filters: Record<string, string[]> = {};
  if (query.kinds) filters.kinds = [...query.kinds];
  if (query.areas) filters.areas = [...query.areas];
  if (query.output) filters.output = [query.output];
  if (query.tieTypes) filters.tieTypes = [...query.tieTypes];
  if (query.at) filters.at = [query.at];
  // The map as it was (issue 14): the file says which date it shows, as an ISO date-time (a round resolved to its date).
  if (query.asOf) filters.asOf = [query.asOf];
  // Leaving out actors without ties shapes the view like a filter, so it is listed with them.
  if (query.withoutIsolates) filters.withoutIsolates = ['true'];
  // Engagements have a sensitivity of their own: a confidential meeting makes the file confidential.
  const levels = [...graph.actors, ...graph.ties, ...graph.engagements].map((record) => SENSITIVITY_LEVELS.indexOf(record.sensitivity));
  const highest: Sensitivity = SENSITIVITY_LEVELS[Math.max(0, ...levels)] ?? 'public';
  return {
    map: query.name ?? DEFAULT_MAP_NAME,
    filters,
    exportedAt: now.toISOString(),
    sensitivity: highest,
    actors: graph.actors.length,
    ties: graph.ties.length,
    generator: 'Actor Map export (GET /api/exports)',
    profile: query.profile,
    exportedBy,
    withoutIsolates: query.withoutIsolates ?? false,
  };
}

/** One line for text headers: "Actor Map; filters: kinds=un_entity; exported 2025-...; sensitivity: internal". */
export function describeMetadata(meta: ExportMetadata): string {
  const filters =
    Object.entries(meta.filters)
      .map(([key, values]) => `${key}=${values.join(',')}`)
      .join('; ') || 'none (whole map)';
  return `${meta.map}; filters: ${filters}; exported ${meta.exportedAt} by user ${meta.exportedBy}; profile: ${meta.profile}; highest sensitivity: ${meta.sensitivity}; ${meta.actors} actors, ${meta.ties} ties`;
}

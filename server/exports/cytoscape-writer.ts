/**
 * Cytoscape.js JSON, in the shape Cytoscape desktop imports ("Cytoscape.js JSON" network files):
 * network data (carrying the export metadata), then nodes and edges with their attributes.
 * "name" and "interaction" are the column names Cytoscape desktop shows by default.
 */
import type { ExportMetadata } from '../contracts/index.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type Attribute } from './attribute-table.js';
import type { ExportGraph } from './export-graph.js';

function data<T>(attributes: readonly Attribute<T>[], record: T): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const a of attributes) {
    const value = a.value(record);
    if (value !== null) out[a.name] = value;
  }
  return out;
}

/** The Cytoscape.js JSON document, as text. */
export function writeCytoscapeJson(graph: ExportGraph, meta: ExportMetadata): string {
  const document = {
    format_version: '1.0',
    generated_by: meta.generator,
    target_cytoscapejs_version: '~3.30',
    data: {
      name: meta.map,
      shared_name: meta.map,
      exportedAt: meta.exportedAt,
      filters: JSON.stringify(meta.filters),
      sensitivity: meta.sensitivity,
      profile: meta.profile,
      exportedBy: meta.exportedBy,
    },
    elements: {
      nodes: graph.actors.map((actor) => ({ data: { id: actor.id, name: actor.name, ...data(NODE_ATTRIBUTES, actor) } })),
      edges: graph.ties.map((tie) => ({
        data: { id: tie.id, source: tie.sourceId, target: tie.targetId, interaction: tie.type, ...data(EDGE_ATTRIBUTES, tie) },
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

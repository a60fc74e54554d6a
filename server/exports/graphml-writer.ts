/**
 * GraphML export with typed <key> declarations (string, int, boolean), read back identically by
 * NetworkX and igraph (tested). Ties keep their direction in the "directed" key; the graph is
 * declared directed because GraphML readers do not support mixed graphs. The export metadata is
 * a comment and graph-level keys.
 */
import type { ExportMetadata } from '../contracts/index.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type Attribute } from './attribute-table.js';
import { describeMetadata } from './export-metadata.js';
import type { ExportGraph } from './export-graph.js';
import { xmlComment, xmlEscape } from './xml-text.js';

function keyLines<T>(prefix: string, target: string, attributes: readonly Attribute<T>[]): string[] {
  return attributes.map((a) => `  <key id="${prefix}_${a.name}" for="${target}" attr.name="${a.name}" attr.type="${a.type}"/>`);
}

function dataLines<T>(prefix: string, attributes: readonly Attribute<T>[], record: T): string[] {
  return attributes.flatMap((a) => {
    const value = a.value(record);
    return value === null ? [] : [`      <data key="${prefix}_${a.name}">${xmlEscape(value)}</data>`];
  });
}

/** The whole GraphML document. */
export function writeGraphml(graph: ExportGraph, meta: ExportMetadata): string {
  const graphKeys = ['map', 'filters', 'exportedAt', 'sensitivity'];
  const graphValues: Record<string, string> = {
    map: meta.map,
    filters: JSON.stringify(meta.filters),
    exportedAt: meta.exportedAt,
    sensitivity: meta.sensitivity,
  };
  // The watermark (who exported, with which profile) is in the comment below and in the snapshot metadata.
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${xmlComment(describeMetadata(meta))} -->`,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graphKeys.map((name) => `  <key id="g_${name}" for="graph" attr.name="${name}" attr.type="string"/>`),
    ...keyLines('n', 'node', NODE_ATTRIBUTES),
    ...keyLines('e', 'edge', EDGE_ATTRIBUTES),
    '  <graph id="actor-map" edgedefault="directed">',
    ...graphKeys.map((name) => `    <data key="g_${name}">${xmlEscape(graphValues[name] ?? '')}</data>`),
    ...graph.actors.flatMap((actor) => [
      `    <node id="${xmlEscape(actor.id)}">`,
      ...dataLines('n', NODE_ATTRIBUTES, actor),
      '    </node>',
    ]),
    ...graph.ties.flatMap((tie) => [
      `    <edge id="${xmlEscape(tie.id)}" source="${xmlEscape(tie.sourceId)}" target="${xmlEscape(tie.targetId)}">`,
      ...dataLines('e', EDGE_ATTRIBUTES, tie),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

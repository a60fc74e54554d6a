/**
 * The export formats in one table: each has a content type, a file extension and a writer from
 * the export graph. Adding a format is one writer module plus one row here.
 */
import type { ExportFormat, ExportMetadata } from '../contracts/index.js';
import { writeCsvZip, writeEdgesCsv, writeNodesCsv } from './csv-writer.js';
import { writeCytoscapeJson } from './cytoscape-writer.js';
import type { ExportGraph } from './export-graph.js';
import { writeGexf } from './gexf-writer.js';
import { writeGraphml } from './graphml-writer.js';
import { writeKumuWorkbook } from './kumu-writer.js';
import { writeSnapshot } from './snapshot-writer.js';

export interface ExportFile {
  contentType: string;
  fileName: string;
  body: string | Uint8Array;
}

interface FormatSpec {
  contentType: string;
  extension: string;
  write(graph: ExportGraph, meta: ExportMetadata): string | Uint8Array | Promise<Uint8Array>;
}

const FORMATS: Record<ExportFormat, FormatSpec> = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', write: writeGraphml },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', write: (graph, meta) => writeGexf(graph, meta, '1.3') },
  gexf12: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', write: (graph, meta) => writeGexf(graph, meta, '1.2') },
  cytoscape: { contentType: 'application/json; charset=utf-8', extension: 'cyjs', write: writeCytoscapeJson },
  csv: { contentType: 'application/zip', extension: 'zip', write: writeCsvZip },
  'csv-nodes': { contentType: 'text/csv; charset=utf-8; header=present', extension: 'nodes.csv', write: writeNodesCsv },
  'csv-edges': { contentType: 'text/csv; charset=utf-8; header=present', extension: 'edges.csv', write: writeEdgesCsv },
  kumu: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'kumu.xlsx',
    write: writeKumuWorkbook,
  },
  snapshot: { contentType: 'application/json; charset=utf-8', extension: 'snapshot.json', write: writeSnapshot },
};

/** Renders the graph in a format, with a file name that says the map and the date. */
export async function renderExport(format: ExportFormat, graph: ExportGraph, meta: ExportMetadata): Promise<ExportFile> {
  const spec = FORMATS[format];
  const base =
    meta.map
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'actor-map';
  // A file of the map as it was says so in its name too: "actor-map-as-of-2026-03-31-2026-12-03.graphml".
  const asOf = meta.filters.asOf?.[0];
  const asOfPart = asOf ? `-as-of-${asOf.slice(0, 10)}` : '';
  return {
    contentType: spec.contentType,
    fileName: `${base}${meta.withoutIsolates ? '-tied-only' : ''}${asOfPart}-${meta.exportedAt.slice(0, 10)}.${spec.extension}`,
    body: await spec.write(graph, meta),
  };
}

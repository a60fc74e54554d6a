/** One export: load the (filtered) graph, describe it, render it in the asked format. */
import type { ExportFormat, ExportQuery } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { loadExportGraph } from './export-graph.js';
import { exportMetadata } from './export-metadata.js';
import { renderExport, type ExportFile } from './export-formats.js';

/** The export file and its metadata (also sent as a response header). */
export async function exportMap(db: Database, format: ExportFormat, query: ExportQuery) {
  const graph = await loadExportGraph(db, query);
  const meta = exportMetadata(graph, query);
  const file: ExportFile = await renderExport(format, graph, meta);
  return { file, meta };
}

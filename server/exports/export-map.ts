/**
 * One export: load what the viewer may see (filtered as the map), apply the redaction profile,
 * leave out the actors without ties if asked, describe it (with the watermark: who, when, which
 * profile), render it in the asked format.
 */
import type { Viewer } from '../access/viewer.js';
import type { ExportFormat, ExportQuery } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { loadExportGraph } from './export-graph.js';
import { exportMetadata } from './export-metadata.js';
import { leaveOutIsolates } from './isolates.js';
import { renderExport, type ExportFile } from './export-formats.js';
import { redactExport } from './redaction.js';

/** The export file and its metadata (also sent as a response header). */
export async function exportMap(db: Database, format: ExportFormat, query: ExportQuery, viewer: Viewer) {
  const redacted = redactExport(await loadExportGraph(db, query, viewer), query.profile);
  const graph = query.withoutIsolates ? leaveOutIsolates(redacted) : redacted;
  const meta = exportMetadata(graph, query, viewer.userId);
  const file: ExportFile = await renderExport(format, graph, meta);
  return { file, meta };
}

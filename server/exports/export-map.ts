/**
 * One export: load what the viewer may see (filtered as the map), apply the redaction profile,
 * leave out the actors without ties if asked, describe it (with the watermark: who, when, which
 * profile), render it in the asked format; with `asOf`, all of it as the map was at that date.
 */
import type { Viewer } from '../access/viewer.js';
import type { ExportFormat, ExportQuery } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { createRoundStore } from '../rounds/round-store.js';
import { loadExportGraph } from './export-graph.js';
import { exportMetadata } from './export-metadata.js';
import { leaveOutIsolates } from './isolates.js';
import { renderExport, type ExportFile } from './export-formats.js';
import { redactExport } from './redaction.js';

/** The export file and its metadata (also sent as a response header). */
export async function exportMap(db: Database, format: ExportFormat, query: ExportQuery, viewer: Viewer) {
  // `asOf` (a round id or a date-time; 400 naming query.asOf for an unknown round): the map as it was then.
  const asOf = query.asOf === undefined ? null : await createRoundStore(db).resolveAsOf(query.asOf);
  const redacted = redactExport(await loadExportGraph(db, query, viewer, asOf), query.profile);
  const graph = query.withoutIsolates ? leaveOutIsolates(redacted) : redacted;
  const meta = exportMetadata(graph, { ...query, asOf: asOf === null ? undefined : new Date(asOf).toISOString() }, viewer.userId);
  const file: ExportFile = await renderExport(format, graph, meta);
  return { file, meta };
}

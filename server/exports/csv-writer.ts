/**
 * CSV export: a nodes file and an edges file (RFC 4180: CRLF, quotes doubled, a field quoted
 * when it holds a delimiter, quote or line break), zipped together with a metadata file or
 * served one at a time. Text cells starting with = + - @, tab or CR get a leading "'" so a
 * spreadsheet never runs them as formulas; numeric columns stay numbers.
 */
import { zipSync, strToU8 } from 'fflate';
import type { ExportMetadata } from '../contracts/index.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type Attribute, type AttributeValue } from './attribute-table.js';
import type { ExportGraph } from './export-graph.js';

const RISKY_START = /^[=+\-@\t\r]/;

/** A text cell made harmless for spreadsheets ("=1+2" -> "'=1+2"). */
export function neutralise(text: string): string {
  return RISKY_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(value: AttributeValue, type: Attribute<unknown>['type'] | 'id'): string {
  if (value === null) return '';
  if (type === 'int' || type === 'boolean') return String(value);
  return csvField(neutralise(String(value)));
}

function table<T>(leading: readonly [string, (record: T) => string][], attributes: readonly Attribute<T>[], records: readonly T[]): string {
  const header = [...leading.map(([name]) => name), ...attributes.map((a) => a.name)].map(csvField).join(',');
  const rows = records.map((record) =>
    [...leading.map(([, value]) => cell(value(record), 'id')), ...attributes.map((a) => cell(a.value(record), a.type))].join(','),
  );
  return [header, ...rows].join('\r\n') + '\r\n';
}

/** nodes.csv: id then every node attribute. */
export function writeNodesCsv(graph: ExportGraph): string {
  return table([['id', (actor) => actor.id]], NODE_ATTRIBUTES, graph.actors);
}

/** edges.csv: id, source, target then every edge attribute. */
export function writeEdgesCsv(graph: ExportGraph): string {
  return table(
    [
      ['id', (tie) => tie.id],
      ['source', (tie) => tie.sourceId],
      ['target', (tie) => tie.targetId],
    ],
    EDGE_ATTRIBUTES,
    graph.ties,
  );
}

/** A zip holding nodes.csv, edges.csv and metadata.json. */
export function writeCsvZip(graph: ExportGraph, meta: ExportMetadata): Uint8Array {
  return zipSync({
    'nodes.csv': strToU8(writeNodesCsv(graph)),
    'edges.csv': strToU8(writeEdgesCsv(graph)),
    'metadata.json': strToU8(`${JSON.stringify(meta, null, 2)}\n`),
  });
}

/**
 * Which record of a damaged shapefile is damaged (issue 16's leftover). shpjs reads a .shp as a
 * whole: a record it cannot decode throws with no record named, and a record cut short makes it
 * stop before that record without a word (the features after it would be lost silently); parsedbf
 * reads past a .dbf's end as empty attributes. So the records are framed here from the format's
 * own headers (a .shp's 100-byte header, then per record a big-endian record number and content
 * length in 16-bit words; a .dbf's record count, header length and record length), and when shpjs
 * fails on the whole file each record is given to shpjs alone to find the first it cannot read.
 * The record's 1-based place in the file is the feature number the report uses.
 */
import { because } from '../imports/import-errors.js';
import { BoundaryRefused } from './boundary-refused.js';

const SHP_HEADER = 100;
const RECORD_HEADER = 8;

interface Span {
  start: number;
  end: number;
}

/** The records the .shp's headers frame, and the first (1-based) whose bytes the file lacks. */
export function shpRecordSpans(shp: Uint8Array): { spans: Span[]; cutShort: number | null } {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const spans: Span[] = [];
  for (let offset = SHP_HEADER; offset < shp.byteLength;) {
    if (offset + RECORD_HEADER > shp.byteLength) return { spans, cutShort: spans.length + 1 };
    const end = offset + RECORD_HEADER + view.getInt32(offset + 4) * 2;
    if (end > shp.byteLength || end <= offset) return { spans, cutShort: spans.length + 1 };
    spans.push({ start: offset, end });
    offset = end;
  }
  return { spans, cutShort: null };
}

/** The first .dbf record (1-based) the file's bytes do not wholly hold, or null when all are there. */
export function dbfRecordCutShort(dbf: Uint8Array): number | null {
  if (dbf.byteLength < 12) return 1;
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const records = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (recordLength === 0) return records > 0 ? 1 : null;
  const held = Math.max(0, Math.floor((dbf.byteLength - headerLength) / recordLength));
  return held < records ? held + 1 : null;
}

/**
 * The geometries of a .shp through `parse` (shpjs), or a BoundaryRefused naming the first record
 * that could not be read; the file-level refusal only when shpjs fails and no record alone does.
 */
export function readShpRecords(shp: Uint8Array, parse: (bytes: Uint8Array) => unknown[]): unknown[] {
  const { spans, cutShort } = shpRecordSpans(shp);
  let whole: unknown[] | null;
  try {
    whole = parse(shp);
  } catch {
    whole = null;
  }
  if (whole && cutShort === null && whole.length === spans.length) return whole;
  // Something is wrong: find the first record shpjs cannot read on its own.
  for (const [index, span] of spans.entries()) {
    const alone = new Uint8Array(SHP_HEADER + span.end - span.start);
    alone.set(shp.subarray(0, SHP_HEADER));
    alone.set(shp.subarray(span.start, span.end), SHP_HEADER);
    let read: unknown[] | null;
    try {
      read = parse(alone);
    } catch {
      read = null;
    }
    if (!read || read.length !== 1)
      throw new BoundaryRefused(
        because(`the geometry of record ${index + 1} of the .shp could not be read`, 'boundary.shp_record_unreadable', {
          record: index + 1,
        }),
        index + 1,
      );
  }
  if (cutShort !== null)
    throw new BoundaryRefused(
      because(`record ${cutShort} of the .shp is cut short (the file ends inside it)`, 'boundary.shp_record_cut_short', {
        record: cutShort,
      }),
      cutShort,
    );
  throw new BoundaryRefused(because('the shapefile could not be read (damaged .shp or .dbf)', 'boundary.shapefile_damaged'));
}

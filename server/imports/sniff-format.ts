/**
 * Recognises what an upload is from its bytes first (a file without extension is common), then
 * its name and content type: xlsx (a zip with a workbook part), zipped CSV, JSON snapshot or CSV.
 */
import { because, refuse } from './import-errors.js';
import type { ZipEntryInfo } from './zip-guard.js';

export type SniffedFormat = 'xlsx' | 'zip' | 'json' | 'csv';

/** True when the bytes start like a zip archive. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** Decides the format; `entries` lists a zip's entries when the bytes are a zip. */
export function sniffFormat(
  bytes: Uint8Array,
  filename: string,
  contentType: string,
  entries: readonly ZipEntryInfo[] | null,
): SniffedFormat {
  if (bytes.length === 0) throw refuse(because('the file is empty', 'import.file_empty'));
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw refuse(because('legacy Excel .xls files are not read; save the workbook as .xlsx', 'import.legacy_xls'));
  }
  if (isZip(bytes)) {
    return entries?.some((entry) => entry.name === 'xl/workbook.xml' || entry.name === '[Content_Types].xml') ? 'xlsx' : 'zip';
  }
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[start] ?? 0)) start += 1;
  const looksJson = bytes[start] === 0x7b;
  if (looksJson && (/\.json$/i.test(filename) || contentType.includes('json'))) return 'json';
  return 'csv';
}

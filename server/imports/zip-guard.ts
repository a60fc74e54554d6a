/**
 * Zip handling that refuses zip bombs. The sizes a zip declares are checked first (entry count,
 * total, ratios) but never trusted: they are the attacker's own numbers, and a 313 kB workbook
 * that declared small sizes once inflated to 300 MB inside ExcelJS. So every entry we use is
 * inflated here, by a stream whose byte counter stops at the limit, from the offsets the central
 * directory gives; what reaches ExcelJS or the CSV reader is only what was counted.
 */
import { Inflate } from 'fflate';
import { because, ImportRefused, refuse } from './import-errors.js';
import { formatBytes } from '../format-bytes.js';
import type { ImportLimits } from './limits.js';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  /** The size the archive declares; checked, never trusted. */
  size: number;
}

interface RawEntry extends ZipEntryInfo {
  method: number;
  flags: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** Compressed bytes fed to the inflater at a time: at most about 1,000 times this comes out per push. */
const INFLATE_SLICE = 16 * 1024;

const unreadable = () =>
  refuse(because('the file is not a readable zip archive (central directory missing or damaged)', 'import.zip_unreadable'));

/** The central directory's entries, with where each entry's data starts. */
function readCentralDirectory(bytes: Uint8Array): RawEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw unreadable();
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const names = new TextDecoder();
  const entries: RawEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw unreadable();
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw unreadable();
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/** Lists a zip's entries (as declared) without inflating them; refuses an unreadable archive. */
export function listZipEntries(bytes: Uint8Array): ZipEntryInfo[] {
  if (bytes.length < 22) throw unreadable();
  return readCentralDirectory(bytes).map(({ name, compressedSize, size }) => ({ name, compressedSize, size }));
}

/** Refuses an archive whose declared entry count, total or ratios are beyond the limits. */
export function checkZipLimits(entries: readonly ZipEntryInfo[], limits: ImportLimits): void {
  if (entries.length > limits.maxZipEntries) {
    throw refuse(
      because(
        `the zip archive lists ${entries.length} entries; at most ${limits.maxZipEntries} are accepted`,
        'import.zip_too_many_entries',
        {
          count: entries.length,
          maximum: limits.maxZipEntries,
        },
      ),
    );
  }
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > limits.maxInflatedBytes) {
    throw refuse(
      because(
        `the zip archive would inflate to ${formatBytes(total)}; at most ${formatBytes(limits.maxInflatedBytes)} are accepted`,
        'import.zip_inflates_too_much',
        { size: total, maximum: limits.maxInflatedBytes },
      ),
    );
  }
  for (const entry of entries) checkRatio(entry.name, entry.size, entry.compressedSize, limits, 'refused before inflating');
}

function checkRatio(name: string, size: number, compressedSize: number, limits: ImportLimits, when: string): void {
  const ratio = size / Math.max(compressedSize, 1);
  if (size > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
    const before = when === 'refused before inflating';
    const times = before ? `${Math.round(ratio)} times` : `more than ${Math.floor(ratio)} times`;
    throw refuse(
      because(
        `zip entry "${name}" inflates ${times} its size (a zip bomb?); ${when}: at most ${limits.maxCompressionRatio} times is accepted`,
        before ? 'import.zip_bomb_declared' : 'import.zip_bomb_inflating',
        { entry: name, ratio: before ? Math.round(ratio) : Math.floor(ratio), maximum: limits.maxCompressionRatio },
      ),
    );
  }
}

function isDataEntry(name: string): boolean {
  return !name.endsWith('/') && !name.startsWith('__MACOSX/') && !/(^|\/)\./.test(name);
}

/** The compressed bytes of one entry, located through its local header. */
function entryData(bytes: Uint8Array, entry: RawEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  const damaged = () =>
    refuse(because(`zip entry "${entry.name}" could not be read (damaged archive)`, 'import.zip_entry_damaged', { entry: entry.name }));
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw damaged();
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates `wanted` entries, counting real bytes: stops as soon as their total passes
 * `maxInflatedBytes` or one entry's real ratio passes `maxCompressionRatio`, whatever the archive
 * declared. Refuses encrypted entries and compression methods other than store and deflate.
 */
export function inflateEntries(bytes: Uint8Array, limits: ImportLimits, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  const entries = readCentralDirectory(bytes);
  checkZipLimits(entries, limits);
  const files = new Map<string, Uint8Array>();
  let total = 0;
  const tooMuch = (name: string, declared: number) =>
    refuse(
      because(
        `zip entry "${name}" declares ${formatBytes(declared)} but inflates to more: the archive would inflate to more than ` +
          `${formatBytes(limits.maxInflatedBytes)}, the most an import may inflate; refused while inflating`,
        'import.zip_entry_inflates_more',
        { entry: name, size: declared, maximum: limits.maxInflatedBytes },
      ),
    );
  for (const entry of entries) {
    if (!wanted(entry.name)) continue;
    if (entry.flags & 1)
      throw refuse(
        because(`zip entry "${entry.name}" is encrypted; save the file without a password`, 'import.zip_entry_encrypted', {
          entry: entry.name,
        }),
      );
    const data = entryData(bytes, entry);
    if (entry.method === 0) {
      total += data.length;
      if (total > limits.maxInflatedBytes) throw tooMuch(entry.name, entry.size);
      files.set(entry.name, data);
      continue;
    }
    if (entry.method !== 8)
      throw refuse(
        because(
          `zip entry "${entry.name}" uses compression method ${entry.method}; only deflate and store are read`,
          'import.zip_entry_method',
          { entry: entry.name, method: entry.method },
        ),
      );
    const chunks: Uint8Array[] = [];
    let size = 0;
    const inflater = new Inflate((chunk) => {
      size += chunk.length;
      if (total + size <= limits.maxInflatedBytes) chunks.push(chunk);
    });
    try {
      for (let offset = 0; offset < data.length; offset += INFLATE_SLICE) {
        inflater.push(data.subarray(offset, offset + INFLATE_SLICE), offset + INFLATE_SLICE >= data.length);
        if (total + size > limits.maxInflatedBytes) throw tooMuch(entry.name, entry.size);
        checkRatio(entry.name, size, data.length, limits, 'refused while inflating');
      }
    } catch (error) {
      if (error instanceof ImportRefused) throw error;
      throw refuse(
        because(`zip entry "${entry.name}" could not be inflated (damaged archive)`, 'import.zip_entry_not_inflated', {
          entry: entry.name,
        }),
      );
    }
    total += size;
    files.set(entry.name, concat(chunks, size));
  }
  return files;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The one CSV file of a zipped CSV, inflated with its bytes counted. */
export function extractZippedCsv(bytes: Uint8Array, limits: ImportLimits): { name: string; bytes: Uint8Array } {
  const entries = listZipEntries(bytes);
  checkZipLimits(entries, limits);
  const data = entries.filter((entry) => isDataEntry(entry.name));
  const csv = data.filter((entry) => /\.(csv|tsv|txt)$/i.test(entry.name));
  if (csv.length !== 1) {
    const found = data.map((entry) => entry.name).join(', ') || 'nothing';
    throw refuse(
      because(`a zipped import must hold exactly one .csv file; this zip holds ${found}`, 'import.zip_not_one_csv', {
        count: data.length,
        entries: data.map((entry) => entry.name),
      }),
    );
  }
  const wanted = csv[0]?.name ?? '';
  const inflated = inflateEntries(bytes, limits, (name) => name === wanted).get(wanted);
  if (!inflated) throw refuse(because(`zip entry "${wanted}" could not be read`, 'import.zip_entry_unreadable', { entry: wanted }));
  return { name: wanted, bytes: inflated };
}

/** Every entry but folders, inflated with its bytes counted (for a workbook, before ExcelJS sees it). */
export function inflateArchive(bytes: Uint8Array, limits: ImportLimits): Map<string, Uint8Array> {
  return inflateEntries(bytes, limits, (name) => !name.endsWith('/'));
}

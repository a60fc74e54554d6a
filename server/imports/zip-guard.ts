/**
 * Zip handling that refuses zip bombs before inflating anything: the central directory is read
 * first (entry count, declared sizes and ratios) and only then is the one wanted entry inflated.
 */
import { unzipSync } from 'fflate';
import { refuse } from './import-errors.js';
import { formatBytes, type ImportLimits } from './limits.js';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  size: number;
}

/** Lists a zip's entries without inflating them; refuses an unreadable archive. */
export function listZipEntries(bytes: Uint8Array): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        entries.push({ name: file.name, compressedSize: file.size, size: file.originalSize });
        return false;
      },
    });
  } catch {
    throw refuse('the file is not a readable zip archive (central directory missing or damaged)');
  }
  return entries;
}

/** Refuses an archive with too many entries, too much inflated data or a suspicious ratio. */
export function checkZipLimits(entries: readonly ZipEntryInfo[], limits: ImportLimits): void {
  if (entries.length > limits.maxZipEntries) {
    throw refuse(`the zip archive lists ${entries.length} entries; at most ${limits.maxZipEntries} are accepted`);
  }
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > limits.maxInflatedBytes) {
    throw refuse(`the zip archive would inflate to ${formatBytes(total)}; at most ${formatBytes(limits.maxInflatedBytes)} are accepted`);
  }
  for (const entry of entries) {
    const ratio = entry.size / Math.max(entry.compressedSize, 1);
    if (entry.size > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
      throw refuse(`zip entry "${entry.name}" inflates ${Math.round(ratio)} times its size (a zip bomb?); refused before inflating`);
    }
  }
}

function isDataEntry(name: string): boolean {
  return !name.endsWith('/') && !name.startsWith('__MACOSX/') && !/(^|\/)\./.test(name);
}

/** The one CSV file of a zipped CSV, inflated after the limits are checked. */
export function extractZippedCsv(bytes: Uint8Array, limits: ImportLimits): { name: string; bytes: Uint8Array } {
  const entries = listZipEntries(bytes);
  checkZipLimits(entries, limits);
  const data = entries.filter((entry) => isDataEntry(entry.name));
  const csv = data.filter((entry) => /\.(csv|tsv|txt)$/i.test(entry.name));
  if (csv.length !== 1) {
    const found = data.map((entry) => entry.name).join(', ') || 'nothing';
    throw refuse(`a zipped import must hold exactly one .csv file; this zip holds ${found}`);
  }
  const wanted = csv[0]?.name ?? '';
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === wanted });
  } catch {
    throw refuse(`zip entry "${wanted}" could not be inflated (damaged archive)`);
  }
  const inflated = files[wanted];
  if (!inflated) throw refuse(`zip entry "${wanted}" could not be read`);
  return { name: wanted, bytes: inflated };
}

/**
 * The limits an import enforces, in one place: upload size (checked before any parsing), zip
 * entries and inflated sizes (checked from the central directory before inflating) and rows.
 */

export interface ImportLimits {
  /** Largest upload accepted, in bytes; larger answers 413 before parsing. */
  maxBytes: number;
  /** Most entries a zip (or xlsx, itself a zip) may list. */
  maxZipEntries: number;
  /** Largest total inflated size of a zip's entries, in bytes. */
  maxInflatedBytes: number;
  /** Largest inflated/compressed ratio of an entry larger than 1 MB (zip bombs compress > 1000:1). */
  maxCompressionRatio: number;
  /** Most data rows in a table. */
  maxRows: number;
  /** Rows written per Cypher statement. */
  batchSize: number;
}

/** Defaults: generous for 3W tables and workbooks a mission keeps, small enough for one transaction. */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxZipEntries: 200,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxRows: 100_000,
  batchSize: 500,
};

/** "20 MB" for messages. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;
}

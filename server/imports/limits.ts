/**
 * The limits an import enforces, in one place: upload size (checked before any parsing), zip
 * entries and inflated sizes (declared sizes checked from the central directory, then real sizes
 * counted while inflating), table width and rows, the duplicate search's budget, and the memory
 * and time a parsing worker may use.
 */

export interface ImportLimits {
  /** Largest upload accepted, in bytes; larger answers 413 before parsing. */
  maxBytes: number;
  /** Most entries a zip (or xlsx, itself a zip) may list. */
  maxZipEntries: number;
  /** Largest total inflated size of a zip's entries, in bytes: declared, and counted while inflating. */
  maxInflatedBytes: number;
  /** Largest inflated/compressed ratio of an entry larger than 1 MB (zip bombs compress > 1000:1). */
  maxCompressionRatio: number;
  /** Most data rows in a table. */
  maxRows: number;
  /**
   * Most columns in a table, counted to the last non-empty cell. Every row is read as wide as the
   * widest, so one stray value in column XFD would make each row 16,384 cells.
   */
  maxColumns: number;
  /** Most cells merged across a worksheet's merged ranges (ExcelJS fills every cell of a range). */
  maxMergedCells: number;
  /** Most duplicate suggestions listed; the report says how many more were found. */
  maxDuplicateSuggestions: number;
  /** Most name pairs compared for spelling variants; beyond it the report says the search stopped. */
  maxDuplicateComparisons: number;
  /** Heap (old generation) of the worker that reads a file, in MB; more ends that import, not the server. */
  workerMemoryMb: number;
  /** Longest a worker may take to read and check one file, in ms. */
  workerTimeMs: number;
  /** Rows written per Cypher statement. */
  batchSize: number;
}

/**
 * Defaults: generous for 3W tables and workbooks a mission keeps, small enough for one transaction.
 * Measured: a 100,000-row 3W CSV (8 MB) takes about 2 s and 170 MB of heap to read, so 1 GB and
 * two minutes leave room for a 20 MB upload on a slow machine.
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxZipEntries: 200,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxRows: 100_000,
  maxColumns: 256,
  maxMergedCells: 1_000_000,
  maxDuplicateSuggestions: 500,
  maxDuplicateComparisons: 200_000,
  workerMemoryMb: 1024,
  workerTimeMs: 120_000,
  batchSize: 500,
};

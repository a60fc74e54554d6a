/**
 * From uploaded bytes to a validated import plan: recognise the format, decode, read the table or
 * workbook or snapshot, map columns, and validate every row. Nothing here touches the database;
 * what the map already holds is passed in.
 */
import type { ColumnMapping, ImportProblem, ImportReport } from '../contracts/index.js';
import { planColumns } from './column-plan.js';
import { readCsv } from './csv-reader.js';
import { decodeText } from './decode-text.js';
import { because, refuse } from './import-errors.js';
import type { ImportPlan } from './import-plan.js';
import { isKumuWorkbook, readKumuWorkbook } from './kumu-reader.js';
import { formatBytes } from '../format-bytes.js';
import type { ImportLimits } from './limits.js';
import { sniffFormat, isZip } from './sniff-format.js';
import { fileProblem, ImportNeedsMapping } from './import-errors.js';
import { mappingDoubts } from './mapping-doubts.js';
import { readSnapshot, type ExistingIds } from './snapshot-reader.js';
import type { Table } from './table.js';
import type { TableContext } from './table-references.js';
import { mapThreeWTable } from './three-w-mapper.js';
import { readWorkbook } from './xlsx-reader.js';
import { extractZippedCsv, listZipEntries } from './zip-guard.js';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

/** What reading a file gives: a plan when `problems` is empty, and how the file was read. */
export interface ReadResult {
  plan: ImportPlan | null;
  problems: ImportProblem[];
  warnings: ImportProblem[];
  rowsTotal: number;
  file: Omit<ImportReport['file'], 'name' | 'bytes'>;
  headerLine: number | null;
  hashtagLine: number | null;
  columns: ImportReport['columns'];
  mappingDoubts: ImportProblem[];
}

/** What the map holds, as the importer sees it: ids for snapshots and workbooks, areas and external ids for tables. */
export type ReadContext = ExistingIds & Partial<TableContext>;

function metaFor(fileName: string, kind: string): ImportPlan['meta'] {
  return { name: `Import: ${fileName}`, source: fileName, fictional: false, description: `${kind} imported with POST /api/imports` };
}

function readTable(
  table: Table,
  fileName: string,
  format: 'csv' | 'xlsx' | 'zip-csv',
  mapping: ColumnMapping | undefined,
  limits: ImportLimits,
  existing: ReadContext,
): ReadResult {
  const columns = planColumns(table, mapping);
  if (columns.dataRows.length > limits.maxRows) {
    // The readers stop shortly past the limit, so the count read is a floor, not the file's count.
    throw refuse(
      because(
        `the table has more than ${limits.maxRows} data rows; at most ${limits.maxRows} are accepted; split it into several files`,
        'import.too_many_rows',
        { maximum: limits.maxRows },
      ),
    );
  }
  const context = {
    areaLookup: existing.areaLookup ?? new Map<string, string>(),
    externalIds: existing.externalIds ?? new Map<string, string>(),
    createAreas: existing.createAreas ?? false,
  };
  const mapped = mapThreeWTable(columns, table.sheet, metaFor(fileName, '3W table'), mapping, context);
  const doubts = mappingDoubts(columns, mapped.plan, table.sheet);
  if (doubts.length > 0 && columns.guessed) {
    throw new ImportNeedsMapping(
      columns.columns,
      {
        ...fileProblem(
          because(
            'the columns were guessed and read badly (see the doubts); check which column holds what, correct it and check again',
            'import.columns_read_badly',
          ),
        ),
        line: columns.headerLine,
        sheet: table.sheet,
      },
      doubts,
    );
  }
  return {
    plan: mapped.plan,
    problems: mapped.problems,
    warnings: [...columns.warnings, ...mapped.warnings],
    rowsTotal: columns.dataRows.length,
    file: { format, encoding: table.encoding, delimiter: table.delimiter, sheet: table.sheet },
    headerLine: columns.headerLine,
    hashtagLine: columns.hashtagLine,
    columns: columns.columns,
    mappingDoubts: doubts,
  };
}

/** Reads and validates an upload; throws ImportRefused / ImportNeedsMapping for whole-file refusals. */
export async function readUpload(
  file: UploadedFile,
  mapping: ColumnMapping | undefined,
  existing: ReadContext,
  limits: ImportLimits,
): Promise<ReadResult> {
  if (file.bytes.length > limits.maxBytes)
    throw refuse(
      because(
        `the file has ${formatBytes(file.bytes.length)}; at most ${formatBytes(limits.maxBytes)} are accepted`,
        'import.file_too_large',
        {
          // Bytes: the interface writes them in the reader's language (SIZE_PARAMS).
          size: file.bytes.length,
          maximum: limits.maxBytes,
        },
      ),
    );
  const entries = isZip(file.bytes) ? listZipEntries(file.bytes) : null;
  const format = sniffFormat(file.bytes, file.name, file.contentType, entries);
  if (format === 'json') {
    const { plan, problems } = readSnapshot(decodeText(file.bytes).text, existing);
    return {
      plan,
      problems,
      warnings: [],
      rowsTotal: (plan?.actors.length ?? 0) + (plan?.ties.length ?? 0),
      file: { format: 'snapshot', encoding: 'utf-8', delimiter: null, sheet: null },
      headerLine: null,
      hashtagLine: null,
      columns: [],
      mappingDoubts: [],
    };
  }
  if (format === 'xlsx') {
    const tables = await readWorkbook(file.bytes, entries ?? [], limits);
    if (isKumuWorkbook(tables)) {
      const kumu = readKumuWorkbook(tables, metaFor(file.name, 'Kumu workbook'), existing.areas);
      return {
        plan: kumu.plan,
        problems: kumu.problems,
        warnings: kumu.warnings,
        rowsTotal: kumu.rows,
        file: { format: 'kumu', encoding: null, delimiter: null, sheet: 'Elements' },
        headerLine: 1,
        hashtagLine: null,
        columns: [],
        mappingDoubts: [],
      };
    }
    return readTable(tables[0] as Table, file.name, 'xlsx', mapping, limits, existing);
  }
  if (format === 'zip') {
    const inner = extractZippedCsv(file.bytes, limits);
    const decoded = decodeText(inner.bytes);
    return readTable(
      readCsv(decoded.text, decoded.encoding, limits.maxRows, limits.maxColumns),
      file.name,
      'zip-csv',
      mapping,
      limits,
      existing,
    );
  }
  const decoded = decodeText(file.bytes);
  return readTable(readCsv(decoded.text, decoded.encoding, limits.maxRows, limits.maxColumns), file.name, 'csv', mapping, limits, existing);
}

/**
 * Reads an xlsx workbook into Tables, one per sheet. Formulas are kept as their text ("=SUM(A1)")
 * and never evaluated; merged cells give every cell of the range the range's value (the HXL
 * convention); dates become YYYY-MM-DD. The zip is inflated here with its bytes counted, and its
 * merges, width and rows checked, so ExcelJS only ever sees what fits the limits.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { because, refuse } from './import-errors.js';
import type { ImportLimits } from './limits.js';
import { columnIndex, columnLetter, type Table, type TableRow } from './table.js';
import { checkZipLimits, inflateArchive, type ZipEntryInfo } from './zip-guard.js';

/** Rows allowed above the data (titles, notes, header, HXL hashtags) on top of `maxRows`. */
const HEADER_ROWS_ALLOWED = 50;

/** Text of one cell value as ExcelJS gives it. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return `=${value.sharedFormula}`;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/** Rows and width up to the last cell with a value: a sheet's own dimensions count styled blanks. */
function extentOf(sheet: ExcelJS.Worksheet): { width: number; lastLine: number } {
  let width = 0;
  let lastLine = 0;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cellText(cell.value).trim() === '') return;
      width = Math.max(width, column);
      lastLine = line;
    });
  });
  return { width, lastLine };
}

/**
 * Every row is read as wide as the widest, so width and rows are checked from the cells that
 * exist before any row is built: one value in column XFD would otherwise make 400 rows 6.5
 * million cells (13 s and 1.7 GB, measured).
 */
function sheetToTable(sheet: ExcelJS.Worksheet, limits: ImportLimits): Table {
  const { width, lastLine } = extentOf(sheet);
  if (width > limits.maxColumns) {
    throw refuse(
      because(
        `sheet "${sheet.name}" has a value in column ${columnLetter(width - 1)} (column ${width}); at most ${limits.maxColumns} columns ` +
          `(up to column ${columnLetter(limits.maxColumns - 1)}) are read; delete the stray cells or move the table to the left`,
        'import.sheet_too_wide',
        {
          sheet: sheet.name,
          column: columnLetter(width - 1),
          width,
          maximum: limits.maxColumns,
          lastColumn: columnLetter(limits.maxColumns - 1),
        },
      ),
    );
  }
  if (lastLine > limits.maxRows + HEADER_ROWS_ALLOWED) {
    throw refuse(
      because(
        `sheet "${sheet.name}" has values down to row ${lastLine}; at most ${limits.maxRows} data rows ` +
          `(and ${HEADER_ROWS_ALLOWED} rows above them) are read; split the sheet into several files`,
        'import.sheet_too_long',
        { sheet: sheet.name, line: lastLine, maximum: limits.maxRows, headerRows: HEADER_ROWS_ALLOWED },
      ),
    );
  }
  const rows: TableRow[] = [];
  for (let line = 1; line <= lastLine; line += 1) {
    const row = sheet.getRow(line);
    const cells: string[] = [];
    for (let column = 1; column <= width; column += 1) cells.push(cellText(row.getCell(column).value));
    rows.push({ line, cells });
  }
  return { rows, sheet: sheet.name, encoding: null, delimiter: null };
}

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const MERGE_REF = /<(?:\w+:)?mergeCell\b[^>]*\bref="\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?"/g;

/**
 * ExcelJS gives every cell of a merged range the range's value while it loads, so one merge
 * over A1:XFD1048576 would never finish loading: merges are checked in the sheet XML first.
 */
function checkMergedCells(files: ReadonlyMap<string, Uint8Array>, limits: ImportLimits): void {
  for (const [name, bytes] of files) {
    if (!WORKSHEET_PART.test(name)) continue;
    const xml = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    let merged = 0;
    for (const match of xml.matchAll(MERGE_REF)) {
      const [, fromColumn = 'A', fromRow = '1', toColumn = fromColumn, toRow = fromRow] = match;
      const columns = Math.abs((columnIndex(toColumn) ?? 0) - (columnIndex(fromColumn) ?? 0)) + 1;
      const lastColumn = Math.max(columnIndex(toColumn) ?? 0, columnIndex(fromColumn) ?? 0) + 1;
      if (lastColumn > limits.maxColumns) {
        throw refuse(
          because(
            `worksheet ${name} merges cells up to column ${columnLetter(lastColumn - 1)}; at most ${limits.maxColumns} columns are read`,
            'import.merge_too_wide',
            { worksheet: name, column: columnLetter(lastColumn - 1), maximum: limits.maxColumns },
          ),
        );
      }
      merged += columns * (Math.abs(Number(toRow) - Number(fromRow)) + 1);
      if (merged > limits.maxMergedCells) {
        throw refuse(
          because(
            `worksheet ${name} merges more than ${limits.maxMergedCells} cells; at most ${limits.maxMergedCells} merged cells are read; unmerge the cells`,
            'import.merge_too_many',
            { worksheet: name, maximum: limits.maxMergedCells },
          ),
        );
      }
    }
  }
}

/** Every non-empty sheet of the workbook, in workbook order. */
export async function readWorkbook(bytes: Uint8Array, entries: readonly ZipEntryInfo[], limits: ImportLimits): Promise<Table[]> {
  checkZipLimits(entries, limits);
  // ExcelJS inflates whatever the archive holds: it is given a stored copy of what was counted.
  const files = inflateArchive(bytes, limits);
  checkMergedCells(files, limits);
  const counted = zipSync(Object.fromEntries(files), { level: 0 });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(counted.buffer, counted.byteOffset, counted.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0] ?? '';
    throw refuse(because(`the workbook could not be read as xlsx: ${detail}`, 'import.xlsx_unreadable', { detail }));
  }
  const tables = workbook.worksheets
    .filter((sheet) => sheet.rowCount > 0)
    .map((sheet) => sheetToTable(sheet, limits))
    .filter((table) => table.rows.length > 0);
  if (tables.length === 0) {
    throw refuse(
      because(
        'the workbook has no worksheet that can be read (its workbook part names no readable sheet; re-save it in a spreadsheet program)',
        'import.workbook_no_sheet',
      ),
    );
  }
  return tables;
}

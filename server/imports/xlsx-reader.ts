/**
 * Reads an xlsx workbook into Tables, one per sheet. Formulas are kept as their text ("=SUM(A1)")
 * and never evaluated; merged cells give every cell of the range the range's value (the HXL
 * convention); dates become YYYY-MM-DD. The zip is checked against the limits before ExcelJS
 * inflates it.
 */
import ExcelJS from 'exceljs';
import { refuse } from './import-errors.js';
import type { ImportLimits } from './limits.js';
import type { Table, TableRow } from './table.js';
import { checkZipLimits, type ZipEntryInfo } from './zip-guard.js';

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

function sheetToTable(sheet: ExcelJS.Worksheet, maxRows: number): Table {
  const rows: TableRow[] = [];
  const width = sheet.columnCount;
  const last = Math.min(sheet.rowCount, maxRows + 50);
  for (let line = 1; line <= last; line += 1) {
    const row = sheet.getRow(line);
    const cells: string[] = [];
    for (let column = 1; column <= width; column += 1) cells.push(cellText(row.getCell(column).value));
    rows.push({ line, cells });
  }
  return { rows, sheet: sheet.name, encoding: null, delimiter: null };
}

/** Every non-empty sheet of the workbook, in workbook order. */
export async function readWorkbook(bytes: Uint8Array, entries: readonly ZipEntryInfo[], limits: ImportLimits): Promise<Table[]> {
  checkZipLimits(entries, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw refuse(`the workbook could not be read as xlsx: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
  const tables = workbook.worksheets.filter((sheet) => sheet.rowCount > 0).map((sheet) => sheetToTable(sheet, limits.maxRows));
  if (tables.length === 0) {
    throw refuse('the workbook has no worksheet that can be read (its workbook part names no readable sheet; re-save it in a spreadsheet program)');
  }
  return tables;
}

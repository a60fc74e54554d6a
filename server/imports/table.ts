/**
 * The one in-memory shape every tabular reader produces (CSV, zipped CSV, xlsx sheet): rows of
 * text cells, each with the file line (or sheet row) it starts on, so problems can be located.
 */

export interface TableRow {
  /** 1-based line of the file where the row starts (the sheet row for xlsx). */
  line: number;
  cells: string[];
}

export interface Table {
  rows: TableRow[];
  sheet: string | null;
  encoding: string | null;
  delimiter: string | null;
}

/** Column letter of a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** 0-based index of a column letter, or null when `text` is not a letter reference. */
export function columnIndex(text: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(text)) return null;
  return [...text].reduce((sum, char) => sum * 26 + char.charCodeAt(0) - 64, 0) - 1;
}

/** True when every cell is blank. */
export function isBlankRow(row: TableRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

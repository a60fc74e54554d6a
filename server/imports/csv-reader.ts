/**
 * Reads CSV text into a Table: any of the usual delimiters (sniffed from the first lines),
 * quoted multi-line cells, CRLF/LF/CR endings, ragged rows. Each row keeps its starting line.
 */
import { parse, type Options } from 'csv-parse/sync';
import { because, ImportRefused, refuse } from './import-errors.js';
import { columnLetter, type Table, type TableRow } from './table.js';

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Picks the delimiter that splits the first lines most consistently (quotes ignored). */
export function sniffDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(0, 30);
  let best: string = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => line.replace(/"[^"]*"/g, '').split(delimiter).length - 1);
    const withAny = counts.filter((count) => count > 0);
    if (withAny.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const count of withAny) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const [mode, modeRows] = [...frequency.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    const score = modeRows * Math.log2(mode + 1);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Columns up to the last non-empty cell (trailing empty cells from spreadsheet exports do not count). */
function usedWidth(record: readonly string[]): number {
  let width = record.length;
  while (width > 0 && (record[width - 1] ?? '').trim() === '') width -= 1;
  return width;
}

/**
 * Parses CSV text; refuses text that is not CSV with the line where parsing stopped, and a row
 * with a value beyond `maxColumns` as soon as it is met (the table is read as wide as its widest row).
 */
export function readCsv(text: string, encoding: string | null, maxRows: number, maxColumns = Number.POSITIVE_INFINITY): Table {
  const delimiter = sniffDelimiter(text);
  let records: ParsedRecord[];
  let tooWide: ImportRefused | null = null;
  try {
    records = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
      to: maxRows + 50,
      // With `info`, each record reaches this hook as { record, info }.
      on_record: (record: ParsedRecord, context: { lines: number }) => {
        const width = usedWidth(record.record);
        if (width > maxColumns) {
          tooWide = refuse(
            because(
              `line ${context.lines} has a value in column ${columnLetter(width - 1)} (column ${width}); at most ${maxColumns} columns are read`,
              'import.csv_too_wide',
              { line: context.lines, column: columnLetter(width - 1), width, maximum: maxColumns },
            ),
          );
          throw tooWide;
        }
        return record;
      },
    } as unknown as Options) as unknown as ParsedRecord[];
  } catch (error) {
    if (tooWide) throw tooWide;
    const line = (error as { lines?: number }).lines ?? null;
    const detail = (error as Error).message.split('\n')[0] ?? '';
    throw refuse(
      because(
        `the file is not readable as CSV${line ? ` (stopped at line ${line})` : ''}: ${detail}`,
        line ? 'import.csv_unreadable_at_line' : 'import.csv_unreadable',
        line ? { line, detail } : { detail },
      ),
    );
  }
  const rows: TableRow[] = [];
  let previousEnd = 0;
  for (const { record, info } of records) {
    rows.push({ line: previousEnd + 1, cells: record });
    previousEnd = info.lines;
  }
  return { rows, sheet: null, encoding, delimiter };
}

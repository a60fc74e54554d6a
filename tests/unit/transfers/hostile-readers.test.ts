/**
 * The readers against hostile files, each within a time and memory budget: sizes a zip declares
 * are not trusted, a sheet or CSV with a value far to the right is refused before rows are built,
 * merges over a whole sheet are refused before ExcelJS fills them, and the duplicate search stays
 * bounded for thousands of near-identical names. Each refusal says which limit was hit.
 */
import { describe, expect, it } from 'vitest';
import { findDuplicates, unlistedDuplicates } from '../../../server/imports/duplicate-suggestions.js';
import { ImportRefused } from '../../../server/imports/import-errors.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../../../server/imports/limits.js';
import { readUpload } from '../../../server/imports/read-upload.js';
import {
  XLSX_TYPE,
  csvWithValueFarRight,
  lyingWorkbook,
  lyingZippedCsv,
  nearIdenticalNames,
  sheetMergedToTheEnd,
  sheetWithValueInXfd,
  threeWWorkbook,
} from './hostile-files.js';

const NOTHING = { actors: new Set<string>(), areas: new Set<string>() };

/** Reads `bytes` and gives the refusal's first reason, with the time and heap growth it took. */
async function refusalOf(name: string, bytes: Uint8Array, contentType: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS) {
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 10);
  const started = performance.now();
  try {
    await readUpload({ name, bytes, contentType }, undefined, NOTHING, limits);
    return { reason: null, params: {} as Record<string, unknown>, ms: performance.now() - started, heapMb: 0 };
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return {
      reason: error.problems[0]?.reason ?? '',
      params: (error.problems[0]?.params ?? {}) as Record<string, unknown>,
      ms: performance.now() - started,
      heapMb: (peak - heapBefore) / 1024 / 1024,
    };
  } finally {
    clearInterval(sampler);
  }
}

describe('zips that declare false sizes', () => {
  const ratioUnchecked = { ...DEFAULT_IMPORT_LIMITS, maxCompressionRatio: Number.POSITIVE_INFINITY };

  it('stops inflating a zipped CSV as soon as its real ratio or its real size passes the limit, whatever it declares', async () => {
    const zip = lyingZippedCsv(110);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const byRatio = await refusalOf('lying.zip', zip, 'application/zip');
    expect(byRatio.reason).toMatch(
      /^zip entry "input\.csv" inflates more than \d+ times its size \(a zip bomb\?\); refused while inflating: at most 100 times is accepted$/,
    );
    // Refused soon after passing the limit: the ratio it reports is of the bytes inflated so far,
    // far below the whole entry's (110 MB over its compressed size), which a full inflate would give.
    const wholeRatio = (110 * 1024 * 1024) / zip.length;
    const reported = Number(byRatio.params.ratio);
    expect(reported).toBeGreaterThan(100);
    expect(reported).toBeLessThan(wholeRatio / 2);
    const bySize = await refusalOf('lying.zip', zip, 'application/zip', ratioUnchecked);
    expect(bySize.reason).toMatch(
      /^zip entry "input\.csv" declares \d+ (kB|MB) but inflates to more: the archive would inflate to more than 100 MB, the most an import may inflate; refused while inflating$/,
    );
    expect(bySize.ms).toBeLessThan(5000);
    expect(bySize.heapMb).toBeLessThan(300);
  });

  it('stops inflating a workbook the same way before ExcelJS sees it', async () => {
    const workbook = await lyingWorkbook(110);
    expect(workbook.length).toBeLessThan(1024 * 1024);
    const byRatio = await refusalOf('lying.xlsx', workbook, XLSX_TYPE);
    expect(byRatio.reason).toMatch(
      /^zip entry "xl\/worksheets\/sheet1\.xml" inflates more than \d+ times its size \(a zip bomb\?\); refused while inflating/,
    );
    const bySize = await refusalOf('lying.xlsx', workbook, XLSX_TYPE, ratioUnchecked);
    expect(bySize.reason).toMatch(
      /^zip entry "xl\/worksheets\/sheet1\.xml" declares \d+ (kB|MB) but inflates to more: .*more than 100 MB, the most an import may inflate/,
    );
    expect(bySize.ms).toBeLessThan(5000);
    expect(bySize.heapMb).toBeLessThan(300);
  });

  it('still reads an honest workbook and an honest zipped CSV', async () => {
    const workbook = new Uint8Array(await threeWWorkbook(20).xlsx.writeBuffer());
    const read = await readUpload({ name: 'ok.xlsx', bytes: workbook, contentType: XLSX_TYPE }, undefined, NOTHING, DEFAULT_IMPORT_LIMITS);
    expect(read.rowsTotal).toBe(20);
    expect(read.problems).toEqual([]);
  });
});

describe('tables wider or longer than the limits', () => {
  it('refuses a sheet with one value in column XFD at once, naming the column and the limit', async () => {
    const { reason, ms, heapMb } = await refusalOf('wide.xlsx', await sheetWithValueInXfd(), XLSX_TYPE);
    expect(reason).toBe(
      'sheet "3W" has a value in column XFD (column 16384); at most 256 columns (up to column IV) are read; delete the stray cells or move the table to the left',
    );
    expect(ms).toBeLessThan(2000);
    expect(heapMb).toBeLessThan(200);
  });

  it('refuses a merge over the rest of the sheet before ExcelJS fills its cells', async () => {
    const { reason, ms } = await refusalOf('merged.xlsx', await sheetMergedToTheEnd(), XLSX_TYPE);
    expect(reason).toBe('worksheet xl/worksheets/sheet1.xml merges cells up to column XFD; at most 256 columns are read');
    expect(ms).toBeLessThan(2000);
  });

  it('refuses a merge of more cells than the limit even within the columns', async () => {
    const { reason } = await refusalOf('merged.xlsx', await sheetMergedToTheEnd(), XLSX_TYPE, {
      ...DEFAULT_IMPORT_LIMITS,
      maxColumns: 20_000,
      maxMergedCells: 1000,
    });
    expect(reason).toBe(
      'worksheet xl/worksheets/sheet1.xml merges more than 1000 cells; at most 1000 merged cells are read; unmerge the cells',
    );
  });

  it('refuses a sheet with more rows than the limit, naming the row and the limit', async () => {
    const workbook = new Uint8Array(await threeWWorkbook(200).xlsx.writeBuffer());
    const { reason } = await refusalOf('long.xlsx', workbook, XLSX_TYPE, { ...DEFAULT_IMPORT_LIMITS, maxRows: 100 });
    expect(reason).toBe(
      'sheet "3W" has values down to row 202; at most 100 data rows (and 50 rows above them) are read; split the sheet into several files',
    );
  });

  it('refuses a CSV row with a value in column 20,002 as soon as it is read', async () => {
    const { reason, ms } = await refusalOf('wide.csv', new TextEncoder().encode(csvWithValueFarRight()), 'text/csv');
    expect(reason).toBe('line 6 has a value in column ACOH (column 20002); at most 256 columns are read');
    expect(ms).toBeLessThan(2000);
  });
});

describe('duplicate suggestions for a flood of near-identical names', () => {
  it('stays within its comparison budget and says how many more there are', () => {
    const names = nearIdenticalNames(3000);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const budget = { maxSuggestions: 500, maxComparisons: 200_000 };
    const findings = findDuplicates(
      names.map((name, index) => ({ id: `a${index}`, name, existing: false })),
      [],
      budget,
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toBeLessThan(200);
    expect(findings.suggestions).toHaveLength(500);
    expect(findings.comparisons).toBe(200_000);
    expect(findings.more).toBeGreaterThan(0);
    expect(unlistedDuplicates(findings, budget)).toEqual({
      reason:
        `and ${findings.more} more possible duplicates: only the first 500 are listed (the most an import report lists); ` +
        'the search for duplicates stopped after 200000 name comparisons (the most an import may make); there may be more',
      messageCode: 'import.duplicates_more_and_stopped',
      params: { count: findings.more, maximum: 500, comparisons: 200_000 },
    });
  });

  it('still finds a spelling variant among thousands of unrelated names', () => {
    const names = [...Array.from({ length: 5000 }, (_, index) => `Organisation number ${index}`), 'World Vision', 'Word Vision'];
    const findings = findDuplicates(
      names.map((name, index) => ({ id: `a${index}`, name, existing: false })),
      [],
    );
    expect(findings.complete).toBe(true);
    expect(findings.suggestions.map((pair) => `${pair.reason}: ${pair.a.name} / ${pair.b.name}`)).toEqual([
      'spelling: World Vision / Word Vision',
    ]);
  });
});

describe('CSV longer than the row limit', () => {
  it('says the limit, not the count where reading stopped', async () => {
    const csv = `Organisation,Sector\n#org,#sector\n${Array.from({ length: 300 }, (_, index) => `Organisation ${index},Health`).join('\n')}\n`;
    const { reason } = await refusalOf('long.csv', new TextEncoder().encode(csv), 'text/csv', { ...DEFAULT_IMPORT_LIMITS, maxRows: 100 });
    expect(reason).toBe('the table has more than 100 data rows; at most 100 are accepted; split it into several files');
  });
});

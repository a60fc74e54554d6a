/**
 * The parsing workers: a file is read off the event loop with the same result and the same typed
 * refusals as in-thread, and a worker that runs out of its heap or its time ends that import with
 * a refusal in words while this process (the server, in production) carries on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ImportNeedsMapping, ImportRefused } from '../../../server/imports/import-errors.js';
import { readUploadInWorker, shutDownImportWorkers, suggestDuplicatesInWorker } from '../../../server/imports/import-workers.js';
import { DEFAULT_IMPORT_LIMITS } from '../../../server/imports/limits.js';
import { largeThreeWCsv, nearIdenticalNames, sheetWithValueInXfd, threeWCsv, XLSX_TYPE } from './hostile-files.js';

const NOTHING = { actors: new Set<string>(), areas: new Set<string>() };
const encode = (text: string) => new TextEncoder().encode(text);

afterAll(async () => {
  await shutDownImportWorkers();
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportRefused);
  return (error as ImportRefused).problems[0]?.reason ?? '';
}

describe('import workers', () => {
  it('reads a file in a worker with the same result as in-thread', async () => {
    const read = await readUploadInWorker(
      { name: 'ok.csv', bytes: encode(threeWCsv(['GIZ', 'GiZ', 'Oxfam'])), contentType: 'text/csv' },
      undefined,
      NOTHING,
      DEFAULT_IMPORT_LIMITS,
    );
    expect(read.rowsTotal).toBe(3);
    // "GIZ" and "GiZ" fold to one organisation (actor-matching.ts), the other spelling kept as an alias.
    expect(read.plan?.actors.map((actor) => [actor.name, actor.aliases])).toEqual([
      ['GIZ', ['GiZ']],
      ['Oxfam', []],
    ]);
  });

  it('brings refusals and mapping requests back as the same typed errors', async () => {
    expect(
      await refusal(
        readUploadInWorker(
          { name: 'wide.xlsx', bytes: await sheetWithValueInXfd(), contentType: XLSX_TYPE },
          undefined,
          NOTHING,
          DEFAULT_IMPORT_LIMITS,
        ),
      ),
    ).toMatch(/has a value in column XFD/);
    const unknownColumns = readUploadInWorker(
      { name: 'odd.csv', bytes: encode('Foo,Bar\n1,2\n'), contentType: 'text/csv' },
      undefined,
      NOTHING,
      DEFAULT_IMPORT_LIMITS,
    );
    await expect(unknownColumns).rejects.toBeInstanceOf(ImportNeedsMapping);
  });

  it('refuses, in words, a file that needs more memory than a worker may use, and the next import works', async () => {
    const big = { name: 'big.csv', bytes: encode(largeThreeWCsv(100_000)), contentType: 'text/csv' };
    expect(await refusal(readUploadInWorker(big, undefined, NOTHING, { ...DEFAULT_IMPORT_LIMITS, workerMemoryMb: 64 }))).toMatch(
      /^the file needs more memory than an import may use \(64 MB\) to be read and checked; nothing was imported; split it into smaller files/,
    );
    // The same small heap is enough for a small file: it was the file, not the worker's start.
    const small = await readUploadInWorker(
      { name: 'ok.csv', bytes: encode(threeWCsv(['Oxfam'])), contentType: 'text/csv' },
      undefined,
      NOTHING,
      { ...DEFAULT_IMPORT_LIMITS, workerMemoryMb: 64 },
    );
    expect(small.rowsTotal).toBe(1);
  });

  it('refuses, in words, a file that takes longer than an import may take', async () => {
    const big = { name: 'big.csv', bytes: encode(largeThreeWCsv(100_000)), contentType: 'text/csv' };
    expect(await refusal(readUploadInWorker(big, undefined, NOTHING, { ...DEFAULT_IMPORT_LIMITS, workerTimeMs: 300 }))).toBe(
      'reading and checking the file took longer than an import may take (0.3 s); nothing was imported; split it into smaller files',
    );
  });

  it('bounds the duplicate search in the worker and says what it left out', async () => {
    const names = nearIdenticalNames(3000).map((name, index) => ({ id: `a${index}`, name, existing: false }));
    const { suggestions, unlisted } = await suggestDuplicatesInWorker(names, [], DEFAULT_IMPORT_LIMITS);
    expect(suggestions).toHaveLength(500);
    expect(unlisted?.reason).toMatch(/^and \d+ more possible duplicates: only the first 500 are listed/);
    // The same words as a code, whether or not the comparisons also ran out on these near-identical names.
    expect(unlisted?.messageCode).toMatch(/^import\.duplicates_more/);
    expect(unlisted?.params).toMatchObject({ count: Number(/^and (\d+)/.exec(unlisted?.reason ?? '')?.[1]), maximum: 500 });
  });
});

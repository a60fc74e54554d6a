import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkRows, declaredQueries, query, queryName } from '../../../server/db/typed-query.js';
import { loadQueryStore } from '../../../server/db/query-store.js';
import { appPath } from '../../../server/app-root.js';

const QUERIES_DIR = join(import.meta.dirname, '../../../server/queries');

describe('typed queries', () => {
  it('every handle in server/queries names a Cypher file the running server loads', async () => {
    for (const file of readdirSync(QUERIES_DIR).filter((name) => name.endsWith('.ts'))) await import(join(QUERIES_DIR, file));
    const store = loadQueryStore(appPath('cypher'));
    const known = new Set(store.names());
    const handles = declaredQueries();
    expect(handles.length).toBeGreaterThan(5);
    expect(handles.map((handle) => handle.name).filter((name) => !known.has(name))).toEqual([]);
  });

  it('a row that does not match its declared type names the query, the row and the field', () => {
    const handle = query<{ id: string }, { total: number }>('test/rows', z.object({ total: z.number() }));
    expect(() => checkRows(handle, [{ total: 1 }, { total: 'two' }])).toThrow(/"test\/rows" returned row 1 .*total/);
    expect(() => checkRows(handle, [{ total: 3, extra: true }])).not.toThrow();
  });

  it('a handle and a plain name stand for the same file', () => {
    expect(queryName(query('ties/get-tie'))).toBe('ties/get-tie');
    expect(queryName('ties/get-tie')).toBe('ties/get-tie');
  });
});

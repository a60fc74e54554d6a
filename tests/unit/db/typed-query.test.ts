import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkRows, declaredQueries, query, queryName, type Query } from '../../../server/db/typed-query.js';
import { createDatabase } from '../../../server/db/database.js';
import { loadQueryStore } from '../../../server/db/query-store.js';
import { appPath } from '../../../server/app-root.js';
import { deleteMapData } from '../../../server/queries/maintenance.js';

const QUERIES_DIR = join(import.meta.dirname, '../../../server/queries');

describe('typed queries', () => {
  it('every handle in server/queries names a Cypher file the running server loads, or, under maintenance/, one the reset loads', async () => {
    for (const file of readdirSync(QUERIES_DIR).filter((name) => name.endsWith('.ts'))) await import(join(QUERIES_DIR, file));
    const known = new Set(loadQueryStore(appPath('cypher')).names());
    const knownForMaintenance = new Set(loadQueryStore(appPath('cypher'), { maintenance: true }).names());
    const names = declaredQueries().map((handle) => handle.name);
    expect(names.length).toBeGreaterThan(5);
    const maintenance = names.filter((name) => name.startsWith('maintenance/'));
    expect(maintenance).toContain('maintenance/delete-map-data');
    expect(names.filter((name) => !maintenance.includes(name) && !known.has(name))).toEqual([]);
    expect(maintenance.filter((name) => !knownForMaintenance.has(name))).toEqual([]);
  });

  it("a maintenance handle does not stop the server's database from starting, and the server's store refuses to run it", async () => {
    const options = { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused', checkRows: true };
    // The reset's handle, declared: the server's store lacks its file on purpose; a missing file of any other folder still stops it.
    const db = createDatabase({ ...options, queries: loadQueryStore(appPath('cypher')) });
    try {
      await expect(db.autoCommit(deleteMapData, {})).rejects.toThrow(/No Cypher query named "maintenance\/delete-map-data"/);
    } finally {
      await db.close();
    }
    const stray: Query = { name: 'maintenance/no-such-query', rowSchema: null };
    const handles = [...declaredQueries(), stray];
    expect(() => createDatabase({ ...options, handles, queries: loadQueryStore(appPath('cypher'), { maintenance: true }) })).toThrow(
      /Typed queries without a Cypher file: maintenance\/no-such-query/,
    );
  });

  it('a row that does not match its declared type names the query, the row and the field', () => {
    const handle: Query<{ id: string }, { total: number }> = { name: 'test/rows', rowSchema: z.object({ total: z.number() }) };
    expect(() => checkRows(handle, [{ total: 1 }, { total: 'two' }])).toThrow(/"test\/rows" returned row 1 .*total/);
    expect(() => checkRows(handle, [{ total: 3, extra: true }])).not.toThrow();
  });

  it('a handle and a plain name stand for the same file, and a declared handle is registered once under its name', () => {
    const declared = declaredQueries().length;
    expect(queryName(query('ties/get-tie'))).toBe('ties/get-tie');
    expect(declaredQueries()).toHaveLength(declared);
    expect(queryName('ties/get-tie')).toBe('ties/get-tie');
  });
});

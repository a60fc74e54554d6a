/**
 * The running server's query store holds no query that empties the map: maintenance queries are
 * loaded only by the reset command, benchmarks and tests, on request (security review, item 7).
 */
import { describe, expect, it } from 'vitest';
import { loadQueryStore } from '../../server/db/query-store.js';
import { CYPHER_DIR } from '../../server/runtime.js';

describe('maintenance queries', () => {
  it('are not in the store the server loads', () => {
    const store = loadQueryStore(CYPHER_DIR);
    expect(store.names().filter((name) => /delete-map-data|^maintenance\//.test(name))).toEqual([]);
    expect(() => store.get('maintenance/delete-map-data')).toThrow(/No Cypher query/);
  });

  it('are loaded when the reset command asks for them', () => {
    expect(loadQueryStore(CYPHER_DIR, { maintenance: true }).get('maintenance/delete-map-data')).toMatch(/DETACH DELETE/);
  });
});

/**
 * Architecture rules a reviewer would otherwise have to remember: Cypher lives in cypher/ files
 * (no query text in TypeScript), every query the code asks for exists, and every query file says
 * what it is for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRouteTable } from '../../server/app.js';
import type { Database } from '../../server/db/database.js';
import { loadQueryStore } from '../../server/db/query-store.js';
import { declaredQueries } from '../../server/db/typed-query.js';
import { CYPHER_DIR } from '../../server/runtime.js';

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

const CYPHER_IN_CODE = /\b(MATCH|MERGE|CREATE|DETACH\s+DELETE|UNWIND|CALL\s+dbms|CALL\s+db)\b[\s\S]{0,80}(\(|\bRETURN\b|\bSET\b)/;

describe('architecture', () => {
  it('keeps Cypher out of server TypeScript (query text lives in cypher/)', () => {
    const offenders = filesUnder('server', '.ts').filter((file) => {
      const strings = readFileSync(file, 'utf8').match(/`[^`]*`|'[^'\n]*'|"[^"\n]*"/g) ?? [];
      return strings.some((literal) => CYPHER_IN_CODE.test(literal));
    });
    expect(offenders).toEqual([]);
  });

  it('the check above does catch a template-string query', () => {
    const literal = '`MATCH (a:Actor {id: "${id}"}) RETURN a`';
    expect(CYPHER_IN_CODE.test(literal)).toBe(true);
  });

  it('every query a route needs exists: each module declares its queries as handles, checked against cypher/', () => {
    const queries = loadQueryStore(CYPHER_DIR);
    // Building the route table loads every module a route runs, and so declares every handle.
    expect(() => buildRouteTable({} as Database)).not.toThrow();
    const handles = declaredQueries().map((handle) => handle.name);
    const missing = handles.filter((name) => {
      try {
        queries.get(name);
        return false;
      } catch {
        return !name.startsWith('maintenance/');
      }
    });
    expect(missing).toEqual([]);
    expect(handles.length).toBeGreaterThan(200);
    expect(() => queries.get('actors/no-such-query')).toThrow(/No Cypher query named "actors\/no-such-query"/);
  });

  it('every Cypher file starts with a comment saying what it is for', () => {
    const silent = filesUnder(CYPHER_DIR, '.cypher').filter((file) => !readFileSync(file, 'utf8').startsWith('// '));
    expect(silent).toEqual([]);
  });
});

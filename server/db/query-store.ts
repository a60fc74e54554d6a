/**
 * Reads every Cypher query in `cypher/` once at start-up. A query's name is its path without the
 * extension (`actors/create-actor`); code asks for queries by name, and asking for a name that
 * has no file fails at once, when the module that needs it is built, not on the first request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface QueryStore {
  /** The text of a named query; throws if no file has that name. */
  get(name: string): string;
  /** Every loaded name, sorted. */
  names(): string[];
}

/** Loads `*.cypher` files below `root`. */
export function loadQueryStore(root: string): QueryStore {
  const queries = new Map<string, string>();
  for (const file of listCypherFiles(root)) {
    const name = relative(root, file).split(sep).join('/').replace(/\.cypher$/, '');
    queries.set(name, readFileSync(file, 'utf8'));
  }
  return {
    get(name) {
      const text = queries.get(name);
      if (text === undefined) throw new Error(`No Cypher query named "${name}" in ${root}`);
      return text;
    },
    names: () => [...queries.keys()].sort(),
  };
}

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listCypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

/** Splits a file of several `;`-terminated statements (schema files) into statements. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Reads every Cypher query in `cypher/` once at start-up. A query's name is its path without the
 * extension (`actors/create-actor`); code asks for queries by name, and asking for a name that
 * has no file fails at once, when the module that needs it is built, not on the first request.
 *
 * Files under `cypher/fragments/` are not queries: they define fragments (`// @fragment
 * name(PARAM, ...)` followed by the text) that queries use as `@name(arg, ...)`. The store
 * expands them at load time, so a rule several queries need (who may see what) is written once.
 * Fragment text is fixed and arguments are Cypher variable names, never request input.
 *
 * Files under `cypher/maintenance/` (emptying the map) are for the reset command, benchmarks and
 * tests only: they are loaded when asked for (`{ maintenance: true }`), so the running server's
 * store has no query that could delete the map.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface QueryStore {
  /** The text of a named query, fragments expanded; throws if no file has that name. */
  get(name: string): string;
  /** Every loaded name, sorted. */
  names(): string[];
}

/** The folder of fragment files, relative to the query root. */
export const FRAGMENTS_DIR = 'fragments';
/** The folder of maintenance queries, loaded only on request. */
export const MAINTENANCE_DIR = 'maintenance';

export interface QueryStoreOptions {
  /** Also load `maintenance/` (reset, benchmarks, tests); never for the running server. */
  maintenance?: boolean;
}

interface Fragment {
  params: string[];
  body: string;
}

/** Loads `*.cypher` files below `root`, expanding the fragments of `root/fragments/`. */
export function loadQueryStore(root: string, options: QueryStoreOptions = {}): QueryStore {
  const fragments = new Map<string, Fragment>();
  const raw = new Map<string, string>();
  for (const file of listCypherFiles(root)) {
    const name = relative(root, file)
      .split(sep)
      .join('/')
      .replace(/\.cypher$/, '');
    if (name.startsWith(`${MAINTENANCE_DIR}/`) && !options.maintenance) continue;
    const text = readFileSync(file, 'utf8');
    if (name.startsWith(`${FRAGMENTS_DIR}/`)) parseFragments(text, file).forEach((fragment, key) => fragments.set(key, fragment));
    else raw.set(name, text);
  }
  const queries = new Map([...raw].map(([name, text]) => [name, expandFragments(text, fragments, name)]));
  return {
    get(name) {
      const text = queries.get(name);
      if (text === undefined) throw new Error(`No Cypher query named "${name}" in ${root}`);
      return text;
    },
    names: () => [...queries.keys()].sort(),
  };
}

const FRAGMENT_HEADER = /^\/\/ @fragment (\w+)\(([^)]*)\)\s*$/;
const FRAGMENT_USE = /@(\w+)\(([^()]*)\)/g;
const MAX_EXPANSION_DEPTH = 5;

/** Splits a fragment file into its fragments; comment lines outside a fragment are documentation. */
export function parseFragments(text: string, file = 'fragment file'): Map<string, Fragment> {
  const fragments = new Map<string, Fragment>();
  let current: { name: string; params: string[]; lines: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    const body = current.lines.join('\n').trim();
    if (!body) throw new Error(`Fragment "${current.name}" in ${file} has no text`);
    fragments.set(current.name, { params: current.params, body });
  };
  for (const line of text.split('\n')) {
    const header = FRAGMENT_HEADER.exec(line);
    if (header) {
      finish();
      const params = header[2]!
        .split(',')
        .map((param) => param.trim())
        .filter(Boolean);
      current = { name: header[1]!, params, lines: [] };
    } else if (current && !line.trim().startsWith('//')) {
      current.lines.push(line);
    }
  }
  finish();
  return fragments;
}

/** Replaces each `@name(args)` with the fragment's text, its parameters replaced by the arguments. */
export function expandFragments(text: string, fragments: Map<string, Fragment>, queryName: string, depth = 0): string {
  if (depth > MAX_EXPANSION_DEPTH) throw new Error(`Cypher query "${queryName}": fragments nest too deeply`);
  let expanded = false;
  const result = text.replace(FRAGMENT_USE, (_match, name: string, argText: string) => {
    const fragment = fragments.get(name);
    if (!fragment) throw new Error(`Cypher query "${queryName}" uses an unknown fragment @${name}`);
    const args = argText.split(',').map((arg) => arg.trim());
    if (args.length !== fragment.params.length || args.some((arg) => !/^[A-Za-z_]\w*$/.test(arg))) {
      throw new Error(
        `Cypher query "${queryName}": @${name} takes ${fragment.params.length} variable names (${fragment.params.join(', ')})`,
      );
    }
    expanded = true;
    return fragment.params.reduce((body, param, index) => body.replace(new RegExp(`\\b${param}\\b`, 'g'), args[index]!), fragment.body);
  });
  return expanded ? expandFragments(result, fragments, queryName, depth + 1) : result;
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

/**
 * No module of the server or the client imports itself back through others: a cycle makes load
 * order matter (a value read before its module ran is undefined) and hides which piece is the
 * lower layer. Type-only imports are erased at compile time and do not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(ROOT, folder, name));
}

/** Relative runtime imports of one file, as absolute .ts paths. */
export function runtimeImports(file: string, text: string, includeTypes = false): string[] {
  const found: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) {
    if (match[1] && !includeTypes) continue;
    found.push(resolve(dirname(file), match[2]!.replace(/\.js$/, '.ts')));
  }
  return found;
}

/** The cycles of a graph, each as the list of files from a module back to itself. */
export function findCycles(edges: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(edges)).toEqual([['a', 'b', 'c', 'a']]);
    expect(runtimeImports('/x/a.ts', "import type { T } from './b.js';\nimport { f } from './c.js';")).toEqual(['/x/c.ts']);
  });

  for (const folder of ['server', 'client']) {
    it(`has none in ${folder}/`, () => {
      const edges = new Map<string, string[]>();
      for (const file of sourceFiles(folder)) edges.set(file, runtimeImports(file, readFileSync(file, 'utf8'), true));
      const cycles = findCycles(edges).map((cycle) => cycle.map((file) => relative(ROOT, file)).join(' -> '));
      expect(cycles).toEqual([]);
    });
  }
});

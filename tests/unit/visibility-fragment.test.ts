/**
 * The need-to-know rule lives in one Cypher fragment (cypher/fragments/visibility.cypher) that the
 * query store inserts at load time. These tests fail if the rule is spelled out anywhere else,
 * and check the expansion itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandFragments, loadQueryStore, parseFragments } from '../../server/db/query-store.js';
import { CYPHER_DIR } from '../../server/runtime.js';

const FRAGMENT_FILE = join(CYPHER_DIR, 'fragments', 'visibility.cypher');
/** Any of the rule's ingredients: the grant lists and the clearance levels of `$access`. */
const RULE_TEXT = /\$access\.(levels|actorIds|areaIds)|opened:AdminArea/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return /\.(cypher|ts)$/.test(entry.name) ? [path] : [];
  });
}

describe('one visibility rule, one place', () => {
  it('no file but the fragment spells out the rule', () => {
    const offenders = [...filesUnder(CYPHER_DIR), ...filesUnder('server'), ...filesUnder('bench')]
      .filter((file) => file !== FRAGMENT_FILE)
      .filter((file) => RULE_TEXT.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the check above does catch a copy of the rule', () => {
    expect(RULE_TEXT.test('WHERE a.sensitivity IN $access.levels')).toBe(true);
  });

  it('every query that takes $access applies the rule through the fragment, fully expanded', () => {
    const store = loadQueryStore(CYPHER_DIR);
    const users = store.names().filter((name) => store.get(name).includes('$access'));
    expect(users.length).toBeGreaterThanOrEqual(16);
    for (const name of users) {
      const text = store.get(name);
      expect(text, name).toMatch(/\$access\.levels/);
      expect(text, name).not.toMatch(/@\w+\(/);
    }
  });

  it('fragments are not queries', () => {
    const store = loadQueryStore(CYPHER_DIR);
    expect(store.names().some((name) => name.startsWith('fragments/'))).toBe(false);
  });
});

describe('fragment expansion', () => {
  const fragments = parseFragments(
    ['// doc', '// @fragment seen(X)', '(X.level IN $levels)', '', '// @fragment both(A, B)', '(@seen(A) AND @seen(B))'].join('\n'),
  );

  it('replaces parameters by the arguments, nested fragments included', () => {
    expect(expandFragments('WHERE @both(s, e)', fragments, 'q')).toBe('WHERE ((s.level IN $levels) AND (e.level IN $levels))');
  });

  it('refuses an unknown fragment, a wrong number of arguments and arguments that are not names', () => {
    expect(() => expandFragments('WHERE @unseen(a)', fragments, 'q')).toThrow(/unknown fragment @unseen/);
    expect(() => expandFragments('WHERE @seen(a, b)', fragments, 'q')).toThrow(/takes 1 variable names/);
    expect(() => expandFragments("WHERE @seen('x')", fragments, 'q')).toThrow(/variable names/);
  });
});

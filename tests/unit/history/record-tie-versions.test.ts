/**
 * history/record-tie-versions finds each tie by a seek of its type's id index, one branch per
 * type (a dynamic type uses no index). A tie type added to the allowlist without a branch would
 * silently get no history: this names the missing one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../../../server/db/allowlist.js';
import { CYPHER_DIR } from '../../../server/runtime.js';

const text = readFileSync(join(CYPHER_DIR, 'history/record-tie-versions.cypher'), 'utf8');
const branchTypes = [...text.matchAll(/MATCH \(s:Actor\)-\[t:([A-Z_]+) \{id: id\}\]->\(e:Actor\)/g)].map((match) => match[1]);

describe('history/record-tie-versions', () => {
  it('has one index-seek branch for each tie type, and no other', () => {
    expect([...branchTypes].sort()).toEqual([...ALL_TIE_RELATIONSHIP_TYPES].sort());
  });
});

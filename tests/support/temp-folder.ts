/**
 * A temporary folder for files a test writes, made inside the run's folder (see
 * neo4j-for-tests.ts), so that it goes when the run ends instead of staying in /tmp.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export function testTempFolder(prefix: string): string {
  return mkdtempSync(join(inject('runFolder'), `${prefix}-`));
}

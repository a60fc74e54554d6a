/**
 * Test files share their worker's modules (vitest.config.ts, `isolate: false`), so what one file
 * leaves in a process-wide registry reaches every file after it in that worker, in an order that
 * differs from run to run. This hook fails the file that leaves a typed query handle without a
 * Cypher file behind (the database of every later file would refuse to start), naming it. It asks
 * the question the database asks at creation (`queriesWithoutFile`), of the store tests use.
 */
import { afterAll } from 'vitest';
import { queriesWithoutFile } from '../../server/db/database.js';
import { declaredQueries } from '../../server/db/typed-query.js';
import { testQueryStore } from './test-queries.js';

afterAll(() => {
  const strays = queriesWithoutFile(testQueryStore(), declaredQueries());
  if (strays.length > 0) {
    throw new Error(
      `This file declared typed queries without a Cypher file (${strays.join(', ')}); they would reach the next test files of this worker. Write a test's own handle as a plain Query object instead.`,
    );
  }
});

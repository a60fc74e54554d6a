/**
 * Test files run in parallel workers, each with a Neo4j of its own (tests/support/test-workers.ts,
 * tests/support/neo4j-for-tests.ts): a file resets the database it uses, so two files never share
 * one. TEST_WORKERS=1 (or a single NEO4J_URI) runs them one after another.
 */
import { defineConfig } from 'vitest/config';
import { testWorkers } from './tests/support/test-workers.js';

const workers = testWorkers();

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/neo4j-for-tests.ts'],
    fileParallelism: workers > 1,
    maxWorkers: workers,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // The JSON report lets .ci/run print a plain 'N passed, N failed' line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});

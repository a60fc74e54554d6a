/**
 * One real Neo4j serves the whole run (see tests/support/neo4j-for-tests.ts). Test files share
 * it, so they run one after another; each integration test resets the database it needs.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/neo4j-for-tests.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // The JSON report lets .ci/run print a plain 'N passed, N failed' line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});

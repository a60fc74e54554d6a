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
    setupFiles: ['tests/support/shared-module-guard.ts'],
    fileParallelism: workers > 1,
    maxWorkers: workers,
    // The files of a worker share its modules: each imports the server once per worker instead of
    // once per file, and the server code stays compiled by V8 from one file to the next (a sample
    // of 15 integration files: 386 s instead of 586 s, import 7 s instead of 67 s). Safe because no
    // test mocks, spies or stubs anything global (eslint refuses vi.mock and its kin in tests/),
    // every test server and browser is closed by its file, and the one module setting a test
    // changes (the influence workers' limits) is set back by the files that change it.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // The JSON report lets .ci/run print a plain 'N passed, N failed' line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});

/**
 * The Neo4j of the worker this test file runs in: vitest numbers its workers from 1
 * (VITEST_POOL_ID), and the global setup started (or was given) one database per worker.
 */
import { inject } from 'vitest';
import type { TestNeo4j } from './neo4j-for-tests.js';

export function testNeo4j(): TestNeo4j {
  const instances = inject('neo4jInstances');
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  const instance = instances[(worker - 1) % instances.length];
  if (!instance) throw new Error('no Neo4j was provided to the tests (tests/support/neo4j-for-tests.ts)');
  return instance;
}

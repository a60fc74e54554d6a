/**
 * The Neo4j the suite starts for itself runs with the test planner settings
 * (tests/support/test-neo4j-settings.ts): without them a run replans its large queries after every
 * reset and takes about twice as long. A database given by NEO4J_URI(S) is the caller's to configure.
 */
import { describe, expect, it } from 'vitest';
import { withDriver } from '../support/demo-snapshot.js';
import { testNeo4j } from '../support/test-neo4j.js';
import { TEST_PLANNER_SETTINGS } from '../support/test-neo4j-settings.js';

const instance = testNeo4j();
const startedBySuite = instance.origin === 'local launcher' || instance.origin === 'testcontainers';

describe('the test database', () => {
  it.skipIf(!startedBySuite)('keeps its query plans across the resets', async () => {
    const { records } = await withDriver((driver) => driver.executeQuery('CALL dbms.listConfig() YIELD name, value RETURN name, value'));
    const values = Object.fromEntries(records.map((record) => [record.get('name') as string, record.get('value') as string]));
    for (const [name, value] of Object.entries(TEST_PLANNER_SETTINGS)) expect(values[name], name).toBe(value);
  });
});

/** Settings handed to a Neo4j the project starts: to the local launcher as one JVM property, to the Docker image as environment. */
import { describe, expect, it } from 'vitest';
import { settingsArgument } from '../../neo4j-local/launcher.js';
import { dockerEnvironment, TEST_PLANNER_SETTINGS } from '../support/test-neo4j-settings.js';

describe('Neo4j settings', () => {
  it('go to the launcher one name=value a line, and a name or value that could smuggle another line is refused', () => {
    expect(settingsArgument(TEST_PLANNER_SETTINGS)).toEqual([
      '-Dactormap.settings=dbms.cypher.statistics_divergence_threshold=1.0\ndbms.cypher.min_replan_interval=1h\nserver.memory.query_cache.per_db_cache_num_entries=3000',
    ]);
    expect(settingsArgument({})).toEqual([]);
    expect(() => settingsArgument({ 'dbms.security.auth_enabled=false\nx': 'y' })).toThrow(/Not a neo4j.conf setting/);
    expect(() => settingsArgument({ 'dbms.cypher.min_replan_interval': '1h\ndbms.security.auth_enabled=false' })).toThrow(
      /Not a neo4j.conf setting/,
    );
  });

  it('go to the Docker image with the names its manual gives (dots as _, underscores doubled)', () => {
    expect(dockerEnvironment(TEST_PLANNER_SETTINGS)).toEqual({
      NEO4J_dbms_cypher_statistics__divergence__threshold: '1.0',
      NEO4J_dbms_cypher_min__replan__interval: '1h',
      NEO4J_server_memory_query__cache_per__db__cache__num__entries: '3000',
    });
  });
});

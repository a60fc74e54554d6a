/**
 * Planner settings for the Neo4j instances the tests start. Every test file empties the database
 * and fills it again, so the statistics swing between nothing and a map many times a run, and with
 * Neo4j's defaults (replan when a statistic moved by 75 %, at most every 10 s) each swing replans
 * the large fragment-expanded queries, seconds of CPU each on a 2-core machine. Measured on three
 * files (workbench-edit, claims-lifecycle, evidence-api) against a warm instance: 146 s with the
 * defaults, 63 s with these; Neo4j's own CPU 142 s against 38 s. Planning is most of what Neo4j
 * does in a test run (12 integration files with the plan cache emptied first: 267 s of Neo4j CPU
 * in a 300 s run), so a plan is made once per instance and kept.
 *
 * Plans only decide how fast a query runs, never what it returns, so the tests prove the same
 * things. Production keeps Neo4j's defaults (its data grows slowly; the bench measures it so).
 */
export const TEST_PLANNER_SETTINGS: Record<string, string> = {
  // A divergence is |a - b| / max(a, b), at most 1: a threshold of 1 never calls a plan stale.
  'dbms.cypher.statistics_divergence_threshold': '1.0',
  'dbms.cypher.min_replan_interval': '1h',
  // A run uses more distinct queries (by text and parameter types) than the default 1,000 plans per database:
  // 30 integration files alone left 579. About 80 KB each, so 3,000 fit in TEST_NEO4J_HEAP.
  'server.memory.query_cache.per_db_cache_num_entries': '3000',
};

/** Heap of a test Neo4j: the default 512m plus room for the larger plan cache. */
export const TEST_NEO4J_HEAP = '1g';

/** The same settings as environment variables of the Neo4j Docker image (`.` → `_`, `_` → `__`). */
export function dockerEnvironment(settings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(settings).map(([name, value]) => [`NEO4J_${name.replaceAll('_', '__').replaceAll('.', '_')}`, value]),
  );
}

/**
 * Planner settings for the Neo4j instances the tests start. Every test file empties the database
 * and fills it again, so the statistics swing between nothing and a map many times a run, and with
 * Neo4j's defaults (replan when a statistic moved by 75 %, at most every 10 s) each swing replans
 * the large fragment-expanded queries, seconds of CPU each on a 2-core machine. Measured on three
 * files (workbench-edit, claims-lifecycle, evidence-api) against a warm instance: 146 s with the
 * defaults, 63 s with these; Neo4j's own CPU 142 s against 38 s.
 *
 * Plans only decide how fast a query runs, never what it returns, so the tests prove the same
 * things. Production keeps Neo4j's defaults (its data grows slowly; the bench measures it so).
 */
export const TEST_PLANNER_SETTINGS: Record<string, string> = {
  // A divergence is |a - b| / max(a, b), at most 1: a threshold of 1 never calls a plan stale.
  'dbms.cypher.statistics_divergence_threshold': '1.0',
  'dbms.cypher.min_replan_interval': '1h',
};

/** The same settings as environment variables of the Neo4j Docker image (`.` → `_`, `_` → `__`). */
export function dockerEnvironment(settings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(settings).map(([name, value]) => [`NEO4J_${name.replaceAll('_', '__').replaceAll('.', '_')}`, value]),
  );
}

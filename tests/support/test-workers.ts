/**
 * How many test files run at once. Each worker has a Neo4j of its own (test files reset the
 * database they use, so two files never share one): NEO4J_URIS names them (comma-separated),
 * NEO4J_URI names one (then files run one after another), and otherwise the global setup starts
 * TEST_WORKERS of them (default 2, the cores of the machines this project is tested on).
 */
export function testWorkers(env: NodeJS.ProcessEnv = process.env): number {
  if (env.NEO4J_URIS) return givenUris(env).length;
  if (env.NEO4J_URI) return 1;
  const asked = Number(env.TEST_WORKERS ?? 2);
  if (!Number.isInteger(asked) || asked < 1) throw new Error(`TEST_WORKERS must be a whole number from 1, not "${env.TEST_WORKERS}"`);
  return asked;
}

/** The Neo4j URIs given in NEO4J_URIS (empty entries dropped). */
export function givenUris(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.NEO4J_URIS ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);
}

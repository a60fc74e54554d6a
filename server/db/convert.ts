/**
 * Conversion between driver values and plain JSON values. Nothing of neo4j-driver's types
 * (Integer, temporal types, Node, Relationship, Record) leaves `server/db/`.
 */
import neo4j from 'neo4j-driver';

/** Converts a value returned by Cypher into plain JSON (numbers, strings, arrays, objects). */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of any result: answer them before the type probes.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (isTemporal(value)) return temporalToIso(value as { toString(): string });
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if (isGraphEntity(value)) return toPlain(value.properties);
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
    return out;
  }
  return value;
}

/**
 * Prepares parameters for Cypher: JavaScript integers become Neo4j integers, so that LIMIT and
 * SKIP work and scores are stored as integers rather than floats.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== undefined) out[key] = toCypherParams(inner);
    }
    return out;
  }
  return value;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/** DateTime values become ISO-8601 instants in UTC; others keep Neo4j's ISO text. */
function temporalToIso(value: { toString(): string }): string {
  if (neo4j.isDateTime(value)) return new Date(value.toString()).toISOString();
  return value.toString();
}

function isGraphEntity(value: object): value is { properties: Record<string, unknown> } {
  return neo4j.isNode(value) || neo4j.isRelationship(value);
}

/**
 * Conversion between driver values and plain JSON values. Nothing of neo4j-driver's types
 * (Integer, temporal types, Node, Relationship, Record) leaves `server/db/`.
 */
import neo4j, { type DateTime, type Integer, type Record as DriverRecord } from 'neo4j-driver';

/**
 * Converts a value returned by Cypher into plain JSON (numbers, strings, arrays, objects).
 * Lists and maps are converted in place: the driver builds them afresh for each result and
 * nothing else holds them, so a map of ten thousand rows is not copied just to be walked.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of any result: answer them before any probe.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = toPlain(value[i]);
    return value;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  return driverTypeToPlain(value);
}

/** One record as a plain row: its columns by name, each converted by `toPlain`. */
export function recordToRow(record: DriverRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  record.keys.forEach((key, index) => {
    row[key as string] = toPlain(record.get(index));
  });
  return row;
}

/** Integers, temporal values, nodes and relationships; anything else (a point) as its fields. */
function driverTypeToPlain(value: object): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (isTemporal(value)) return temporalToIso(value as { toString(): string });
  if (isGraphEntity(value)) return toPlain({ ...value.properties });
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
  return out;
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

/** DateTime values become ISO-8601 instants in UTC (to the millisecond); others keep Neo4j's ISO text. */
function temporalToIso(value: { toString(): string }): string {
  if (neo4j.isDateTime(value)) return dateTimeToIso(value);
  return value.toString();
}

/**
 * From the DateTime's fields when the driver gives them as numbers with an offset (it does for
 * every stored instant), which is several times quicker than printing it and parsing the text;
 * otherwise (a lossless Integer, a year Date.UTC would misread) through its text.
 */
function dateTimeToIso(value: DateTime<number | Integer>): string {
  const { year, month, day, hour, minute, second, nanosecond, timeZoneOffsetSeconds: offset } = value;
  if (typeof year === 'number' && typeof offset === 'number' && year >= 100 && year <= 9999) {
    // Every field is a number when the year is (the driver converts all of them or none).
    const [mo, d, h, mi, s, ns] = [month, day, hour, minute, second, nanosecond] as number[];
    return new Date(Date.UTC(year, mo! - 1, d, h, mi, s, Math.floor(ns! / 1_000_000)) - offset * 1000).toISOString();
  }
  return new Date(value.toString()).toISOString();
}

function isGraphEntity(value: object): value is { properties: Record<string, unknown> } {
  return neo4j.isNode(value) || neo4j.isRelationship(value);
}

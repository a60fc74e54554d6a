/**
 * The demo data for test files, seeded for real once per test run and then copied back from a
 * snapshot. Seeding the demo runs the product's whole write path (datasets, evidence, boundaries,
 * history, rounds): about ten seconds on these machines, which more than fifty test files paid at
 * start-up. The first file that asks seeds as the product does and writes what the reset would
 * remove (every node but accounts, sessions, tokens, grant requests, sign-in throttles and the
 * audit log, and their relationships) to a file in the run's folder; later files restore that
 * copy in a few batched statements. `tests/integration/demo-snapshot.test.ts` holds the copy to a
 * real seed, node for node; the tests of seeding itself keep calling `seedDatabase`.
 *
 * Test-only: the Cypher here is fixed text, never request input.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { CYPHER_DIR } from '../../server/runtime.js';
import { seedDatabase } from '../../server/seed/seed-database.js';
import { testNeo4j } from './test-neo4j.js';
import type { TestServer } from './test-server.js';

/**
 * Labels the reset keeps (cypher/maintenance/delete-map-data.cypher); everything else is in the
 * snapshot but the map's version token, which the restore renews instead, as any map write does
 * (cypher/graph/bump-map-version.cypher): a cached map must not outlive the restore.
 */
const KEPT_BY_RESET = ['User', 'Session', 'ApiToken', 'AuditEvent', 'GrantRequest', 'SignInThrottle'];
const NOT_COPIED = [...KEPT_BY_RESET, 'MapVersion'];
const inSnapshot = (variable: string) => `NOT (${NOT_COPIED.map((label) => `${variable}:${label}`).join(' OR ')})`;
const BUMP_MAP_VERSION = readFileSync(join(CYPHER_DIR, 'graph', 'bump-map-version.cypher'), 'utf8');

const READ_NODES = `MATCH (n) WHERE ${inSnapshot('n')} RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props`;
const READ_RELATIONSHIPS = `MATCH (a)-[r]->(b) WHERE ${inSnapshot('a')} AND ${inSnapshot('b')}
  RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props`;
const COUNT_CROSSING = `MATCH (a)-[r]-(b) WHERE ${inSnapshot('a')} AND NOT ${inSnapshot('b')} RETURN count(r) AS crossing`;
const WRITE_NODES = `UNWIND $nodes AS n
  CREATE (x) SET x = n.props, x:$(n.labels)
  RETURN n.key AS key, elementId(x) AS id`;
const WRITE_RELATIONSHIPS = `UNWIND $relationships AS r
  MATCH (a) WHERE elementId(a) = r.from
  MATCH (b) WHERE elementId(b) = r.to
  CREATE (a)-[x:$(r.type)]->(b) SET x = r.props`;

const BATCH = 2000;

interface SnapshotNode {
  key: string;
  labels: string[];
  props: Record<string, unknown>;
}
interface SnapshotRelationship {
  from: string;
  to: string;
  type: string;
  props: Record<string, unknown>;
}
export interface DemoSnapshot {
  nodes: SnapshotNode[];
  relationships: SnapshotRelationship[];
}

/** The demo data in the test server's database, as `seedDatabase(db, 'demo')` leaves it after a reset. */
export async function seedDemo(server: Pick<TestServer, 'db'>): Promise<void> {
  const file = join(inject('runFolder'), 'demo-snapshot.json');
  if (existsSync(file)) {
    await withDriver((driver) => restoreSnapshot(driver, decode(JSON.parse(readFileSync(file, 'utf8'))) as DemoSnapshot));
    return;
  }
  await seedDatabase(server.db, 'demo');
  const snapshot = await withDriver(takeSnapshot);
  // Written whole and then renamed, so a file running beside this one never reads half of it.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(encode(snapshot)));
  renameSync(partial, file);
}

export async function takeSnapshot(driver: Driver): Promise<DemoSnapshot> {
  const [{ records: nodes }, { records: relationships }, { records: crossing }] = [
    await driver.executeQuery(READ_NODES),
    await driver.executeQuery(READ_RELATIONSHIPS),
    await driver.executeQuery(COUNT_CROSSING),
  ];
  // A seeded relationship to an account would be lost by the copy: say so rather than restore less.
  const crossingCount = Number(crossing[0]?.get('crossing'));
  if (crossingCount > 0) throw new Error(`the demo snapshot cannot hold ${crossingCount} relationship(s) to accounts or the audit log`);
  return {
    nodes: nodes.map((record) => ({ key: record.get('key'), labels: record.get('labels'), props: record.get('props') })),
    relationships: relationships.map((record) => ({
      from: record.get('from'),
      to: record.get('to'),
      type: record.get('type'),
      props: record.get('props'),
    })),
  };
}

export async function restoreSnapshot(driver: Driver, snapshot: DemoSnapshot): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      const newId = new Map<string, string>();
      for (let start = 0; start < snapshot.nodes.length; start += BATCH) {
        const result = await tx.run(WRITE_NODES, { nodes: snapshot.nodes.slice(start, start + BATCH) });
        for (const record of result.records) newId.set(record.get('key'), record.get('id'));
      }
      const relationships = snapshot.relationships.map((relationship) => ({
        ...relationship,
        from: newId.get(relationship.from),
        to: newId.get(relationship.to),
      }));
      for (let start = 0; start < relationships.length; start += BATCH) {
        await tx.run(WRITE_RELATIONSHIPS, { relationships: relationships.slice(start, start + BATCH) });
      }
      await tx.run(BUMP_MAP_VERSION);
    });
  } finally {
    await session.close();
  }
}

export async function withDriver<T>(use: (driver: Driver) => Promise<T>): Promise<T> {
  const { uri, user, password } = testNeo4j();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    return await use(driver);
  } finally {
    await driver.close();
  }
}

// JSON keeps neither Neo4j's integers nor its temporal values: they travel tagged with the
// constructor arguments that make them again.
type Tagged = { $neo4j: string; fields: unknown[] };
const { types } = neo4j;
const TEMPORAL: [string, (value: unknown) => boolean, (v: any) => unknown[], (f: any[]) => unknown][] = [
  [
    'DateTime',
    neo4j.isDateTime,
    (v) => [v.year, v.month, v.day, v.hour, v.minute, v.second, v.nanosecond, v.timeZoneOffsetSeconds, v.timeZoneId],
    (f) => new types.DateTime(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7] ?? undefined, f[8] ?? undefined),
  ],
  [
    'LocalDateTime',
    neo4j.isLocalDateTime,
    (v) => [v.year, v.month, v.day, v.hour, v.minute, v.second, v.nanosecond],
    (f) => new types.LocalDateTime(f[0], f[1], f[2], f[3], f[4], f[5], f[6]),
  ],
  ['Date', neo4j.isDate, (v) => [v.year, v.month, v.day], (f) => new types.Date(f[0], f[1], f[2])],
  [
    'Time',
    neo4j.isTime,
    (v) => [v.hour, v.minute, v.second, v.nanosecond, v.timeZoneOffsetSeconds],
    (f) => new types.Time(f[0], f[1], f[2], f[3], f[4]),
  ],
  ['LocalTime', neo4j.isLocalTime, (v) => [v.hour, v.minute, v.second, v.nanosecond], (f) => new types.LocalTime(f[0], f[1], f[2], f[3])],
  ['Duration', neo4j.isDuration, (v) => [v.months, v.days, v.seconds, v.nanoseconds], (f) => new types.Duration(f[0], f[1], f[2], f[3])],
  ['Point', neo4j.isPoint, (v) => [v.srid, v.x, v.y, v.z], (f) => new types.Point(f[0], f[1], f[2], f[3] ?? undefined)],
];

export function encode(value: unknown): unknown {
  if (neo4j.isInt(value)) return { $neo4j: 'Integer', fields: [value.toString()] } satisfies Tagged;
  for (const [name, is, fieldsOf] of TEMPORAL) if (is(value)) return { $neo4j: name, fields: fieldsOf(value).map(encode) };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encode(inner)]));
  return value;
}

export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== 'object') return value;
  if ('$neo4j' in value) {
    const { $neo4j: name, fields } = value as Tagged;
    if (name === 'Integer') return neo4j.int(fields[0] as string);
    const make = TEMPORAL.find(([known]) => known === name)?.[3];
    if (!make) throw new Error(`the demo snapshot holds an unknown Neo4j type ${name}`);
    return make(fields.map(decode));
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decode(inner)]));
}

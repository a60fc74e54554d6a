/** Schema is idempotent; reference and demo data load, repeat without change, and say where they come from. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { applySchema } from '../../server/db/schema.js';
import { DEMO_PATTERNS } from '../../server/seed/demo-scenario.js';
import { readReferenceDataset, seedDatabase, seedIfEmpty } from '../../server/seed/seed-database.js';

const server = useTestServer();

beforeAll(async () => {
  await server.reset();
});

const countSchema = async () => ({
  constraints: await server.count('SHOW CONSTRAINTS YIELD name RETURN count(name)'),
  indexes: await server.count('SHOW INDEXES YIELD name RETURN count(name)'),
});

describe('schema', () => {
  it('applying it twice is a no-op', async () => {
    const names = [...server.queries.get('schema/constraints').matchAll(/CREATE CONSTRAINT (\w+)/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThanOrEqual(24);
    expect(await server.count('SHOW CONSTRAINTS YIELD name WHERE name IN $names RETURN count(name)', { names })).toBe(names.length);
    const first = await countSchema();
    const statements = await applySchema(server.db, server.queries);
    expect(statements).toBe(
      server.queries
        .names()
        .filter((n) => n.startsWith('schema/'))
        .reduce((sum, n) => sum + (server.queries.get(n).match(/;/g) ?? []).length, 0),
    );
    expect(await countSchema()).toEqual(first);
  });

  it('enforces unique actor ids and unique tie ids per type', async () => {
    await expect(server.count("CREATE (:Actor {id: 'dup'}), (:Actor {id: 'dup'}) RETURN 1")).rejects.toThrow(/already exists/);
    await server.count("CREATE (a:Actor {id: 'a1'}), (b:Actor {id: 'b1'}) CREATE (a)-[:FUNDS {id: 'same'}]->(b) RETURN 1");
    await expect(
      server.count("MATCH (a:Actor {id: 'a1'}), (b:Actor {id: 'b1'}) CREATE (b)-[:FUNDS {id: 'same'}]->(a) RETURN 1"),
    ).rejects.toThrow(/already exists/);
  });
});

describe('seed', () => {
  it('loads the handbook reference data and the fictional demo into an empty database, once', async () => {
    await server.reset();
    const loaded = await seedIfEmpty(server.db, 'demo');
    expect(loaded.map((summary) => summary.name)).toEqual([
      'Handbook reference: operational outputs of peacebuilding',
      'Demo scenario: Republic of Veridia (fictional)',
    ]);
    const actors = await server.count('MATCH (a:Actor) RETURN count(a)');
    expect(actors - 14).toBeGreaterThanOrEqual(150);
    expect(actors - 14).toBeLessThanOrEqual(300);
    expect(await seedIfEmpty(server.db, 'demo')).toEqual([]);
  });

  it('names its sources and labels every demo record fictional', async () => {
    expect(await server.count("MATCH (d:Dataset {fictional: false}) WHERE d.source CONTAINS 'handbook' RETURN count(d)")).toBe(1);
    expect(await server.count('MATCH (d:Dataset {fictional: true}) RETURN count(d)')).toBe(1);
    expect(
      await server.count(
        "MATCH (a:Actor) WHERE a.id STARTS WITH 'vr-' AND (a.fictional <> true OR NOT a.description CONTAINS 'Fictional') RETURN count(a)",
      ),
    ).toBe(0);
    expect(await server.count('MATCH (o:Output) WHERE o.source IS NULL RETURN count(o)')).toBe(0);
  });

  it('covers every actor kind, every CSO subtype and every tie type, with a year of engagements', async () => {
    expect(await server.count('MATCH (a:Actor) RETURN count(DISTINCT a.kind)')).toBe(7);
    expect(await server.count("MATCH (a:Actor {kind: 'civil_society'}) RETURN count(DISTINCT a.subtype)")).toBe(11);
    expect(await server.count('MATCH (:Actor)-[t]->(:Actor) WHERE t.id IS NOT NULL RETURN count(DISTINCT type(t))')).toBe(9);
    expect(await server.count("MATCH (a:Actor {kind: 'conflict_party'}) RETURN count(a)")).toBeGreaterThanOrEqual(2);
    expect(await server.count('MATCH (area:AdminArea) RETURN count(area)')).toBeGreaterThanOrEqual(7);
    expect(await server.count("MATCH (e:Engagement) WHERE e.date >= '2025-11-27' RETURN count(e)")).toBeGreaterThanOrEqual(100);
  });

  it('holds the patterns the analyses must find', async () => {
    const duplication = DEMO_PATTERNS.donorDuplication;
    expect(
      await server.count('MATCH (d:Donor)-[f:FUNDS {outputId: $output}]->(:Actor {id: $cso}) RETURN count(DISTINCT d)', {
        output: duplication.outputId,
        cso: duplication.recipientId,
      }),
    ).toBe(2);
    const capitalShare =
      (await server.count('MATCH (e:Engagement)-[:HELD_IN]->(:AdminArea {isCapital: true}) RETURN count(e)')) /
      (await server.count('MATCH (e:Engagement) RETURN count(e)'));
    expect(capitalShare).toBeGreaterThan(0.6);
  });

  it('seeding again merges by id and leaves the same graph', async () => {
    const before = {
      nodes: await server.countMapNodes(),
      relationships: await server.count('MATCH ()-[r]->() RETURN count(r)'),
    };
    await seedDatabase(server.db, 'demo');
    expect({
      nodes: await server.countMapNodes(),
      relationships: await server.count('MATCH ()-[r]->() RETURN count(r)'),
    }).toEqual(before);
  });

  it('the reference dataset has the seven outputs of the handbook, each with activities, benchmarks and risks', () => {
    const reference = readReferenceDataset() as {
      outputs: { id: string; activities: unknown[]; benchmarks: { term: string }[]; risks: unknown[] }[];
    };
    expect(reference.outputs.map((o) => o.id)).toEqual([
      'humanitarian-relief',
      'women-peace-security',
      'youth-participation',
      'civil-society',
      'return-reintegration',
      'recovery-to-development',
      'independent-media',
    ]);
    for (const output of reference.outputs) {
      expect(output.activities.length).toBeGreaterThan(0);
      expect(output.risks.length).toBeGreaterThan(0);
      expect(new Set(output.benchmarks.map((b) => b.term))).toEqual(new Set(['short', 'medium', 'long']));
    }
  });
});

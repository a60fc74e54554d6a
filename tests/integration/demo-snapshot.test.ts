/**
 * The demo snapshot test files restore (tests/support/demo-snapshot.ts) is the demo a real seed
 * writes: after a round trip through its file form, the database holds the same nodes, labels,
 * properties (with Neo4j's integer and temporal types) and relationships as after `seedDatabase`.
 */
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { seedDatabase } from '../../server/seed/seed-database.js';
import { decode, encode, restoreSnapshot, takeSnapshot, withDriver, type DemoSnapshot } from '../support/demo-snapshot.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer();

/** Sorted-key JSON of a value in its tagged form: two values print the same exactly when they are equal, types included. */
function canonical(value: unknown): string {
  const sortKeys = (inner: unknown): unknown =>
    Array.isArray(inner)
      ? inner.map(sortKeys)
      : inner !== null && typeof inner === 'object'
        ? Object.fromEntries(
            Object.keys(inner)
              .sort()
              .map((key) => [key, sortKeys((inner as Record<string, unknown>)[key])]),
          )
        : inner;
  return JSON.stringify(sortKeys(encode(value)));
}

/** The database's map data with element ids replaced by what each node is, as sorted lists. */
async function contents(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const snapshot = await takeSnapshot(driver);
  const nodeText = new Map(snapshot.nodes.map((node) => [node.key, canonical({ labels: [...node.labels].sort(), props: node.props })]));
  return {
    nodes: [...nodeText.values()].sort(),
    relationships: snapshot.relationships
      .map(
        (relationship) =>
          `${nodeText.get(relationship.from)} -${relationship.type} ${canonical(relationship.props)}-> ${nodeText.get(relationship.to)}`,
      )
      .sort(),
  };
}

describe('the demo snapshot', () => {
  it('restores, after its file form, exactly what a real seed writes', async () => {
    await server.reset();
    await seedDatabase(server.db, 'demo');
    const seeded = await withDriver(contents);
    const snapshot = await withDriver(takeSnapshot);
    expect(seeded.nodes.length).toBeGreaterThan(500);
    expect(seeded.relationships.length).toBeGreaterThan(500);
    // Integers and temporal values are in the demo: the round trip is tested on them, not only on text.
    expect(seeded.nodes.some((node) => node.includes('"$neo4j":"DateTime"'))).toBe(true);
    expect(seeded.nodes.some((node) => node.includes('"$neo4j":"Integer"'))).toBe(true);

    await server.reset();
    expect(await server.count('MATCH (n:Actor) RETURN count(n)')).toBe(0);
    await withDriver((driver) => restoreSnapshot(driver, decode(JSON.parse(JSON.stringify(encode(snapshot)))) as DemoSnapshot));
    const restored = await withDriver(contents);
    expect(restored.nodes).toEqual(seeded.nodes);
    expect(restored.relationships).toEqual(seeded.relationships);
  }, 180_000);
});

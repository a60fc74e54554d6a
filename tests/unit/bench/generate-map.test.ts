/**
 * The benchmark's map generator: seeded (same seed, same map), the sizes the benchmark asks for,
 * valid against the dataset contract, and degrees heavy-tailed like a real stakeholder map.
 */
import { describe, expect, it } from 'vitest';
import { conflictPartyCount, generateActorMap } from '../../../bench/generate-map.js';
import { DatasetSchema } from '../../../server/contracts/index.js';

function degreesOf(map: ReturnType<typeof generateActorMap>): number[] {
  const degree = new Map(map.actors.map((actor) => [actor.id, 0]));
  for (const tie of map.ties) {
    degree.set(tie.sourceId, (degree.get(tie.sourceId) ?? 0) + 1);
    degree.set(tie.targetId, (degree.get(tie.targetId) ?? 0) + 1);
  }
  return [...degree.values()].sort((a, b) => b - a);
}

describe('generateActorMap', () => {
  it('gives the same map for the same seed and a different one for another seed', () => {
    const a = JSON.stringify(generateActorMap({ actors: 1000, seed: 7 }));
    expect(JSON.stringify(generateActorMap({ actors: 1000, seed: 7 }))).toBe(a);
    expect(JSON.stringify(generateActorMap({ actors: 1000, seed: 8 }))).not.toBe(a);
  });

  it.each([1000, 5000, 20000])('makes %i actors with 4-5 ties each on average and a few conflict parties', (actors) => {
    const map = generateActorMap({ actors, seed: 1 });
    expect(map.actors).toHaveLength(actors);
    const meanDegree = (2 * map.ties.length) / actors;
    expect(meanDegree).toBeGreaterThanOrEqual(4);
    expect(meanDegree).toBeLessThanOrEqual(5);
    const parties = map.actors.filter((actor) => actor.kind === 'conflict_party').length;
    expect(parties).toBe(conflictPartyCount(actors));
    expect(parties).toBeGreaterThanOrEqual(3);
    expect(parties).toBeLessThanOrEqual(12);
    expect(map.engagements.length).toBeGreaterThan(actors / 4);
    expect(map.outputRoles.length).toBeGreaterThan(0);
  });

  it('has heavy-tailed degrees: hubs far above the mean, most actors with few ties, nobody isolated', () => {
    const degrees = degreesOf(generateActorMap({ actors: 5000, seed: 3 }));
    const mean = degrees.reduce((sum, d) => sum + d, 0) / degrees.length;
    const median = degrees[Math.floor(degrees.length / 2)] as number;
    expect(degrees[0]).toBeGreaterThan(20 * mean);
    expect(median).toBeLessThan(mean);
    const topOnePercent = degrees.slice(0, degrees.length / 100).reduce((sum, d) => sum + d, 0);
    expect(topOnePercent / (mean * degrees.length)).toBeGreaterThan(0.1);
    expect(degrees[degrees.length - 1]).toBeGreaterThanOrEqual(1);
  });

  it('is a valid dataset, with no tie joining an actor to itself or repeating a pair', () => {
    const map = generateActorMap({ actors: 1000, seed: 2 });
    expect(DatasetSchema.safeParse(map).success).toBe(true);
    const pairs = new Set(map.ties.map((tie) => [tie.sourceId, tie.targetId].sort().join(' ')));
    expect(pairs.size).toBe(map.ties.length);
  });
});

/**
 * A seeded generator for the large-map test: 2,000 fictional actors of every kind in 12 areas and
 * 8,000 ties, wired like a real map (a few hubs with many ties, communities by area), the same
 * on every run so timings can be compared. `areas` and `activeElsewhere` (every fifth actor also
 * active in the next area) make the grouped-layout test's maps; the defaults are the benchmark's.
 */
import { ACTOR_KINDS, ACTOR_SUBTYPES, TIE_TYPES, type DatasetInput } from '../../server/contracts/index.js';
import { mulberry32 as seeded } from '../../server/random/mulberry32.js';

export function largeMap(
  actorCount = 2000,
  tieCount = 8000,
  seed = 2024,
  options: { areas?: number; activeElsewhere?: boolean } = {},
): DatasetInput {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const areaCount = options.areas ?? 12;
  const areas = Array.from({ length: areaCount }, (_, i) => ({ id: `lm-area-${i}`, name: `Large Map District ${i + 1}` }));
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const kind = i < 1200 ? 'civil_society' : pick(ACTOR_KINDS);
    return {
      id: `lm-actor-${i}`,
      name: `Large map actor ${i}`,
      kind,
      subtype: pick(ACTOR_SUBTYPES[kind]) as string,
      basedIn: [areas[i % areas.length]!.id],
      ...(options.activeElsewhere && i % 5 === 0 ? { activeIn: [areas[(i + 1) % areas.length]!.id] } : {}),
      influence: 1 + Math.floor(random() ** 2 * 5),
      interest: 1 + Math.floor(random() * 5),
    };
  });
  const seen = new Set<string>();
  const ties: Record<string, unknown>[] = [];
  while (ties.length < tieCount) {
    // Half the ties stay in the area (communities); a tenth go to one of 40 hubs.
    const a = Math.floor(random() * actorCount);
    const roll = random();
    const b =
      roll < 0.1
        ? Math.floor(random() * 40)
        : roll < 0.6
          ? (a + areaCount * (1 + Math.floor(random() * 20))) % actorCount
          : Math.floor(random() * actorCount);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    ties.push({
      id: `lm-tie-${ties.length}`,
      type: pick(TIE_TYPES),
      sourceId: `lm-actor-${a}`,
      targetId: `lm-actor-${b}`,
      strength: 1 + Math.floor(random() * 3),
    });
  }
  return {
    meta: {
      name: 'Large map benchmark',
      source: 'tests/support/large-map.ts',
      fictional: true,
      description: 'Generated for the large-map test',
    },
    areas,
    actors,
    ties,
  } as DatasetInput;
}

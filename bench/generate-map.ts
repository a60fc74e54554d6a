/**
 * Seeded generator of realistic actor maps for the benchmarks (issue 7): mostly civil society,
 * then government, international organisations, UN entities, donors, a few mission sections and a
 * few parties to the conflict; ties by preferential attachment (each new actor ties to 1-4
 * earlier ones, chosen in proportion to their ties plus a pull by kind), so degrees are
 * heavy-tailed with a mean of about 4.5 ties per actor; engagements over three years and
 * output roles. Same options, same dataset, byte for byte.
 */
import { ACTOR_SUBTYPES, type ActorKind, type DatasetInput, type TieType } from '../server/contracts/index.js';
import { mulberry32 as seededRandom } from '../server/random/mulberry32.js';

export interface MapOptions {
  actors: number;
  seed: number;
}

/** The handbook's output ids (loaded first from the reference dataset). */
export const OUTPUT_IDS = [
  'humanitarian-relief',
  'women-peace-security',
  'youth-participation',
  'civil-society',
  'return-reintegration',
  'recovery-to-development',
  'independent-media',
] as const;

/** Share of each kind; conflict parties are counted separately ("a few"). */
const KIND_SHARES: ReadonlyArray<[Exclude<ActorKind, 'conflict_party' | 'mission_component'>, number]> = [
  ['civil_society', 0.6],
  ['government', 0.13],
  ['international_org', 0.12],
  ['un_entity', 0.06],
  ['donor', 0.09],
];

/** How strongly each kind attracts ties, on top of its degree: donors, the UN and ministries are hubs. */
const PULL: Record<ActorKind, number> = {
  civil_society: 1,
  government: 3,
  international_org: 2,
  un_entity: 4,
  donor: 4,
  mission_component: 6,
  conflict_party: 3,
};

/** Ties each new actor makes to earlier ones: 1-4, mean 2.25, so the mean degree is about 4.5. */
const NEW_TIES = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 1, 2, 3, 4, 2, 2, 3, 1, 2] as const;

/** Admin areas of every generated map, whatever its size. */
export const AREA_COUNT = 200;

const FORMATS = ['meeting', 'consultation', 'workshop', 'field_visit'] as const;

export function conflictPartyCount(actors: number): number {
  return Math.min(12, 3 + Math.floor(actors / 2000));
}

export function missionSectionCount(actors: number): number {
  return Math.min(ACTOR_SUBTYPES.mission_component.length, 4 + Math.floor(actors / 500));
}

/** Picks the tie type a map would hold between two kinds. */
function tieTypeFor(a: ActorKind, b: ActorKind, random: () => number): { type: TieType; swap: boolean } {
  if (a === 'conflict_party' && b === 'conflict_party') return { type: random() < 0.7 ? 'in_conflict_with' : 'allied_with', swap: false };
  if (b === 'conflict_party' || a === 'conflict_party') {
    const r = random();
    return {
      type: r < 0.4 ? 'affiliated_with' : r < 0.7 ? 'communicates_with' : r < 0.85 ? 'influences' : 'in_conflict_with',
      swap: a === 'conflict_party',
    };
  }
  if (a === 'donor' || b === 'donor') return { type: 'funds', swap: b === 'donor' };
  if (a === 'mission_component' || b === 'mission_component')
    return { type: random() < 0.6 ? 'communicates_with' : 'cooperates_with', swap: false };
  if (
    (a === 'civil_society') !== (b === 'civil_society') &&
    (a === 'un_entity' || b === 'un_entity' || a === 'international_org' || b === 'international_org')
  ) {
    return { type: 'implements_for', swap: a !== 'civil_society' };
  }
  const r = random();
  const type: TieType =
    r < 0.45 ? 'cooperates_with' : r < 0.7 ? 'communicates_with' : r < 0.85 ? 'allied_with' : r < 0.93 ? 'influences' : 'mediates_between';
  return { type, swap: false };
}

const pad = (i: number, width = 6) => String(i).padStart(width, '0');
const isoDate = (day: number) => new Date(Date.UTC(2022, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** A whole map as a dataset (load it after the handbook reference dataset, which holds the outputs). */
export function generateActorMap(options: MapOptions): Required<Pick<DatasetInput, 'meta'>> & {
  areas: NonNullable<DatasetInput['areas']>;
  actors: NonNullable<DatasetInput['actors']>;
  ties: NonNullable<DatasetInput['ties']>;
  outputRoles: NonNullable<DatasetInput['outputRoles']>;
  engagements: NonNullable<DatasetInput['engagements']>;
} {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const n = options.actors;
  // Issue 16: the map view is measured on 200 admin areas (generate-boundaries.ts gives them outlines).
  const areas = Array.from({ length: AREA_COUNT }, (_, i) => ({
    id: `bench-area-${pad(i, 3)}`,
    name: `Bench Province ${i + 1}`,
    pcode: `BX${pad(i, 3)}`,
    level: 1,
    parentId: null,
    isCapital: i === 0,
  }));

  // Kinds: mission sections and conflict parties first (they are old, central actors), then the rest by share.
  const kinds: ActorKind[] = [];
  for (let i = 0; i < missionSectionCount(n); i += 1) kinds.push('mission_component');
  for (let i = 0; i < conflictPartyCount(n); i += 1) kinds.push('conflict_party');
  while (kinds.length < n) {
    let r = random();
    let kind: ActorKind = 'civil_society';
    for (const [candidate, share] of KIND_SHARES) {
      if (r < share) {
        kind = candidate;
        break;
      }
      r -= share;
    }
    kinds.push(kind);
  }
  const actors = kinds.slice(0, n).map((kind, i) => {
    const subtypes: readonly string[] = ACTOR_SUBTYPES[kind];
    const subtype = kind === 'mission_component' ? subtypes[i % subtypes.length] : pick(subtypes);
    const based = pick(areas).id;
    const active = [...new Set([based, pick(areas).id, ...(random() < 0.3 ? [pick(areas).id] : [])])].sort();
    return {
      id: `bench-a-${pad(i)}`,
      name: `${kind.replace('_', ' ')} ${subtype?.replace(/_/g, ' ')} ${i}`,
      kind,
      subtype,
      basedIn: [based],
      activeIn: active,
      influence: 1 + Math.floor(random() * 5),
      interest: 1 + Math.floor(random() * 5),
      stance: Math.floor(random() * 5) - 2,
      womenFocus: random() < 0.15,
      youthFocus: random() < 0.12,
      ...(kind === 'civil_society' && (subtype === 'individual' || subtype === 'human_rights_defender')
        ? {}
        : { sensitivity: 'internal' as const }),
    };
  });

  // Preferential attachment: a pool holding each actor once per tie end plus its kind's pull.
  const pool: number[] = [];
  const ties: ReturnType<typeof generateActorMap>['ties'] = [];
  const seen = new Set<string>();
  const addTie = (s: number, t: number) => {
    const key = s < t ? `${s} ${t}` : `${t} ${s}`;
    if (s === t || seen.has(key)) return false;
    seen.add(key);
    const { type, swap } = tieTypeFor(kinds[s] as ActorKind, kinds[t] as ActorKind, random);
    const [from, to] = swap ? [t, s] : [s, t];
    ties.push({
      id: `bench-t-${pad(ties.length, 7)}`,
      type,
      sourceId: `bench-a-${pad(from)}`,
      targetId: `bench-a-${pad(to)}`,
      strength: 1 + Math.floor(random() * 3),
      confidence: pick(['reported', 'corroborated', 'confirmed'] as const),
      observedAt: isoDate(Math.floor(random() * 1000)),
    });
    pool.push(s, t, t); // the chosen end twice: richer get richer, a heavier tail than plain attachment
    return true;
  };
  for (let i = 0; i < n; i += 1) {
    const wanted = i === 0 ? 0 : Math.min(i, pick(NEW_TIES));
    for (let made = 0, tries = 0; made < wanted && tries < 20; tries += 1) {
      const target = pool.length === 0 || random() < 0.05 ? Math.floor(random() * i) : (pool[Math.floor(random() * pool.length)] as number);
      if (addTie(i, target)) made += 1;
    }
    for (let k = 0; k < PULL[kinds[i] as ActorKind]; k += 1) pool.push(i);
  }
  // The parties to the conflict all know each other.
  const firstParty = missionSectionCount(n);
  for (let a = firstParty; a < firstParty + conflictPartyCount(n); a += 1) {
    for (let b = a + 1; b < firstParty + conflictPartyCount(n); b += 1) addTie(a, b);
  }

  const leaders = actors.filter((actor) => actor.kind === 'un_entity' || actor.kind === 'mission_component' || actor.kind === 'government');
  const outputRoles = leaders.flatMap((actor) =>
    random() < 0.5
      ? [
          {
            actorId: actor.id,
            outputId: pick(OUTPUT_IDS),
            role: random() < 0.3 ? ('lead' as const) : ('support' as const),
            areaIds: [pick(areas).id],
          },
        ]
      : [],
  );
  const sections = actors.filter((actor) => actor.kind === 'mission_component');
  const engagements = Array.from({ length: Math.round(n / 2) }, (_, i) => ({
    id: `bench-e-${pad(i)}`,
    date: isoDate(Math.floor(random() * 1095)),
    sectionId: pick(sections).id,
    actorIds: [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(actors).id))],
    format: pick(FORMATS),
    areaId: pick(areas).id,
    outputIds: random() < 0.6 ? [pick(OUTPUT_IDS)] : [],
    womensMechanism: random() < 0.1,
    youthMechanism: random() < 0.08,
  }));
  return {
    meta: {
      name: `bench-${n}-${options.seed}`,
      source: 'bench/generate-map.ts (synthetic)',
      fictional: true,
      description: `Synthetic map of ${n} actors, seed ${options.seed}`,
    },
    areas,
    actors,
    ties,
    outputRoles,
    engagements,
  };
}

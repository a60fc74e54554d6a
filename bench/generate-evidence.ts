/**
 * Seeded sources and claims for a generated bench map (issue 15's speed rule: `/api/graph` and the
 * analyses within their targets with three claims per tie on average). Each tie gets 1-5 claims
 * from distinct sources (mean 3), a few saying the tie does not exist (contested); about a quarter
 * of the actors get 1-3 claims on their stance or influence, some disagreeing. Sources are graded
 * A-F and spread over the four clearances, key informants strictly confidential, so the four
 * stored grades per record differ as in a real map. A random stream of its own (seed + 1): the map
 * itself is the same as without evidence, byte for byte.
 */
import type { SENSITIVITY_LEVELS, SOURCE_KINDS, SourceReliability } from '../server/contracts/index.js';
import { mulberry32 as seededRandom } from '../server/random/mulberry32.js';
import type { generateActorMap } from './generate-map.js';

type GeneratedMap = ReturnType<typeof generateActorMap>;

export interface BenchSource {
  id: string;
  properties: {
    title: string;
    kind: (typeof SOURCE_KINDS)[number];
    reliability: SourceReliability;
    reference: string;
    sensitivity: (typeof SENSITIVITY_LEVELS)[number];
  };
}

export interface BenchClaim {
  id: string;
  sourceId: string;
  /** For a claim about an actor (linked by ABOUT, as the claim store does); null for a tie claim. */
  actorId: string | null;
  /** As the claim store writes them: tieId with its ends (tieStartId, tieEndId) and exists, or actorId, attribute and value. */
  properties: Record<string, string | number | boolean>;
}

export interface GeneratedEvidence {
  sources: BenchSource[];
  claims: BenchClaim[];
  tieClaims: number;
  actorClaims: number;
}

/** Claims per tie: mean 3. */
const CLAIMS_PER_TIE = [1, 2, 2, 3, 3, 3, 4, 4, 5] as const;
const RELIABILITY: readonly SourceReliability[] = ['A', 'B', 'B', 'B', 'C', 'C', 'C', 'D', 'D', 'E', 'F', 'F'];
const pad = (i: number, width = 7) => String(i).padStart(width, '0');

export function generateEvidence(map: GeneratedMap, seed: number): GeneratedEvidence {
  const random = seededRandom(seed + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sourceCount = Math.max(30, Math.round(map.actors.length / 4));
  const sources: BenchSource[] = Array.from({ length: sourceCount }, (_, i) => {
    const r = random();
    const informant = r >= 0.95;
    return {
      id: `bench-src-${pad(i, 6)}`,
      properties: {
        title: `${informant ? 'Key informant' : 'Field report'} ${i}`,
        kind: informant ? 'key_informant' : pick(['report', 'document', 'media', 'meeting_note', 'observation'] as const),
        reliability: pick(RELIABILITY),
        reference: '',
        sensitivity: informant ? 'strictly_confidential' : r < 0.3 ? 'public' : r < 0.8 ? 'internal' : 'confidential',
      },
    };
  });
  const distinctSources = (count: number) => {
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(pick(sources).id);
    return [...chosen];
  };
  const claims: BenchClaim[] = [];
  const add = (sourceId: string, actorId: string | null, properties: BenchClaim['properties']) =>
    claims.push({
      id: `bench-clm-${pad(claims.length, 8)}`,
      sourceId,
      actorId,
      properties: { ...properties, credibility: 1 + Math.floor(random() * 6), observedAt: '2024-06-01', note: '' },
    });
  for (const tie of map.ties)
    for (const sourceId of distinctSources(pick(CLAIMS_PER_TIE)))
      add(sourceId, null, { tieId: tie.id, tieStartId: tie.sourceId, tieEndId: tie.targetId, exists: random() >= 0.06 });
  const tieClaims = claims.length;
  for (const actor of map.actors) {
    if (random() >= 0.25) continue;
    const attribute = random() < 0.6 ? 'stance' : 'influence';
    const stated = attribute === 'stance' ? (actor.stance ?? 0) : (actor.influence ?? 3);
    for (const sourceId of distinctSources(1 + Math.floor(random() * 3))) {
      // One claim in ten disagrees (a contested attribute).
      const value = random() < 0.1 ? (attribute === 'stance' ? Math.max(-2, stated - 1) : Math.min(5, stated + 1)) : stated;
      add(sourceId, actor.id, { actorId: actor.id, attribute, value });
    }
  }
  return { sources, claims, tieClaims, actorClaims: claims.length - tieClaims };
}

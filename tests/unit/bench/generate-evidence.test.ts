/**
 * The bench map's evidence (issue 15's speed rule): about three claims per tie from distinct
 * sources, some actors' attribute claims, sources at every clearance, values the claim contract
 * accepts, and seeded like the map.
 */
import { describe, expect, it } from 'vitest';
import { generateEvidence } from '../../../bench/generate-evidence.js';
import { generateActorMap } from '../../../bench/generate-map.js';
import { ClaimCreateSchema, SourceCreateSchema } from '../../../server/contracts/index.js';

const map = generateActorMap({ actors: 1000, seed: 7 });

describe('generateEvidence', () => {
  it('gives about three claims per tie, each from a distinct source, and attribute claims on some actors', () => {
    const evidence = generateEvidence(map, 7);
    const perTie = evidence.tieClaims / map.ties.length;
    expect(perTie).toBeGreaterThan(2.8);
    expect(perTie).toBeLessThan(3.2);
    const byTie = new Map<string, string[]>();
    for (const claim of evidence.claims)
      if (typeof claim.properties.tieId === 'string')
        byTie.set(claim.properties.tieId, [...(byTie.get(claim.properties.tieId) ?? []), claim.sourceId]);
    expect(byTie.size).toBe(map.ties.length);
    for (const sources of byTie.values()) expect(new Set(sources).size).toBe(sources.length);
    expect(evidence.actorClaims).toBeGreaterThan(map.actors.length / 10);
    expect(evidence.claims.some((claim) => claim.properties.exists === false)).toBe(true);
  });

  it('writes what the contracts accept, with sources at every clearance', () => {
    const evidence = generateEvidence(map, 7);
    for (const source of evidence.sources) expect(SourceCreateSchema.safeParse(source.properties).success).toBe(true);
    expect(new Set(evidence.sources.map((source) => source.properties.sensitivity)).size).toBe(4);
    for (const claim of evidence.claims.slice(0, 500).concat(evidence.claims.slice(-200))) {
      const { tieId, exists, actorId, attribute, value, credibility, observedAt } = claim.properties;
      const input = { sourceId: claim.sourceId, credibility, observedAt, ...(tieId ? { tieId, exists } : { actorId, attribute, value }) };
      expect(ClaimCreateSchema.safeParse(input).success, JSON.stringify(input)).toBe(true);
    }
  });

  it('is seeded: the same map and seed give the same evidence', () => {
    expect(JSON.stringify(generateEvidence(map, 7))).toBe(JSON.stringify(generateEvidence(map, 7)));
    expect(JSON.stringify(generateEvidence(map, 8))).not.toBe(JSON.stringify(generateEvidence(map, 7)));
  });
});

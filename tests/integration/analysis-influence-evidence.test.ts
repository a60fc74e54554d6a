/**
 * The influence analysis with `compareEvidence=true` (issue #15): each actor's rank on all ties
 * beside its rank on the corroborated ties alone, and how many of its ties are not corroborated.
 * On the fixture chain donor - cso-a - cso-b - party - gov - un, the left end and the right pair
 * are corroborated and the two ties through the armed party are not, so the party's brokerage
 * rests on them alone. The grades are the caller's: an analyst who may not see a key informant
 * counts one tie fewer as corroborated.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analysis, resetWith } from '../support/analysis-api.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { useTestServer } from '../support/lifecycle.js';
import { request } from '../support/http.js';

vi.setConfig({ testTimeout: 120_000 });

const server = useTestServer();
let internalToken: string;

async function corroborate(tieId: string, sources: { id: string; kind: string; reliability: string }[]) {
  for (const source of sources) {
    const created = await request(server.baseUrl, 'POST', '/api/sources', { title: `Source ${source.id}`, ...source });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const claimed = await request(server.baseUrl, 'POST', '/api/claims', { sourceId: source.id, tieId, exists: true, credibility: 2 });
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(201);
  }
}

beforeAll(async () => {
  internalToken = (await server.userWithToken('influence-evidence-internal', 'analyst', 'internal')).token;
  await resetWith(server, FIXTURE);
  const run = Date.now().toString(36);
  await corroborate('t-funds', [
    { id: `donor-report-${run}`, kind: 'document', reliability: 'A' },
    { id: `audit-${run}`, kind: 'document', reliability: 'B' },
  ]);
  await corroborate('t-comm', [
    { id: `ca-note-${run}`, kind: 'meeting_note', reliability: 'B' },
    { id: `pa-weekly-${run}`, kind: 'report', reliability: 'B' },
  ]);
  // A key informant is strictly confidential by default: an internal analyst does not see it.
  await corroborate('t-coop', [
    { id: `informant-${run}`, kind: 'key_informant', reliability: 'B' },
    { id: `un-report-${run}`, kind: 'report', reliability: 'A' },
  ]);
});

const byId = (actors: { id: string; evidenceComparison?: unknown }[]) =>
  new Map(actors.map((actor) => [actor.id, actor.evidenceComparison]));

describe('influence compared on corroborated ties', () => {
  it('ranks every actor both ways and counts the ties its rank rests on without corroboration', async () => {
    const { status, body } = await analysis(server, 'influence', { compareEvidence: 'true' });
    expect(status).toBe(200);
    expect(body.corroboratedTieCount).toBe(3);
    const compared = byId(body.actors);
    // All ties: the chain's middle brokers most (cso-b and party tie on betweenness and PageRank; id decides).
    expect(body.actors.map((actor: { id: string }) => actor.id).slice(0, 2)).toEqual(['cso-b', 'party']);
    expect(compared.get('party')).toMatchObject({ rank: 2, uncorroboratedTies: 2 });
    // Corroborated alone, the party is cut off and cso-a is the only broker left.
    expect((compared.get('party') as { rankCorroborated: number }).rankCorroborated).toBeGreaterThan(2);
    expect(compared.get('cso-a')).toMatchObject({ rank: 3, rankCorroborated: 1, uncorroboratedTies: 0 });
    expect(compared.get('cso-b')).toMatchObject({ rank: 1, uncorroboratedTies: 1 });
    // Every actor gets both ranks, each a permutation of 1..n.
    const ranks = [...compared.values()] as { rank: number; rankCorroborated: number }[];
    const oneToN = Array.from({ length: ranks.length }, (_, i) => i + 1);
    expect(ranks.map((r) => r.rank).sort((a, b) => a - b)).toEqual(oneToN);
    expect(ranks.map((r) => r.rankCorroborated).sort((a, b) => a - b)).toEqual(oneToN);
  });

  it('is left out unless asked for', async () => {
    const { body } = await analysis(server, 'influence');
    expect(body.corroboratedTieCount).toBeUndefined();
    expect(body.actors.every((actor: Record<string, unknown>) => !('evidenceComparison' in actor))).toBe(true);
  });

  it('grades from what the caller may see: without the key informant, the UN pair is not corroborated', async () => {
    const { status, body } = await request(server.baseUrl, 'GET', '/api/analysis/influence?compareEvidence=true', undefined, {
      as: internalToken,
    });
    expect(status).toBe(200);
    expect(body.corroboratedTieCount).toBe(2);
    expect(byId(body.actors).get('gov')).toMatchObject({ uncorroboratedTies: 2 });
  });

  it('refuses a flag that is not true or false, naming it', async () => {
    const { status, body } = await analysis(server, 'influence', { compareEvidence: 'maybe' });
    expect(status).toBe(400);
    expect(JSON.stringify(body.error)).toContain('compareEvidence');
  });
});

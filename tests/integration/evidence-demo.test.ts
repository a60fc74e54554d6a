/**
 * The demo's planted evidence (server/evidence/demo-evidence.ts): the youth group's tie to an
 * armed movement rests on one F6 rumour; two sections disagree on a stance, which the contested
 * list shows with both sides; a funding tie is corroborated; and the demo's tie source texts have
 * become sources and claims. Seeding twice plants once.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_EVIDENCE } from '../../server/evidence/demo-evidence.js';
import { seedDatabase } from '../../server/seed/seed-database.js';
import { analysis } from '../support/analysis-api.js';
import { useTestServer } from '../support/lifecycle.js';
import { request } from '../support/http.js';

vi.setConfig({ testTimeout: 300_000, hookTimeout: 600_000 });

const server = useTestServer();
const api = (path: string) => request(server.baseUrl, 'GET', path);

beforeAll(async () => {
  await server.reset();
  await seedDatabase(server.db, 'demo');
  await seedDatabase(server.db, 'demo');
});

describe('demo evidence', () => {
  it('plants the three cases, once, and migrates the other source texts', async () => {
    const graph = (await api('/api/graph')).body;
    const between = (from: string, to: string, type: string) =>
      graph.edges.find((e: any) => e.data.type === type && [e.data.source, e.data.target].sort().join() === [from, to].sort().join()).data;
    const rumour = between(DEMO_EVIDENCE.rumouredTie.from, DEMO_EVIDENCE.rumouredTie.to, 'affiliated_with');
    expect(rumour.evidence).toEqual({ grade: 'single_source', claims: 1, sources: 1, contested: false });
    const [rumourClaim] = (await api(`/api/claims?tie=${rumour.id}`)).body.items;
    expect(rumourClaim).toMatchObject({ reliability: 'F', credibility: 6 });

    const funding = between(DEMO_EVIDENCE.corroboratedFunding.from, DEMO_EVIDENCE.corroboratedFunding.to, 'funds');
    expect(funding.evidence).toMatchObject({ grade: 'corroborated', claims: 2 });

    const stance = graph.nodes.find((n: any) => n.data.id === DEMO_EVIDENCE.contestedStance.actorId).data;
    expect(stance.evidence).toMatchObject({ grade: 'contested', contested: true });
    const contested = (await api('/api/claims?contested=true')).body.items;
    expect(
      contested
        .filter((c: any) => c.actorId === DEMO_EVIDENCE.contestedStance.actorId)
        .map((c: any) => c.value)
        .sort(),
    ).toEqual([-2, 1]);

    expect(await server.count("MATCH (c:Claim) WHERE c.id STARTS WITH 'vr-clm-' RETURN count(c)")).toBe(5);
    // Every other demo tie with a source text now has a claim from it.
    expect(
      await server.count(
        "MATCH ()-[t]->() WHERE t.source IS NOT NULL AND t.source <> '' AND NOT EXISTS { MATCH (:Claim {tieId: t.id}) } RETURN count(t)",
      ),
    ).toBe(0);
    expect(graph.edges.filter((e: any) => e.data.evidence?.grade === 'corroborated').length).toBeGreaterThan(1);
  });

  it('every analysis takes evidence=corroborated: the rumoured tie to the armed movement then counts for nothing', async () => {
    // Every CSO is listed; what changes is whether the youth group is one step from a party.
    const directlyTied = async (evidence: string) => {
      const actors = (await analysis(server, 'conflict-ties', { evidence })).body.actors as any[];
      const entry = actors.find((a) => a.actor.id === DEMO_EVIDENCE.rumouredTie.from);
      return (entry?.parties ?? []).find((link: any) => link.distance === 1);
    };
    // The link names the weakest evidence it rests on: the single F6 rumour.
    expect(await directlyTied('all')).toMatchObject({ party: { id: DEMO_EVIDENCE.rumouredTie.to }, weakestEvidence: 'single_source' });
    expect(await directlyTied('corroborated')).toBeUndefined();
    const influence = await analysis(server, 'influence', { evidence: 'corroborated' });
    expect(influence.status).toBe(200);
    expect((await analysis(server, 'influence', { evidence: 'some' })).status).toBe(400);
  });
});

/**
 * A tie claim keeps its tie's ends (issue #15's speed rule, server/evidence/claim-tie-ends.ts),
 * against the real Neo4j: the claim visibility check and the stored grades find the tie from
 * them, so they must follow the tie. After a merge re-points a duplicate's tie to the kept actor,
 * its claim is still listed, counted and graded there, and after the undo back at the duplicate;
 * the start-up repair gives an older claim without ends (or with ends that no longer lead to its
 * tie) its tie's ends, which shows it again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anchorEveryTieClaim } from '../../server/evidence/claim-tie-ends.js';
import { resetWith } from '../support/analysis-api.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

vi.setConfig({ testTimeout: 300_000 });

const server = useTestServer();
const api = (method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, body, {});

async function claim(body: Record<string, unknown>): Promise<string> {
  const created = await api('POST', '/api/claims', { credibility: 2, ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}
const claimIds = async (query = '') => ((await api('GET', `/api/claims${query}`)).body.items as { id: string }[]).map((c) => c.id).sort();
/** Whether claim `id` keeps exactly these ends. */
const keepsEnds = async (id: string, start: string, end: string) =>
  (await server.count('MATCH (c:Claim {id: $id}) WHERE c.tieStartId = $start AND c.tieEndId = $end RETURN count(c)', {
    id,
    start,
    end,
  })) === 1;

beforeEach(async () => {
  await resetWith(server, FIXTURE);
  for (const id of ['r1', 'r2']) {
    expect((await api('POST', '/api/sources', { id, title: `Source ${id}`, kind: 'report', reliability: 'B' })).status).toBe(201);
  }
});

describe('a merge that re-points ties', () => {
  it('keeps the claims of a re-pointed tie visible, counted and graded at its new ends', async () => {
    // cso-a2 duplicates cso-a; its tie to the party is re-pointed to cso-a (cso-a has none of that type to combine with).
    expect((await api('POST', '/api/actors', { id: 'cso-a2', name: 'Women Forum', kind: 'civil_society', basedIn: ['east'] })).status).toBe(
      201,
    );
    expect(
      (await api('POST', '/api/ties', { id: 't-moved', type: 'influences', sourceId: 'party', targetId: 'cso-a2', claim: null })).status,
    ).toBe(201);
    const first = await claim({ sourceId: 'r1', tieId: 't-moved' });
    const second = await claim({ sourceId: 'r2', tieId: 't-moved' });
    expect(await keepsEnds(first, 'party', 'cso-a2')).toBe(true);

    const merged = await api('POST', '/api/actors/cso-a/merge', { duplicateIds: ['cso-a2'] });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect((await api('GET', '/api/ties/t-moved')).body).toMatchObject({ sourceId: 'party', targetId: 'cso-a' });
    for (const id of [first, second]) expect(await keepsEnds(id, 'party', 'cso-a'), id).toBe(true);
    expect(await claimIds('?tie=t-moved')).toEqual([first, second].sort());
    expect((await api('GET', `/api/claims/${first}`)).status).toBe(200);
    expect((await api('GET', '/api/sources/r1')).body.claims).toBe(1);
    // A grade stored after the merge finds the tie at its new ends: a third claim, disagreeing, makes it contested.
    await claim({ sourceId: 'r1', tieId: 't-moved', exists: false });
    expect((await api('GET', '/api/ties/t-moved')).body.evidence).toMatchObject({ claims: 3, contested: true });
  });

  it('puts the ends back with the ties when the merge is undone', async () => {
    expect((await api('POST', '/api/actors', { id: 'cso-a2', name: 'Women Forum', kind: 'civil_society', basedIn: ['east'] })).status).toBe(
      201,
    );
    expect(
      (await api('POST', '/api/ties', { id: 't-moved', type: 'influences', sourceId: 'party', targetId: 'cso-a2', claim: null })).status,
    ).toBe(201);
    const onMoved = await claim({ sourceId: 'r1', tieId: 't-moved' });
    const merged = await api('POST', '/api/actors/cso-a/merge', { duplicateIds: ['cso-a2'] });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(await keepsEnds(onMoved, 'party', 'cso-a')).toBe(true);

    expect((await api('DELETE', `/api/merges/${merged.body.mergeId}`)).status).toBe(200);
    expect((await api('GET', '/api/ties/t-moved')).body).toMatchObject({ sourceId: 'party', targetId: 'cso-a2' });
    expect(await keepsEnds(onMoved, 'party', 'cso-a2')).toBe(true);
    expect(await claimIds('?tie=t-moved')).toEqual([onMoved]);
    expect((await api('GET', '/api/sources/r1')).body.claims).toBe(1);
    expect((await api('GET', '/api/ties/t-moved')).body.evidence).toMatchObject({ grade: 'single_source', claims: 1 });
  });
});

describe('the start-up repair', () => {
  it("gives claims written without ends, or with ends that no longer lead to their tie, their tie's ends", async () => {
    const old = await claim({ sourceId: 'r1', tieId: 't-affil' });
    const misplaced = await claim({ sourceId: 'r2', tieId: 't-coop' });
    const current = await claim({ sourceId: 'r2', tieId: 't-affil' });
    // As a database from before the ends were kept holds a claim, and as a missed re-pointing would leave one.
    await server.count('MATCH (c:Claim {id: $id}) REMOVE c.tieStartId, c.tieEndId RETURN 1', { id: old });
    await server.count("MATCH (c:Claim {id: $id}) SET c.tieStartId = 'cso-a' RETURN 1", { id: misplaced });
    // Until repaired, the check finds no tie for them: they are hidden, as if their tie were gone.
    expect(await claimIds()).toEqual([current]);
    expect((await api('GET', '/api/sources/r1')).body.claims).toBe(0);

    expect(await anchorEveryTieClaim(server.db)).toBe(2);
    expect(await keepsEnds(old, 'cso-b', 'party')).toBe(true);
    expect(await keepsEnds(misplaced, 'un', 'gov')).toBe(true);
    expect(await claimIds()).toEqual([old, misplaced, current].sort());
    expect((await api('GET', '/api/sources/r1')).body.claims).toBe(1);
    expect((await api('GET', `/api/claims/${old}`)).status).toBe(200);
    // A grade stored after the repair finds its tie: deleting the other claim leaves t-affil single-source.
    expect((await api('DELETE', `/api/claims/${current}`)).status).toBe(204);
    expect((await api('GET', '/api/ties/t-affil')).body.evidence).toMatchObject({ grade: 'single_source', claims: 1 });
    expect(await anchorEveryTieClaim(server.db)).toBe(0);
  });
});

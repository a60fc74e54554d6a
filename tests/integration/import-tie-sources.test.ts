/**
 * An import's source column becomes claims (issue 15): each imported tie's source text becomes a
 * source (one per distinct text and sensitivity, reliability F: never rated) and a claim, in the
 * import's own transaction, so the tie is graded at once rather than at the next start-up. A
 * re-import of the same file adds no claim; a tie without a source text gets none; the claim has
 * its first version (history) stamped by the import.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { upload } from '../support/transfers/transfer-client.js';

const server = useTestServer();

const SNAPSHOT = JSON.stringify({
  meta: { name: 'Sourced ties', source: 'tests', fictional: true, description: '' },
  actors: [
    { id: 'women-net', name: 'Women Network', kind: 'civil_society' },
    { id: 'youth-league', name: 'Youth League', kind: 'civil_society' },
    { id: 'militia', name: 'Hill Militia', kind: 'conflict_party' },
  ],
  ties: [
    {
      id: 't-reported',
      type: 'affiliated_with',
      sourceId: 'youth-league',
      targetId: 'militia',
      source: 'Field report, 12 May',
      confidence: 'reported',
    },
    {
      id: 't-confirmed',
      type: 'cooperates_with',
      sourceId: 'women-net',
      targetId: 'youth-league',
      source: 'Field report, 12 May',
      confidence: 'confirmed',
    },
    { id: 't-bare', type: 'communicates_with', sourceId: 'women-net', targetId: 'militia' },
  ],
});

const claimsOf = async (tieId: string) => (await request(server.baseUrl, 'GET', `/api/claims?tie=${tieId}`)).body.items as any[];
const evidenceOf = async (tieId: string) => (await request(server.baseUrl, 'GET', `/api/ties/${tieId}`)).body.evidence;

beforeAll(async () => {
  await server.reset();
});

describe('a source column on import', () => {
  it('gives each sourced tie a claim and a grade in the same import, and a re-import adds none', async () => {
    const first = await upload(server.baseUrl, 'sourced.json', SNAPSHOT, { contentType: 'application/json' });
    expect(first.status, JSON.stringify(first.body.problems ?? first.body).slice(0, 600)).toBe(201);

    const reported = await claimsOf('t-reported');
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ sourceTitle: 'Field report, 12 May', credibility: 3, exists: true });
    // One source for the same words on two ties.
    const confirmed = await claimsOf('t-confirmed');
    expect(confirmed[0].sourceId).toBe(reported[0].sourceId);
    expect(confirmed[0].credibility).toBe(1);
    expect(await evidenceOf('t-reported')).toMatchObject({ grade: 'single_source', claims: 1 });
    expect(await evidenceOf('t-confirmed')).toMatchObject({ grade: 'corroborated', claims: 1 });
    expect(await claimsOf('t-bare')).toEqual([]);
    expect((await evidenceOf('t-bare')).grade).toBe('unsourced');

    // The claim's history starts with the import.
    const history = await request(server.baseUrl, 'GET', `/api/claims/${reported[0].id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.length).toBeGreaterThan(0);

    const again = await upload(server.baseUrl, 'sourced.json', SNAPSHOT, { contentType: 'application/json' });
    expect(again.status).toBe(201);
    expect(await claimsOf('t-reported')).toHaveLength(1);
    expect(await claimsOf('t-confirmed')).toHaveLength(1);
    const sources = (await request(server.baseUrl, 'GET', '/api/sources')).body;
    expect(sources.items.filter((source: any) => source.title === 'Field report, 12 May')).toHaveLength(1);
  });
});

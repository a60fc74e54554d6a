/** GET /api/analysis/engagement on the fixture: every count and index worked out by hand. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { EngagementBalanceResultSchema } from '../../server/contracts/index.js';
import { analysis, failingFields, resetWith } from '../support/analysis-api.js';
import { ANALYSIS_FIXTURE, FIXTURE_WITHOUT_PARTIES } from '../support/analysis-fixture.js';

const server = useTestServer();
beforeAll(async () => {
  await resetWith(server, ANALYSIS_FIXTURE);
});

describe('engagement balance', () => {
  it('in 2026: 4 engagements, 3 in the capital, Gini 0.5, all leaning toward one party', async () => {
    const response = await analysis(server, 'engagement', { from: '2026-01-01', to: '2026-12-31' });
    expect(response.status).toBe(200);
    const body = EngagementBalanceResultSchema.parse(response.body);
    expect(body).toMatchObject({ engagements: 4, participations: 5, capitalShare: 0.75 });
    expect(body.byArea.map((a) => [a.key, a.engagements, a.share])).toEqual([
      ['cap', 3, 0.75],
      ['east', 1, 0.25],
      ['west', 0, 0],
    ]);
    // Counts [3, 1, 0]: ordered-pair differences 2 x (2 + 3 + 1) = 12, over 2 x 3 areas x 4 engagements = 24.
    expect(body.areaGini).toBe(0.5);
    expect(body.byCsoSubtype.map((s) => [s.key, s.engagements, s.participations])).toEqual([
      ['womens_group', 3, 3],
      ['youth_group', 2, 2],
    ]);
    expect(body.women).toEqual({ mechanismEngagements: 1, womenFocusedParticipations: 3 });
    expect(body.youth).toEqual({ mechanismEngagements: 1, youthFocusedParticipations: 2 });
    expect(body.partyBalance.parties.map((p) => [p.partyId, p.participations])).toEqual([
      ['p1', 5],
      ['p2', 0],
    ]);
    expect(body.partyBalance).toMatchObject({ nonAligned: 0, balanceIndex: 0 });
    // c3 (influence 5) was engaged only in 2025; c4 has influence 2.
    expect(body.neverEngaged.map((a) => a.id)).toEqual(['c3']);
  });

  it('over all dates: 5 engagements, Gini over [3, 1, 1] = 8/30; the influence threshold is a parameter', async () => {
    const body = (await analysis(server, 'engagement')).body;
    expect(body).toMatchObject({ engagements: 5, capitalShare: 0.6, areaGini: 0.266667, neverEngaged: [] });
    const lower = (await analysis(server, 'engagement', { from: '2026-01-01', minInfluence: '2' })).body;
    expect(lower.neverEngaged.map((a: { id: string; influence: number }) => [a.id, a.influence])).toEqual([
      ['c3', 5],
      ['c4', 2],
    ]);
  });

  it('an empty period gives zeros and null indices', async () => {
    const body = (await analysis(server, 'engagement', { from: '2030-01-01', to: '2030-12-31' })).body;
    expect(body).toMatchObject({ engagements: 0, participations: 0, capitalShare: null, areaGini: null });
    expect(body.partyBalance.balanceIndex).toBeNull();
  });

  it('refuses bad dates and bounds with 400 naming the field', async () => {
    for (const [query, field] of [
      [{ from: '2026-13-01' }, 'query.from'],
      [{ from: '2026-05-01', to: '2026-01-01' }, 'query.to'],
      [{ minInfluence: '9' }, 'query.minInfluence'],
    ] as const) {
      const response = await analysis(server, 'engagement', query);
      expect(response.status).toBe(400);
      expect(failingFields(response.body)).toContain(field);
    }
  });

  it('with no conflict party, the party balance is empty and its index null', async () => {
    await resetWith(server, FIXTURE_WITHOUT_PARTIES);
    const body = (await analysis(server, 'engagement')).body;
    expect(body.partyBalance).toEqual({ parties: [], nonAligned: 6, balanceIndex: null });
    await resetWith(server, ANALYSIS_FIXTURE);
  });
});

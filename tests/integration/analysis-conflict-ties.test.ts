/**
 * Ties to conflict parties, the do-no-harm check and paths, on the hand-worked fixture: a CSO
 * tied to two parties, one two steps away, one three steps away through a conflict tie (no lean),
 * an isolated CSO, a map with no party, and 404/400 answers.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { ConflictTiesResultSchema, EngagementCheckResultSchema, PathResultSchema } from '../../server/contracts/index.js';
import { analysis, failingFields, resetWith } from '../support/analysis-api.js';
import { request } from '../support/http.js';
import { ANALYSIS_FIXTURE, FIXTURE_WITHOUT_PARTIES } from '../support/analysis-fixture.js';

const server = useTestServer();

describe('on the fixture', () => {
  beforeAll(() => resetWith(server, ANALYSIS_FIXTURE));

  it('lists every CSO, nearest first, with scores worked out by hand', async () => {
    const response = await analysis(server, 'conflict-ties');
    expect(response.status).toBe(200);
    const body = ConflictTiesResultSchema.parse(response.body);
    expect(body.conflictParties.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(body.actors.map((a) => a.actor.id)).toEqual(['c2', 'c1', 'c3', 'c4']);
    const [c2, c1, c3, c4] = body.actors;
    // c2 -affiliated (3, confirmed)-> p1: 1 x 1 = 1; -communicates (3, confirmed)- p2: contact counts half = 0.5.
    expect(c2?.parties.map((l) => [l.party.id, l.distance, l.score])).toEqual([
      ['p1', 1, 1],
      ['p2', 1, 0.5],
    ]);
    expect(c2?.lean).toMatchObject({ partyId: 'p1', strength: 'strong', score: 1, confidence: 'confirmed', contested: true });
    // c1 -cooperates (3, corroborated)- c2: 0.75, then x1 to p1 and x0.5 to p2.
    expect(c1?.parties.map((l) => [l.party.id, l.distance, l.score])).toEqual([
      ['p1', 2, 0.75],
      ['p2', 2, 0.375],
    ]);
    expect(c1?.parties[0]?.paths[0]?.steps.map((s) => s.ties.map((t) => t.type))).toEqual([['cooperates_with'], ['affiliated_with']]);
    expect(c1?.lean).toMatchObject({ partyId: 'p1', strength: 'strong', confidence: 'corroborated' });
    // c3 is in conflict with c1: -0.75 x 0.75 x 0.5 = -0.28125 to p2 and x 1 = -0.5625 to p1 (higher
    // score first): tied, but leaning toward nobody.
    expect(c3?.parties.map((l) => [l.party.id, l.distance, l.score])).toEqual([
      ['p2', 3, -0.28125],
      ['p1', 3, -0.5625],
    ]);
    expect(c3?.lean).toBeNull();
    expect(c4).toMatchObject({ parties: [], lean: null });
  });

  it('answers for one actor, and 404 for an unknown one', async () => {
    const one = await analysis(server, 'conflict-ties', { actor: 'c1' });
    expect(one.body.actors.map((a: { actor: { id: string } }) => a.actor.id)).toEqual(['c1']);
    expect((await analysis(server, 'conflict-ties', { actor: 'nobody' })).status).toBe(404);
    // Without cooperation ties c1 no longer reaches any party.
    const noCoop = await analysis(server, 'conflict-ties', { actor: 'c1', tieTypes: 'affiliated_with,communicates_with,funds' });
    expect(noCoop.body.actors[0].parties).toEqual([]);
  });

  it('checks an engagement: two-step ties, the divider on the way, and the balance before and after', async () => {
    const response = await analysis(server, 'engagement-check', { actor: 'c1' });
    expect(response.status).toBe(200);
    const body = EngagementCheckResultSchema.parse(response.body);
    expect(body.direct).toEqual([]);
    expect(body.twoStep.map((l) => [l.party.id, l.score])).toEqual([
      ['p1', 0.75],
      ['p2', 0.375],
    ]);
    expect(body.dividers.map((d) => [d.id, d.onPathsToPartyIds])).toEqual([['c2', ['p1', 'p2']]]);
    // Participations: c1 x3 and c2 x2 lean toward p1; c3 x1 leans toward nobody.
    expect(body.balanceNow.parties.map((p) => [p.partyId, p.participations])).toEqual([
      ['p1', 5],
      ['p2', 0],
    ]);
    expect(body.balanceNow).toMatchObject({ nonAligned: 1, balanceIndex: 0 });
    expect(body.balanceIfEngaged.parties[0]).toMatchObject({ partyId: 'p1', participations: 6, share: 1 });
    expect(body.verdict.decision).toBe('engage_with_care');
    expect(body.verdict.reasons).toContain('Youth B, marked as a divider, is among its ties.');
    expect(body.verdict.reasons.join(' ')).not.toMatch(/affiliated_with|cooperates_with|0\.\d{3}/);
  });

  it('ends with a verdict: do not engage yet a divider affiliated with a party on confirmed information', async () => {
    const body = EngagementCheckResultSchema.parse((await analysis(server, 'engagement-check', { actor: 'c2' })).body);
    expect(body.verdict.decision).toBe('do_not_engage_yet');
    expect(body.verdict.reasons[0]).toMatch(
      /^Directly tied to .* \(member of or affiliated with.*; confirmed\): being seen with it may be read as taking that party’s side\.$/,
    );
  });

  it('counts a divider tied directly to the actor even when it is on no path to a party', async () => {
    const divider = await request(server.baseUrl, 'POST', '/api/actors', {
      name: 'Hardline Elders Council',
      kind: 'civil_society',
      doNoHarmRole: 'divider',
    });
    expect(divider.status).toBe(201);
    const tie = await request(server.baseUrl, 'POST', '/api/ties', { type: 'cooperates_with', sourceId: 'c4', targetId: divider.body.id });
    expect(tie.status).toBe(201);
    try {
      const body = EngagementCheckResultSchema.parse((await analysis(server, 'engagement-check', { actor: 'c4' })).body);
      expect(body.dividers.map((d) => [d.id, d.onPathsToPartyIds])).toEqual([[divider.body.id, []]]);
      expect(body.verdict).toMatchObject({
        decision: 'engage_with_care',
        reasons: ['Hardline Elders Council, marked as a divider, is among its ties.'],
      });
    } finally {
      await request(server.baseUrl, 'DELETE', `/api/actors/${divider.body.id}`);
    }
  });

  it('finds nothing to worry about for an isolated actor; 400 without actor, 404 for an unknown one', async () => {
    const body = (await analysis(server, 'engagement-check', { actor: 'c4' })).body;
    expect(body).toMatchObject({ direct: [], twoStep: [], lean: null, dividers: [], verdict: { decision: 'engage', reasons: [] } });
    const missing = await analysis(server, 'engagement-check');
    expect(missing.status).toBe(400);
    expect(failingFields(missing.body)).toContain('query.actor');
    expect((await analysis(server, 'engagement-check', { actor: 'nobody' })).status).toBe(404);
  });

  it('finds shortest paths with their ties, and respects direction', async () => {
    const body = PathResultSchema.parse((await analysis(server, 'path', { from: 'c3', to: 'p2' })).body);
    expect(body).toMatchObject({ distance: 3, pathCount: 1 });
    expect(body.paths[0]?.actors.map((a) => a.id)).toEqual(['c3', 'c1', 'c2', 'p2']);
    expect(body.paths[0]?.steps.map((s) => s.ties[0]?.id)).toEqual(['t9', 't3', 't2']);
    expect((await analysis(server, 'path', { from: 'd1', to: 'd2' })).body).toMatchObject({ distance: 2, pathCount: 1 });
    // Both fund c1: following direction, d1 cannot reach d2.
    expect((await analysis(server, 'path', { from: 'd1', to: 'd2', directed: 'true' })).body).toMatchObject({
      distance: null,
      pathCount: 0,
      paths: [],
    });
    expect((await analysis(server, 'path', { from: 'c4', to: 'c1' })).body.distance).toBeNull();
  });

  it('validates path parameters', async () => {
    expect((await analysis(server, 'path', { from: 'c1', to: 'nobody' })).status).toBe(404);
    for (const [query, field] of [
      [{ to: 'c1' }, 'query.from'],
      [{ from: 'c1', to: 'c1' }, 'query.to'],
      [{ from: 'c1', to: 'p1', maxLength: '0' }, 'query.maxLength'],
      [{ from: 'C 1', to: 'p1' }, 'query.from'],
    ] as const) {
      const response = await analysis(server, 'path', query);
      expect(response.status).toBe(400);
      expect(failingFields(response.body)).toContain(field);
    }
  });
});

describe('on a map with no conflict party', () => {
  beforeEach(() => resetWith(server, FIXTURE_WITHOUT_PARTIES));

  it('lists CSOs with no ties to parties and no lean', async () => {
    const body = (await analysis(server, 'conflict-ties')).body;
    expect(body.conflictParties).toEqual([]);
    expect(body.actors).toHaveLength(4);
    for (const entry of body.actors) expect(entry).toMatchObject({ parties: [], lean: null });
    const check = (await analysis(server, 'engagement-check', { actor: 'c1' })).body;
    // All six participations (c1 x3, c2 x2, c3 x1) are non-aligned.
    expect(check.balanceNow).toEqual({ parties: [], nonAligned: 6, balanceIndex: null });
  });
});

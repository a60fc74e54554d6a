/**
 * GET /api/diff (issue 14): two rounds six simulated months apart with planted changes between
 * them; the diff names each, and a record the caller may not see leaves no trace in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyClock } from '../../server/history/versions.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'once' });
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const ok = async (method: string, path: string, body?: unknown) => {
  const response = await api(method, path, body);
  expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
  return response.body;
};

const DAY = 86_400_000;
const FIRST = Date.parse('2026-03-31T12:00:00Z');
const SECOND = FIRST + 183 * DAY;
const realNow = historyClock.now;
let rounds: { first: string; second: string };

beforeAll(async () => {
  historyClock.now = () => FIRST - DAY;
  await loadDataset(server.db, FIXTURE);
  await ok('POST', '/api/actors', { id: 'youth-new', name: 'Youth for Tomorrow', kind: 'civil_society', subtype: 'youth_group' });
  await ok('PATCH', '/api/actors/cso-a', { stance: 1 });
  await ok('POST', '/api/actors', { id: 'secret', name: 'Quiet Channel', kind: 'civil_society', sensitivity: 'confidential' });
  historyClock.now = () => FIRST;
  const first = await ok('POST', '/api/rounds', { name: 'Mapping round Q1' });
  // The six months between the rounds.
  historyClock.now = () => SECOND - 10 * DAY;
  await ok('POST', '/api/ties', { id: 't-youth-party', type: 'affiliated_with', sourceId: 'youth-new', targetId: 'party' });
  await ok('PATCH', '/api/actors/cso-a', { stance: -2 });
  await ok('PATCH', '/api/actors/gov', { doNoHarmRole: 'divider' });
  await ok('DELETE', '/api/ties/t-coop');
  await ok('PATCH', '/api/actors/secret', { name: 'Quiet Channel Renamed' });
  await ok('PATCH', '/api/actors/donor', { sensitivity: 'confidential', influence: 5 });
  historyClock.now = () => SECOND;
  const second = await ok('POST', '/api/rounds', { name: 'Mapping round Q3' });
  rounds = { first: first.id, second: second.id };
});
afterAll(() => {
  historyClock.now = realNow;
});

describe('the diff between two rounds', () => {
  it('names each planted change', async () => {
    const diff = await ok('GET', `/api/diff?from=${rounds.first}&to=${rounds.second}`);
    expect(diff.from).toBe(new Date(FIRST).toISOString());
    expect(diff.named.newConflictPartyTies).toEqual([
      expect.objectContaining({ id: 't-youth-party', actorId: 'youth-new', partyId: 'party', partyName: 'Eastern Front' }),
    ]);
    expect(diff.named.stanceShifts).toEqual([{ id: 'cso-a', name: 'Women Together', before: 1, after: -2 }]);
    expect(diff.named.doNoHarmShifts).toEqual([{ id: 'gov', name: 'Ministry of Peace', before: 'unknown', after: 'divider' }]);
    expect(diff.ties.added.map((tie: { id: string }) => tie.id)).toEqual(['t-youth-party']);
    expect(diff.ties.removed.map((tie: { id: string }) => tie.id)).toEqual(['t-coop']);
    expect(diff.actors.changed.map((actor: { id: string }) => actor.id)).toEqual(['cso-a', 'donor', 'gov', 'secret']);
    expect(diff.named.influenceMoves.length).toBeGreaterThan(0);
    // Dates work as rounds do; the other way round, the added tie is removed.
    const back = await ok('GET', `/api/diff?from=${encodeURIComponent(new Date(SECOND).toISOString())}&to=${rounds.first}`);
    expect(back.ties.removed.map((tie: { id: string }) => tie.id)).toEqual(['t-youth-party']);
  });

  it('leaves no trace of what the caller may not see, at either end', async () => {
    const internal = await server.userWithToken('diff-internal', 'viewer', 'internal');
    const response = await api('GET', `/api/diff?from=${rounds.first}&to=${rounds.second}`, undefined, internal.token);
    expect(response.status).toBe(200);
    const text = JSON.stringify(response.body);
    // The confidential actor changed; the donor became confidential: neither changed, added nor removed for them.
    expect(text).not.toContain('secret');
    expect(text).not.toContain('Quiet Channel');
    expect(text).not.toContain('donor');
    // The viewer role does not receive stances: no stance shift either.
    expect(response.body.named.stanceShifts).toEqual([]);
    expect(response.body.actors.changed.map((actor: { id: string }) => actor.id)).toEqual(['gov']);
  });

  it('answers 400 naming the end that is neither a round nor a date', async () => {
    const response = await api('GET', `/api/diff?from=no-such-round&to=${rounds.second}`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('query.from');
  });
});

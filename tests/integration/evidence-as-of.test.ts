/**
 * Evidence as of a round (issue 14): the map and the analyses of a past date grade ties from the
 * claims as they were then, by the same rule and need to know as today's grades. A claim added
 * after the round does not count as of the round; a claim deleted after it still does; a viewer
 * not cleared for a claim's source does not have it counted then either.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analysis, resetWith } from '../support/analysis-api.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

vi.setConfig({ testTimeout: 120_000 });

const server = useTestServer();
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
let roundId: string;
let internalToken: string;
const claimsOf = new Map<string, string[]>();

/** Two claims from two sources of reliability A/B: the tie is corroborated. */
async function corroborate(tieId: string, sensitivity?: string) {
  for (const reliability of ['A', 'B']) {
    const source = await api('POST', '/api/sources', { title: `${tieId} ${reliability}`, kind: 'report', reliability, sensitivity });
    expect(source.status, JSON.stringify(source.body)).toBe(201);
    const claim = await api('POST', '/api/claims', { sourceId: source.body.id, tieId, exists: true });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    claimsOf.set(tieId, [...(claimsOf.get(tieId) ?? []), claim.body.id]);
  }
}

const gradesOf = async (query: string, token?: string) => {
  const graph = await api('GET', `/api/graph${query}`, undefined, token);
  expect(graph.status, JSON.stringify(graph.body)).toBe(200);
  return Object.fromEntries(
    (graph.body.edges as { data: { id: string; evidence?: { grade: string } } }[]).map((edge) => [edge.data.id, edge.data.evidence?.grade]),
  );
};
const corroboratedCount = async (query: Record<string, string>, token?: string) => {
  const search = new URLSearchParams({ compareEvidence: 'true', ...query }).toString();
  const response = await api('GET', `/api/analysis/influence?${search}`, undefined, token);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.corroboratedTieCount as number;
};

beforeAll(async () => {
  internalToken = (await server.userWithToken('evidence-as-of-internal', 'analyst', 'internal')).token;
  await resetWith(server, FIXTURE);
  await corroborate('t-funds');
  await corroborate('t-comm');
  // Strictly confidential sources: an analyst cleared for internal only never sees these claims.
  await corroborate('t-conflict', 'strictly_confidential');
  await pause();
  const round = await api('POST', '/api/rounds', { name: 'Before the new evidence' });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  roundId = round.body.id;
  await pause();
  // After the round: two ties newly corroborated, one claim of t-comm deleted.
  await corroborate('t-coop');
  await corroborate('t-affil');
  const deleted = await api('DELETE', `/api/claims/${claimsOf.get('t-comm')![0]}`);
  expect(deleted.status, JSON.stringify(deleted.body)).toBe(204);
});

describe('evidence as of a round', () => {
  it('today: the claims added since count, the deleted one does not', async () => {
    const today = await gradesOf('');
    expect(today).toMatchObject({ 't-funds': 'corroborated', 't-coop': 'corroborated', 't-affil': 'corroborated' });
    expect(today['t-comm']).toBe('single_source');
    expect(await corroboratedCount({})).toBe(4);
  });

  it('the map as of the round grades from the claims as they were then', async () => {
    const past = await gradesOf(`?asOf=${roundId}`);
    expect(past).toEqual({
      't-funds': 'corroborated',
      't-comm': 'corroborated',
      't-conflict': 'corroborated',
      't-coop': 'unsourced',
      't-affil': 'unsourced',
    });
  });

  it('the influence analysis with evidence=corroborated as of the round counts the ties corroborated then', async () => {
    expect(await corroboratedCount({ asOf: roundId })).toBe(3);
    // Corroborated then, through t-comm (one of whose claims is deleted since): a path from the donor to the youth group.
    const path = await analysis(server, 'path', { from: 'donor', to: 'cso-b', evidence: 'corroborated', asOf: roundId });
    expect(path.status, JSON.stringify(path.body)).toBe(200);
    expect(JSON.stringify(path.body)).toContain('t-comm');
    const todayPath = await analysis(server, 'path', { from: 'donor', to: 'cso-b', evidence: 'corroborated' });
    expect(JSON.stringify(todayPath.body)).not.toContain('t-comm');
  });

  it('need to know: claims whose sources a viewer may not see are not counted as of the round either', async () => {
    const past = await gradesOf(`?asOf=${roundId}`, internalToken);
    expect(past['t-conflict']).toBe('unsourced');
    expect(past['t-funds']).toBe('corroborated');
    expect(await corroboratedCount({ asOf: roundId }, internalToken)).toBe(2);
  });
});

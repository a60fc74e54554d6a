/**
 * Mapping rounds and the map as of a date (issue 14): edits over simulated weeks (the history
 * clock moved a week at a time), the map read after each week, then the map as of each week's
 * round compared with what was read then, record for record, for a fully cleared analyst and for
 * a user cleared for internal only.
 */
import { afterAll, describe, expect, it } from 'vitest';
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
const WEEK = 7 * DAY;
const START = Date.parse('2026-01-05T09:00:00Z');
const realNow = historyClock.now;
afterAll(() => {
  historyClock.now = realNow;
});

/** The edits of each simulated week, made through the API. */
const WEEKS: (() => Promise<unknown>)[] = [
  () => ok('PATCH', '/api/actors/cso-a', { stance: -2, name: 'Women Together Network' }),
  () => ok('POST', '/api/ties', { id: 't-new1', type: 'cooperates_with', sourceId: 'cso-b', targetId: 'gov' }),
  async () => {
    await ok('PATCH', '/api/actors/un', { sensitivity: 'confidential' });
    await ok('PATCH', '/api/ties/t-comm', { type: 'allied_with', strength: 3 });
  },
  () => ok('DELETE', '/api/actors/party'),
  async () => {
    await ok('POST', '/api/actors', {
      id: 'new-youth',
      name: 'New Youth Forum',
      kind: 'civil_society',
      subtype: 'youth_group',
      basedIn: ['east'],
    });
    await ok('POST', '/api/ties', { id: 't-new2', type: 'affiliated_with', sourceId: 'new-youth', targetId: 'cso-b' });
  },
  async () => {
    await ok('PATCH', '/api/actors/gov', { basedIn: ['east'], influence: 5 });
    await ok('PATCH', '/api/actors/un', { sensitivity: 'internal' });
    await ok('DELETE', '/api/ties/t-funds');
  },
  () => ok('PATCH', '/api/actors/cso-b', { sensitivity: 'strictly_confidential' }),
];

interface Snapshot {
  roundId: string;
  at: string;
  graph: unknown;
  actors: unknown;
  ties: unknown;
  restrictedGraph: unknown;
}

/**
 * The lists of a past date carry no evidence grade: the record-for-record comparison leaves it
 * out of today's lists. The map of a past date grades from the claims as they were then
 * (server/history/evidence-as-of.ts), so the maps are compared with their grades.
 */
function withoutEvidence<T>(body: T): T {
  return JSON.parse(JSON.stringify(body), (key, value) => (key === 'evidence' ? undefined : value)) as T;
}

type Elements = { nodes: { data: { id: string } }[]; edges: { data: { source: string; target: string } }[] };

/** The elements without one actor and its ties. */
function withoutActor(elements: Elements, id: string): Elements {
  return {
    nodes: elements.nodes.filter((node) => node.data.id !== id),
    edges: elements.edges.filter((edge) => edge.data.source !== id && edge.data.target !== id),
  };
}

describe('the map as of a round equals the map read then', () => {
  it('record for record, week after week, for each clearance', { timeout: 240_000 }, async () => {
    historyClock.now = () => START;
    await loadDataset(server.db, FIXTURE);
    const restricted = await server.userWithToken('asof-internal', 'viewer', 'internal');
    const snapshots: Snapshot[] = [];
    for (const [week, edit] of WEEKS.entries()) {
      const weekStart = START + (week + 1) * WEEK;
      historyClock.now = () => weekStart;
      await edit();
      // A day later the round is named; the map is read now, as the round's record.
      historyClock.now = () => weekStart + DAY;
      const round = await ok('POST', '/api/rounds', { name: `Week ${week + 1}`, signedOffBy: 'Head of Office' });
      snapshots.push({
        roundId: round.id,
        at: round.at,
        graph: await ok('GET', '/api/graph'),
        actors: withoutEvidence(await ok('GET', '/api/actors?limit=500')),
        ties: withoutEvidence(await ok('GET', '/api/ties?limit=1000')),
        restrictedGraph: (await api('GET', '/api/graph', undefined, restricted.token)).body,
      });
    }
    historyClock.now = () => START + 20 * WEEK;
    await ok('PATCH', '/api/actors/gov', { name: 'Changed after every round' });
    for (const snapshot of snapshots) {
      expect(await ok('GET', `/api/graph?asOf=${snapshot.roundId}`)).toEqual(snapshot.graph);
      expect(await ok('GET', `/api/actors?limit=500&asOf=${encodeURIComponent(snapshot.at)}`)).toEqual(snapshot.actors);
      expect(await ok('GET', `/api/ties?limit=1000&asOf=${snapshot.roundId}`)).toEqual(snapshot.ties);
      // cso-b was raised to strictly confidential in the last week: the internal viewer, who saw it
      // then, no longer sees it in the past either (a record raised to protect someone hides its history).
      expect((await api('GET', `/api/graph?asOf=${snapshot.roundId}`, undefined, restricted.token)).body).toEqual(
        withoutActor(snapshot.restrictedGraph as Elements, 'cso-b'),
      );
    }
    // The weeks differ from each other and from today: the comparison compares something.
    const names = snapshots.map((snapshot) => JSON.stringify(snapshot.graph));
    expect(new Set(names).size).toBe(WEEKS.length);
    // A deleted actor is on the maps before its delete, not after.
    const hasParty = (graph: unknown) => (graph as { nodes: { data: { id: string } }[] }).nodes.some((node) => node.data.id === 'party');
    expect(hasParty(snapshots[2]!.graph)).toBe(true);
    expect(hasParty(snapshots[3]!.graph)).toBe(false);
  });
});

describe('rounds', () => {
  it('are created by those who coordinate, changed, deleted, audited; an unknown round is a 400 naming asOf', async () => {
    const viewer = await server.userWithToken('rounds-viewer', 'viewer', 'internal');
    expect((await api('POST', '/api/rounds', { name: 'Q3' }, viewer.token)).status).toBe(403);
    const created = await ok('POST', '/api/rounds', {
      name: 'Mapping round Q3 2026',
      at: '2026-09-30T12:00:00Z',
      description: 'Quarterly',
    });
    expect(created).toMatchObject({
      name: 'Mapping round Q3 2026',
      at: '2026-09-30T12:00:00.000Z',
      signedOffBy: null,
      createdBy: 'test-analyst',
    });
    expect(
      (await api('GET', '/api/rounds', undefined, viewer.token)).body.items.some((round: { id: string }) => round.id === created.id),
    ).toBe(true);
    expect((await ok('PATCH', `/api/rounds/${created.id}`, { signedOffBy: 'Head of Mission' })).signedOffBy).toBe('Head of Mission');
    expect((await api('DELETE', `/api/rounds/${created.id}`)).status).toBe(204);
    expect((await api('GET', `/api/rounds/${created.id}`)).status).toBe(404);
    expect(
      await server.count("MATCH (e:AuditEvent {targetType: 'round'}) WHERE $id IN e.targetIds RETURN count(e)", { id: created.id }),
    ).toBe(3);
    const unknown = await api('GET', '/api/graph?asOf=no-such-round');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('asOf');
  });
});

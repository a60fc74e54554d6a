/** GET /api/graph on the hand-made fixture: each filter returns exactly the expected elements. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer();

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
});

async function graph(query: string): Promise<{ nodes: string[]; edges: string[] }> {
  const response = await request(server.baseUrl, 'GET', `/api/graph${query}`);
  expect(response.status).toBe(200);
  return {
    nodes: response.body.nodes.map((n: { data: { id: string } }) => n.data.id).sort(),
    edges: response.body.edges.map((e: { data: { id: string } }) => e.data.id).sort(),
  };
}

describe('GET /api/graph', () => {
  it('returns every actor and tie, shaped as Cytoscape.js elements', async () => {
    const response = await request(server.baseUrl, 'GET', '/api/graph');
    expect(response.body.nodes).toHaveLength(6);
    expect(response.body.edges).toHaveLength(5);
    const funds = response.body.edges.find((e: { data: { id: string } }) => e.data.id === 't-funds');
    expect(funds.data).toMatchObject({ source: 'donor', target: 'cso-a', type: 'funds', directed: true });
    const csoA = response.body.nodes.find((n: { data: { id: string } }) => n.data.id === 'cso-a');
    expect(csoA.data).toMatchObject({ label: 'Women Together', kind: 'civil_society', influence: 4, basedIn: ['capital'] });
  });

  it('filters by kinds, keeping only ties between kept actors', async () => {
    expect(await graph('?kinds=civil_society')).toEqual({ nodes: ['cso-a', 'cso-b'], edges: ['t-comm'] });
    expect(await graph('?kinds=civil_society,conflict_party,government')).toEqual({
      nodes: ['cso-a', 'cso-b', 'gov', 'party'],
      edges: ['t-affil', 't-comm', 't-conflict'],
    });
  });

  it('filters by admin area (based or active there)', async () => {
    expect(await graph('?areas=east')).toEqual({ nodes: ['cso-b', 'donor', 'party', 'un'], edges: ['t-affil'] });
  });

  it('filters by output: leads, supports, contributes to or obstructs it or one of its activities', async () => {
    expect(await graph('?output=o1')).toEqual({ nodes: ['cso-b', 'party', 'un'], edges: ['t-affil'] });
  });

  it('filters by tie types without dropping actors', async () => {
    expect(await graph('?tieTypes=funds&tieTypes=in_conflict_with')).toEqual({
      nodes: ['cso-a', 'cso-b', 'donor', 'gov', 'party', 'un'],
      edges: ['t-conflict', 't-funds'],
    });
  });

  it('combines filters', async () => {
    expect(await graph('?areas=east&kinds=civil_society,conflict_party&tieTypes=affiliated_with')).toEqual({
      nodes: ['cso-b', 'party'],
      edges: ['t-affil'],
    });
    expect(await graph('?output=unknown-output')).toEqual({ nodes: [], edges: [] });
  });

  it('answers 400 naming a bad filter', async () => {
    const response = await request(server.baseUrl, 'GET', '/api/graph?kinds=civil_society,aliens&tieTypes=');
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toEqual(['query.kinds.1']);
    const unknown = await request(server.baseUrl, 'GET', '/api/graph?colour=red');
    expect(unknown.body.error.details.map((d: { path: string }) => d.path)).toEqual(['query.colour']);
  });
});

describe('GET /api/graph?at=', () => {
  beforeAll(async () => {
    const dated = [
      { id: 't-dated-past', type: 'allied_with', sourceId: 'gov', targetId: 'donor', validFrom: '2020-01-01', validTo: '2020-12-31' },
      { id: 't-dated-open', type: 'allied_with', sourceId: 'un', targetId: 'donor', validFrom: '2024-06-01' },
      { id: 't-dated-until', type: 'allied_with', sourceId: 'un', targetId: 'party', validTo: '2024-06-30' },
    ];
    for (const tie of dated) expect((await request(server.baseUrl, 'POST', '/api/ties', tie)).status).toBe(201);
  });

  it('keeps only ties valid on the date; undated ties always hold and the actors stay', async () => {
    const undated = ['t-affil', 't-comm', 't-conflict', 't-coop', 't-funds'];
    expect(await graph('?at=2020-06-15')).toEqual({
      nodes: ['cso-a', 'cso-b', 'donor', 'gov', 'party', 'un'],
      edges: [...undated, 't-dated-past', 't-dated-until'].sort(),
    });
    expect((await graph('?at=2024-06-30')).edges).toEqual([...undated, 't-dated-open', 't-dated-until'].sort());
    expect((await graph('?at=2024-07-01')).edges).toEqual([...undated, 't-dated-open'].sort());
    expect((await graph('')).edges).toHaveLength(8);
  });

  it('answers 400 for a date that does not exist', async () => {
    const response = await request(server.baseUrl, 'GET', '/api/graph?at=2024-02-30');
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toEqual(['query.at']);
  });
});

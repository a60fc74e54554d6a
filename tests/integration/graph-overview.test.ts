/**
 * GET /api/graph/overview and /api/graph/overview/members on the fixture plus hidden records:
 * groups by area, kind and community, counts by kind and by tie type, and nothing counted or
 * opened that the viewer may not see (a hidden group answers 404 like an absent one).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import type { DatasetInput, GraphOverview } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer();
const HIDDEN: DatasetInput = {
  meta: { name: 'Overview hidden', source: 'tests', fictional: true, description: '' },
  areas: [{ id: 'north', name: 'North', pcode: 'TT09' }],
  actors: [
    { id: 'secret-a', name: 'Secret A', kind: 'conflict_party', subtype: 'armed_group', sensitivity: 'confidential', basedIn: ['north'] },
    {
      id: 'secret-b',
      name: 'Secret B',
      kind: 'civil_society',
      subtype: 'human_rights_defender',
      sensitivity: 'confidential',
      basedIn: ['east'],
    },
  ],
  ties: [
    { id: 't-s1', type: 'affiliated_with', sourceId: 'secret-a', targetId: 'gov' },
    { id: 't-s2', type: 'funds', sourceId: 'donor', targetId: 'cso-b', sensitivity: 'confidential' },
    { id: 't-s3', type: 'communicates_with', sourceId: 'secret-b', targetId: 'un' },
  ],
};
let internal = '';

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  await loadDataset(server.db, HIDDEN);
  internal = (await server.userWithToken('overview-internal', 'analyst', 'internal')).token;
}, 120_000);

const overview = async (groupBy: string, as?: string) => {
  const response = await request<GraphOverview>(
    server.baseUrl,
    'GET',
    `/api/graph/overview?groupBy=${groupBy}`,
    undefined,
    as ? { as } : {},
  );
  expect(response.status).toBe(200);
  return response.body;
};
const group = (body: GraphOverview, id: string) => body.groups.find((g) => g.id === id);
const edge = (body: GraphOverview, a: string, b: string) =>
  body.edges.find((e) => e.source === (a < b ? a : b) && e.target === (a < b ? b : a));

describe('GET /api/graph/overview', () => {
  it('groups by area with counts by kind and aggregated ties by type, for a cleared viewer', async () => {
    const body = await overview('area');
    expect(body).toMatchObject({ groupBy: 'area', actors: 8, ties: 8 });
    expect(group(body, 'area:capital')).toMatchObject({
      label: 'Capital',
      size: 4,
      kinds: { government: 1, un_entity: 1, civil_society: 1, donor: 1 },
    });
    expect(group(body, 'area:east')).toMatchObject({ size: 3, kinds: { civil_society: 2, conflict_party: 1 }, innerTies: 1 });
    expect(group(body, 'area:north')).toMatchObject({ size: 1 });
    // capital-east: funds donor->cso-b (confidential), comm cso-a->cso-b, conflict party->gov, secret-b->un.
    expect(edge(body, 'area:capital', 'area:east')).toMatchObject({
      count: 4,
      types: { funds: 1, communicates_with: 2, in_conflict_with: 1 },
    });
  });

  it('counts nothing the viewer may not see: hidden actors and ties are absent from groups and edges', async () => {
    const body = await overview('area', internal);
    expect(body).toMatchObject({ actors: 6, ties: 5 });
    expect(group(body, 'area:north')).toBeUndefined();
    expect(group(body, 'area:east')).toMatchObject({ size: 2, kinds: { civil_society: 1, conflict_party: 1 } });
    expect(edge(body, 'area:capital', 'area:east')).toMatchObject({ count: 2, types: { communicates_with: 1, in_conflict_with: 1 } });
    expect(JSON.stringify(body)).not.toMatch(/secret|north|funds/);
  });

  it('groups by kind and by community (Louvain over the visible map)', async () => {
    const kinds = await overview('kind', internal);
    expect(kinds.groups.map((g) => g.id).sort()).toEqual([
      'kind:civil_society',
      'kind:conflict_party',
      'kind:donor',
      'kind:government',
      'kind:un_entity',
    ]);
    expect(group(kinds, 'kind:civil_society')).toMatchObject({ size: 2, innerTies: 1 });
    const communities = await overview('community', internal);
    expect(communities.groups.reduce((sum, g) => sum + g.size, 0)).toBe(6);
    expect(communities.groups.every((g) => g.id.startsWith('community:'))).toBe(true);
  });
});

describe('GET /api/graph/overview/members', () => {
  it('opens one group: its actors, their ties, and their ties to other groups per actor', async () => {
    const response = await request(server.baseUrl, 'GET', '/api/graph/overview/members?groupBy=area&group=area:east', undefined, {
      as: internal,
    });
    expect(response.status).toBe(200);
    expect(response.body.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual(['cso-b', 'party']);
    expect(response.body.edges.map((e: { data: { id: string } }) => e.data.id)).toEqual(['t-affil']);
    expect(response.body.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'cso-b', target: 'area:capital', count: 1, types: { communicates_with: 1 } }),
        expect.objectContaining({ source: 'party', target: 'area:capital', count: 1, types: { in_conflict_with: 1 } }),
      ]),
    );
    expect(JSON.stringify(response.body)).not.toContain('secret');
  });

  it('answers a hidden group as an absent one', async () => {
    const hidden = await request(server.baseUrl, 'GET', '/api/graph/overview/members?groupBy=area&group=area:north', undefined, {
      as: internal,
    });
    const absent = await request(server.baseUrl, 'GET', '/api/graph/overview/members?groupBy=area&group=area:nowhere', undefined, {
      as: internal,
    });
    expect(hidden.status).toBe(404);
    expect(absent.status).toBe(404);
    expect(hidden.body.error.message.replace('area:north', 'X')).toBe(absent.body.error.message.replace('area:nowhere', 'X'));
  });
});

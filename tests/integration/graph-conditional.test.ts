/**
 * GET /api/graph answers conditional requests: an ETag per map version and viewer visibility,
 * 304 when unchanged, and a cache that never serves one viewer's elements to another. A write
 * gives a new version; a clearance or a grant gives another key.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import type { DatasetInput } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer();
const SECRET: DatasetInput = {
  meta: { name: 'Conditional', source: 'tests', fictional: true, description: '' },
  actors: [{ id: 'hidden-hrd', name: 'Defender', kind: 'civil_society', subtype: 'human_rights_defender', sensitivity: 'confidential' }],
  ties: [{ id: 't-hidden', type: 'cooperates_with', sourceId: 'hidden-hrd', targetId: 'cso-a', sensitivity: 'confidential' }],
};
let internal = '';

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  await loadDataset(server.db, SECRET);
  internal = (await server.userWithToken('etag-internal', 'analyst', 'internal')).token;
}, 120_000);

const get = (as?: string, etag?: string, path = '/api/graph') =>
  request(server.baseUrl, 'GET', path, undefined, { ...(as ? { as } : {}), headers: etag ? { 'if-none-match': etag } : {} });
const ids = (body: { nodes: { data: { id: string } }[] }) => body.nodes.map((node) => node.data.id).sort();

describe('GET /api/graph, conditional', () => {
  it('gives an ETag and answers 304 with no body when the map is unchanged', async () => {
    const first = await get();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(undefined, etag!);
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    expect(again.headers.get('etag')).toBe(etag);
    // A list of tags, weak or not, matches too; another query is another representation.
    expect((await get(undefined, `"other", W/${etag}`)).status).toBe(304);
    expect((await get(undefined, etag!, '/api/graph?kinds=donor')).status).toBe(200);
  });

  it('a write gives a new version: the old ETag gets the new map', async () => {
    const before = await get();
    const etag = before.headers.get('etag')!;
    const created = await request(server.baseUrl, 'POST', '/api/actors', {
      name: 'Fresh Network',
      kind: 'civil_society',
      sensitivity: 'internal',
    });
    expect(created.status).toBe(201);
    const after = await get(undefined, etag);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(ids(after.body)).toContain(created.body.id);
  });

  it('an engagement held, changed or deleted keeps the version: engagements are not drawn on the map', async () => {
    const section = await request(server.baseUrl, 'POST', '/api/actors', { name: 'Civil Affairs', kind: 'mission_component' });
    expect(section.status).toBe(201);
    const before = await get();
    const etag = before.headers.get('etag')!;
    const held = await request(server.baseUrl, 'POST', '/api/engagements', {
      date: '2026-03-02',
      sectionId: section.body.id,
      actorIds: ['cso-a'],
      format: 'meeting',
      areaId: 'capital',
    });
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    expect((await get(undefined, etag)).status).toBe(304);
    expect((await request(server.baseUrl, 'PATCH', `/api/engagements/${held.body.id}`, { format: 'workshop' })).status).toBe(200);
    expect((await get(undefined, etag)).status).toBe(304);
    expect((await request(server.baseUrl, 'DELETE', `/api/engagements/${held.body.id}`)).status).toBe(204);
    expect((await get(undefined, etag)).status).toBe(304);
    // A tie's write in the same test does move it: the exemption is for engagements only.
    expect((await request(server.baseUrl, 'PATCH', '/api/ties/t-comm', { strength: 3 })).status).toBe(200);
    expect((await get(undefined, etag)).status).toBe(200);
  });

  it("the map as of a past date is another entry: an actor created since is in today's map only", async () => {
    const before = new Date(Date.now() - 60_000).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(
      (await request(server.baseUrl, 'POST', '/api/actors', { id: 'etag-newcomer', name: 'Newcomer', kind: 'civil_society' })).status,
    ).toBe(201);
    const today = await get();
    expect(ids(today.body)).toContain('etag-newcomer');
    const past = await get(undefined, undefined, `/api/graph?asOf=${encodeURIComponent(before)}`);
    expect(past.status).toBe(200);
    expect(ids(past.body)).not.toContain('etag-newcomer');
    expect(past.headers.get('etag')).not.toBe(today.headers.get('etag'));
  });

  it('two viewers with different clearance never share an entry or an ETag', async () => {
    const cleared = await get();
    expect(ids(cleared.body)).toContain('hidden-hrd');
    // Right after the cleared viewer filled the cache, the internal viewer gets their own map.
    const limited = await get(internal);
    expect(limited.status).toBe(200);
    expect(ids(limited.body)).not.toContain('hidden-hrd');
    expect(JSON.stringify(limited.body)).not.toContain('t-hidden');
    expect(limited.headers.get('etag')).not.toBe(cleared.headers.get('etag'));
    // The cleared viewer's ETag is no 304 for the internal viewer.
    const replay = await get(internal, cleared.headers.get('etag')!);
    expect(replay.status).toBe(200);
    expect(ids(replay.body)).not.toContain('hidden-hrd');
  });

  it('a grant change gives that viewer a new ETag and the opened actor', async () => {
    const before = await get(internal);
    const etag = before.headers.get('etag')!;
    expect((await get(internal, etag)).status).toBe(304);
    await server.userWithToken('etag-internal', 'analyst', 'internal', [{ scope: 'actor', targetId: 'hidden-hrd' }]);
    const after = await get(internal, etag);
    expect(after.status).toBe(200);
    expect(ids(after.body)).toContain('hidden-hrd');
    expect(after.headers.get('etag')).not.toBe(etag);
  });
});

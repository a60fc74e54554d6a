/** /api/views on a real Neo4j: saved views keep their state, positions and pinned actors exactly. */
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

const view = {
  id: 'east-focus',
  name: 'East: focus on Youth Voice',
  state: {
    filters: { kinds: ['civil_society'], areas: ['east'], at: '2025-01-31', stances: ['-1', 'none'] },
    focus: { actorId: 'cso-b', depth: 2 },
    layout: 'by_area',
    selection: { type: 'actor', id: 'cso-b' },
    viewport: { zoom: 1.25, x: -40.5, y: 12 },
  },
  positions: { 'cso-b': { x: 10.5, y: -3 }, party: { x: 200, y: 40 } },
  pinned: ['cso-b'],
};

describe('/api/views', () => {
  it('saves a view and reads it back with defaults filled in', async () => {
    const created = await request(server.baseUrl, 'POST', '/api/views', view);
    expect(created.status).toBe(201);
    const read = await request(server.baseUrl, 'GET', '/api/views/east-focus');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: 'east-focus', name: view.name, positions: view.positions, pinned: ['cso-b'] });
    expect(read.body.state).toMatchObject({ ...view.state, mode: 'map', path: null });
    expect(read.body.state.filters).toMatchObject({ kinds: ['civil_society'], tieTypes: [], output: null, at: '2025-01-31' });
    expect(await server.count('MATCH (v:SavedView) RETURN count(v)')).toBe(1);
  });

  it('lists views without their heavy state', async () => {
    await request(server.baseUrl, 'POST', '/api/views', { name: 'Everything', state: {} });
    const list = await request(server.baseUrl, 'GET', '/api/views');
    expect(list.status).toBe(200);
    expect(list.body.map((v: { name: string }) => v.name).sort()).toEqual(['East: focus on Youth Voice', 'Everything']);
    expect(list.body[0]).not.toHaveProperty('state');
  });

  it('renames and re-pins a view, keeping the rest', async () => {
    const patched = await request(server.baseUrl, 'PATCH', '/api/views/east-focus', { name: 'East', pinned: [] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'East', pinned: [], positions: view.positions });
    expect(patched.body.state.layout).toBe('by_area');
  });

  it('refuses invalid views with field details, and duplicate ids with 409', async () => {
    const bad = await request(server.baseUrl, 'POST', '/api/views', {
      name: ' ',
      state: { layout: 'spiral', focus: { actorId: 'x', depth: 4 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'body.name',
      'body.state.focus.depth',
      'body.state.layout',
    ]);
    const duplicate = await request(server.baseUrl, 'POST', '/api/views', { ...view, name: 'Again' });
    expect(duplicate.status).toBe(409);
  });

  it('deletes a view, then answers 404 for it', async () => {
    expect((await request(server.baseUrl, 'DELETE', '/api/views/east-focus')).status).toBe(204);
    expect((await request(server.baseUrl, 'GET', '/api/views/east-focus')).status).toBe(404);
    expect((await request(server.baseUrl, 'DELETE', '/api/views/east-focus')).status).toBe(404);
  });

  it('shows each reader the view without the actors they may not see, and only the owner may change it', async () => {
    // Shared, so other users may read it at all (a private view answers them 404: security-reads-views.test.ts).
    await request(server.baseUrl, 'POST', '/api/views', { ...view, id: 'need-to-know', shared: true });
    await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { sensitivity: 'confidential' });
    const { token } = await server.userWithToken('views-viewer', 'viewer', 'internal');
    const seen = await request(server.baseUrl, 'GET', '/api/views/need-to-know', undefined, { as: token });
    expect(seen.status).toBe(200);
    expect(seen.body.positions).toEqual({ party: { x: 200, y: 40 } });
    expect(seen.body.pinned).toEqual([]);
    expect(seen.body.state.focus).toBeNull();
    expect(seen.body.state.selection).toBeNull();
    expect(JSON.stringify(seen.body)).not.toContain('cso-b');
    expect((await request(server.baseUrl, 'PATCH', '/api/views/need-to-know', { name: 'Mine now' }, { as: token })).status).toBe(403);
  });

  it('forgets a deleted actor in every view', async () => {
    expect((await request(server.baseUrl, 'DELETE', '/api/actors/cso-b')).status).toBe(204);
    const read = await request(server.baseUrl, 'GET', '/api/views/need-to-know');
    expect(read.body.positions).toEqual({ party: { x: 200, y: 40 } });
    expect(
      await server.count(
        "MATCH (v:SavedView) WHERE v.positions CONTAINS '\"cso-b\"' OR v.state CONTAINS '\"cso-b\"' OR 'cso-b' IN v.pinned RETURN count(v)",
      ),
    ).toBe(0);
  });
});

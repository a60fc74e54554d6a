/**
 * Saved views are private to their owner unless shared: a view's name is free text that can name
 * an actor a colleague may not see ("Visit to <defender>"), so nobody else sees a private view,
 * not its name in the list and not the view by id (404, exactly as a missing one), not even an
 * administrator. A shared view is listed for everyone and read without what the reader may not see.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer();
let owner: string;
let colleague: string;
let administrator: string;

const SECRET_NAME = 'Visit to Youth Voice, hidden defender';
const view = {
  id: 'private-visit',
  name: SECRET_NAME,
  state: { focus: { actorId: 'cso-b', depth: 1 } },
  positions: { 'cso-b': { x: 1, y: 2 }, gov: { x: 3, y: 4 } },
  pinned: [],
};

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { sensitivity: 'confidential' });
  owner = (await server.userWithToken('views-owner', 'analyst', 'confidential')).token;
  colleague = (await server.userWithToken('views-colleague', 'viewer', 'internal')).token;
  administrator = (await server.userWithToken('views-admin', 'administrator', 'confidential')).token;
}, 120_000);

const as = (token: string, method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, body, { as: token });

describe('saved views', () => {
  it('are private by default: others see neither the name in the list nor the view by id', async () => {
    const created = await as(owner, 'POST', '/api/views', view);
    expect(created.status).toBe(201);
    expect(created.body.shared).toBe(false);
    const mine = await as(owner, 'GET', '/api/views');
    expect(mine.body.map((v: { id: string }) => v.id)).toEqual(['private-visit']);
    for (const reader of [colleague, administrator]) {
      const listed = await as(reader, 'GET', '/api/views');
      expect(listed.status).toBe(200);
      expect(JSON.stringify(listed.body)).not.toContain(SECRET_NAME);
      expect(listed.body).toEqual([]);
      const read = await as(reader, 'GET', '/api/views/private-visit');
      const missing = await as(reader, 'GET', '/api/views/no-such-view');
      expect(read.status).toBe(404);
      expect(read.body.error.message).toBe(missing.body.error.message.replace('no-such-view', 'private-visit'));
      expect((await as(reader, 'PATCH', '/api/views/private-visit', { name: 'x' })).status).toBe(404);
      expect((await as(reader, 'DELETE', '/api/views/private-visit')).status).toBe(404);
    }
  });

  it('once shared, are listed for everyone and read without the actors the reader may not see', async () => {
    const shared = await as(owner, 'PATCH', '/api/views/private-visit', { shared: true, name: 'East visit' });
    expect(shared.status).toBe(200);
    expect(shared.body.shared).toBe(true);
    const listed = await as(colleague, 'GET', '/api/views');
    expect(listed.body.map((v: { id: string; shared: boolean }) => [v.id, v.shared])).toEqual([['private-visit', true]]);
    const read = await as(colleague, 'GET', '/api/views/private-visit');
    expect(read.status).toBe(200);
    expect(read.body.positions).toEqual({ gov: { x: 3, y: 4 } });
    expect(read.body.state.focus).toBeNull();
    expect((await as(colleague, 'PATCH', '/api/views/private-visit', { name: 'Mine' })).status).toBe(403);
  });

  it('unshared again, disappear for the others', async () => {
    expect((await as(owner, 'PATCH', '/api/views/private-visit', { shared: false })).status).toBe(200);
    expect((await as(colleague, 'GET', '/api/views')).body).toEqual([]);
    expect((await as(colleague, 'GET', '/api/views/private-visit')).status).toBe(404);
  });
});

/**
 * Need to know: an actor a user may not see is, for them, exactly as if it did not exist: not in
 * lists, search, counts, the map, ties, paths or centralities, and its id answers 404.
 *
 * Fixture: cso-b (Youth Voice, east) is made confidential. It joins cso-a to the party:
 *   cso-a -communicates_with- cso-b -affiliated_with-> party
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer();
let internal: string;
let areaGrant: string;
const as = (token: string) => (path: string) => request(server.baseUrl, 'GET', path, undefined, { as: token });

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { sensitivity: 'confidential' });
  await request(server.baseUrl, 'PATCH', '/api/ties/t-coop', { sensitivity: 'confidential' });
  internal = (await server.userWithToken('ntk-internal', 'analyst', 'internal')).token;
  areaGrant = (await server.userWithToken('ntk-east', 'analyst', 'internal', [{ scope: 'area', targetId: 'east' }])).token;
});

describe('an actor above the viewer’s clearance', () => {
  it('is absent from lists, search and counts', async () => {
    const list = await as(internal)('/api/actors');
    expect(list.body.total).toBe(5);
    expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain('cso-b');
    expect((await as(internal)('/api/actors?text=Youth')).body.total).toBe(0);
    expect((await as(internal)('/api/actors?area=east')).body.items.map((a: { id: string }) => a.id).sort()).toEqual([
      'donor',
      'party',
      'un',
    ]);
  });

  it('answers 404 by id, with the same body as an id that never existed', async () => {
    const hidden = await as(internal)('/api/actors/cso-b');
    const missing = await as(internal)('/api/actors/cso-z');
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message.replace('cso-b', 'ID')).toBe(missing.body.error.message.replace('cso-z', 'ID'));
    expect((await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { influence: 1 }, { as: internal })).status).toBe(404);
    expect((await request(server.baseUrl, 'DELETE', '/api/actors/cso-b', undefined, { as: internal })).status).toBe(404);
  });

  it('takes its ties with it, and hides a tie above clearance between visible actors', async () => {
    const graph = await as(internal)('/api/graph');
    expect(graph.body.nodes.map((n: { data: { id: string } }) => n.data.id)).not.toContain('cso-b');
    expect(graph.body.edges.map((e: { data: { id: string } }) => e.data.id).sort()).toEqual(['t-conflict', 't-funds']);
    expect((await as(internal)('/api/ties?actor=cso-b')).body.total).toBe(0);
    expect((await as(internal)('/api/ties/t-comm')).status).toBe(404);
    expect((await as(internal)('/api/ties/t-coop')).status).toBe(404);
  });

  it('is treated as missing when a write refers to it', async () => {
    const tie = await request(
      server.baseUrl,
      'POST',
      '/api/ties',
      { type: 'funds', sourceId: 'donor', targetId: 'cso-b' },
      { as: internal },
    );
    expect(tie.status).toBe(409);
    expect(tie.body.error.details).toEqual([
      {
        path: 'body.targetId',
        message: 'no actor with id "cso-b"',
        messageCode: 'field.missing_record',
        params: { what: 'actor', id: 'cso-b' },
      },
    ]);
  });

  it('is never on a path, and is left out of centralities', async () => {
    const path = await as(internal)('/api/analysis/path?from=cso-a&to=party');
    expect(path.status).toBe(200);
    expect(JSON.stringify(path.body)).not.toContain('cso-b');
    expect(JSON.stringify(path.body)).not.toContain('Youth Voice');
    const influence = await as(internal)('/api/analysis/influence');
    expect(influence.body.actors.map((a: { id: string }) => a.id).sort()).toEqual(['cso-a', 'donor', 'gov', 'party', 'un']);
    expect((await as(internal)('/api/analysis/conflict-ties?actor=cso-b')).status).toBe(404);
  });

  it('cannot be created by someone who could not see it', async () => {
    const response = await request(
      server.baseUrl,
      'POST',
      '/api/actors',
      { name: 'Hidden', kind: 'civil_society', sensitivity: 'confidential' },
      { as: internal },
    );
    expect(response.status).toBe(403);
    expect(response.body.error.details[0].path).toBe('body.sensitivity');
  });
});

describe('grants', () => {
  it('an area grant opens the actors based or active there', async () => {
    expect((await as(areaGrant)('/api/actors/cso-b')).status).toBe(200);
    const path = await as(areaGrant)('/api/analysis/path?from=cso-a&to=party');
    expect(JSON.stringify(path.body)).toContain('cso-b');
  });

  it('the analyst cleared for everything sees the whole fixture', async () => {
    expect((await request(server.baseUrl, 'GET', '/api/actors')).body.total).toBe(6);
  });
});

/**
 * Confirmed credentials are reused for a second, but never after this process has written
 * something a credential check reads. Writes of records no credential reads (engagements, roles,
 * mechanisms, output page records) are marked so and leave the count alone; every other write
 * moves it. Checked against Neo4j, and through the API: logging an engagement leaves the count,
 * changing an actor moves it.
 */
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer({ reset: 'once' });

describe('writes and cached credentials', () => {
  it('a write marked as leaving access alone does not move finishedWrites; any other write does', async () => {
    const before = server.db.finishedWrites();
    await server.db.writeTransaction((tx) => tx.run('admin/server-components'), { leavesAccessAlone: true });
    expect(server.db.finishedWrites()).toBe(before);
    await server.db.writeTransaction((tx) => tx.run('admin/server-components'));
    expect(server.db.finishedWrites()).toBe(before + 1);
  });

  it('through the API: an engagement leaves cached credentials good, an actor change does not', async () => {
    const section = { id: 'ca', name: 'Civil Affairs', kind: 'mission_component' as const, subtype: 'civil_affairs', basedIn: ['capital'] };
    await loadDataset(server.db, { ...FIXTURE, actors: [...(FIXTURE.actors ?? []), section] });
    const before = server.db.finishedWrites();
    const logged = await request(server.baseUrl, 'POST', '/api/engagements', {
      date: '2026-03-02',
      sectionId: 'ca',
      actorIds: ['cso-a'],
      format: 'meeting',
      areaId: 'capital',
    });
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
    const role = await request(server.baseUrl, 'POST', '/api/output-roles', {
      actorId: 'un',
      outputId: 'o1',
      role: 'support',
      areaIds: [],
    });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    expect(server.db.finishedWrites()).toBe(before);
    expect((await request(server.baseUrl, 'PATCH', '/api/actors/cso-a', { sensitivity: 'confidential' })).status).toBe(200);
    expect(server.db.finishedWrites()).toBeGreaterThan(before);
  });
});

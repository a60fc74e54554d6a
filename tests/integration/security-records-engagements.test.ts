/**
 * Security review 2, L1, L4 and L5: writes to engagements never change what the writer may not see.
 * - L1: a PATCH naming the engagement's visible section keeps a second, hidden holding section.
 * - L4: a repeated Idempotency-Key returns the stored engagement and adds no section, participant
 *   or output, whatever the second body says (as the actors and ties POST do).
 * - L5: deleting the only visible participant of a visible engagement that hidden actors also
 *   took part in is refused, like the only visible member of a mechanism (N7).
 *
 * e-mixed: held by the civil affairs section (visible) and by a confidential section; cso-b
 * (internal) and a confidential defender took part. The internal analyst sees cso-b and ca only.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import type { DatasetInput } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { as } from '../support/security-writes.js';

vi.setConfig({ testTimeout: 120_000 });

const server = useTestServer({ reset: 'each' });
const run = Math.random().toString(36).slice(2, 8);
let internal: { userId: string; token: string };

const EXTRA: DatasetInput = {
  meta: { name: 'Engagement records', source: 'tests', fictional: true, description: '' },
  actors: [
    { id: 'ca', name: 'Civil Affairs', kind: 'mission_component', subtype: 'civil_affairs', basedIn: ['capital'] },
    { id: 'ca-2', name: 'Political Affairs', kind: 'mission_component', subtype: 'political_affairs', basedIn: ['capital'] },
    {
      id: 'ca-hidden',
      name: 'Protection Unit',
      kind: 'mission_component',
      subtype: 'human_rights',
      sensitivity: 'confidential',
      basedIn: ['east'],
    },
    {
      id: 'hrd',
      name: 'Hidden Defender',
      kind: 'civil_society',
      subtype: 'human_rights_defender',
      sensitivity: 'confidential',
      basedIn: ['east'],
    },
  ],
  engagements: [{ id: 'e-mixed', date: '2026-02-01', sectionId: 'ca', actorIds: ['cso-b', 'hrd'], format: 'consultation', areaId: 'east' }],
};

beforeAll(async () => {
  internal = await server.userWithToken(`rec-eng-internal-${run}`, 'analyst', 'internal');
});

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  await loadDataset(server.db, EXTRA);
  // A second holding section, hidden from the internal analyst (a snapshot re-import can add one).
  expect(
    await server.count("MATCH (g:Engagement {id: 'e-mixed'}), (s:Actor {id: 'ca-hidden'}) MERGE (g)-[h:HELD_BY]->(s) RETURN count(h)"),
  ).toBe(1);
});

const heldBy = () => server.count("MATCH (:Engagement {id: 'e-mixed'})-[:HELD_BY]->(s:Actor) RETURN count(s)");

describe('L1: a PATCH naming the section', () => {
  it('keeps a hidden second section', async () => {
    const patched = await as(server, internal.token)('PATCH', '/api/engagements/e-mixed', { sectionId: 'ca', summary: 'Met again' });
    expect(patched.status).toBe(200);
    expect(patched.body.sectionId).toBe('ca');
    expect(await server.count("MATCH (:Engagement {id: 'e-mixed'})-[:HELD_BY]->(:Actor {id: 'ca-hidden'}) RETURN count(*)")).toBe(1);
    expect(await heldBy()).toBe(2);
  });

  it('still refuses a new section while a hidden one holds the engagement', async () => {
    const refused = await as(server, internal.token)('PATCH', '/api/engagements/e-mixed', { sectionId: 'ca-2' });
    expect(refused.status).toBe(409);
    expect(await heldBy()).toBe(2);
  });
});

describe('L4: a repeated Idempotency-Key', () => {
  it('returns the stored engagement and adds no links, whatever the second body says', async () => {
    const post = as(server, server.token);
    const headers = { 'idempotency-key': `rec-eng-key-${run}` };
    const body = { date: '2026-03-02', sectionId: 'ca', actorIds: ['cso-a'], format: 'workshop', areaId: 'capital', outputIds: [] };
    const first = await post('POST', '/api/engagements', body, headers);
    expect(first.status).toBe(201);
    const again = await post(
      'POST',
      '/api/engagements',
      { ...body, sectionId: 'ca-2', actorIds: ['gov', 'party'], areaId: 'east', outputIds: ['o1'] },
      headers,
    );
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const links = (type: string) => server.count(`MATCH (g:Engagement {id: $id})-[r:${type}]-() RETURN count(r)`, { id: first.body.id });
    expect([await links('HELD_BY'), await links('PARTICIPATED_IN'), await links('HELD_IN'), await links('SERVES')]).toEqual([1, 1, 1, 0]);
  });
});

describe('L5: deleting an actor', () => {
  it('is refused for the only visible participant of an engagement hidden actors also took part in', async () => {
    const refused = await as(server, internal.token)('DELETE', '/api/actors/cso-b');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'This actor cannot be deleted with your access; ask someone cleared for all its records to delete it',
    );
    expect(await server.count("MATCH (:Actor {id: 'cso-b'})-[:PARTICIPATED_IN]->(:Engagement {id: 'e-mixed'}) RETURN count(*)")).toBe(1);
  });

  it('goes ahead when another visible actor took part too, or for someone who sees every participant', async () => {
    expect(
      await server.count("MATCH (g:Engagement {id: 'e-mixed'}), (a:Actor {id: 'gov'}) MERGE (a)-[p:PARTICIPATED_IN]->(g) RETURN count(p)"),
    ).toBe(1);
    expect((await as(server, internal.token)('DELETE', '/api/actors/cso-b')).status).toBe(204);
    expect((await as(server, server.token)('DELETE', '/api/actors/gov')).status).toBe(204);
  });
});

/**
 * Security review 2, M1: undoing an import must not remove links the caller may no longer see.
 * A tie, an area link, a participation or a membership the import created is checked for the
 * visibility of its ends whether or not it changed since; when any end is hidden now (raised
 * since, or the caller's clearance or grant withdrawn), the undo is refused with the neutral 409
 * and removes nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { as, importAs, snapshot } from '../support/security-writes.js';

const server = useTestServer({ reset: 'each' });

const MEETING = {
  id: 'e-old',
  date: '2026-02-01',
  sectionId: 'un',
  actorIds: ['gov', 'un'],
  format: 'meeting' as const,
  areaId: 'capital',
};

beforeEach(async () => {
  await loadDataset(server.db, {
    ...FIXTURE,
    engagements: [MEETING],
    mechanisms: [{ id: 'm-old', name: 'Protection working group', kind: 'cluster', memberIds: ['un'] }],
  });
}, 120_000);

/** A file linking existing actors: a tie to gov, an area link of gov, a participant in e-old, a member of m-old. */
const LINKS = snapshot({
  actors: [{ id: 'gov', name: 'Ministry of Peace', kind: 'government', activeIn: ['east'] }],
  ties: [{ id: 't-imported', type: 'funds', sourceId: 'donor', targetId: 'gov' }],
  engagements: [{ ...MEETING, actorIds: ['gov', 'un', 'cso-a'] }],
  mechanisms: [{ id: 'm-old', name: 'Protection working group', kind: 'cluster', memberIds: ['un', 'cso-b'] }],
});

async function linksLeft(): Promise<number[]> {
  return Promise.all([
    server.count("MATCH ()-[t {id: 't-imported'}]->() RETURN count(t)"),
    server.count("MATCH (:Actor {id: 'gov'})-[:ACTIVE_IN]->(:AdminArea {id: 'east'}) RETURN count(*)"),
    server.count("MATCH (:Actor {id: 'cso-a'})-[:PARTICIPATED_IN]->(:Engagement {id: 'e-old'}) RETURN count(*)"),
    server.count("MATCH (:Actor {id: 'cso-b'})-[:MEMBER_OF]->(:CoordinationMechanism {id: 'm-old'}) RETURN count(*)"),
  ]);
}

async function refusedNeutrally(token: string, importId: string): Promise<void> {
  const refused = await as(server, token)('DELETE', `/api/imports/${importId}`);
  expect(refused.status).toBe(409);
  // Nothing it may not see is named, nor why.
  expect(refused.body.error.details).toEqual([]);
  expect(JSON.stringify(refused.body)).not.toMatch(/gov|e-old|t-imported|confidential/);
}

describe('undoing an import whose links have become hidden (M1)', () => {
  it('is refused when the ends were raised after the import, and removes nothing', async () => {
    const analyst = await server.userWithToken('m1-internal', 'analyst', 'internal');
    const imported = await importAs(server, analyst.token, 'links.json', LINKS);
    expect(imported.status).toBe(201);
    expect(await linksLeft()).toEqual([1, 1, 1, 1]);
    // A colleague cleared for it raises the actor X and the engagement E: only the nodes change.
    const cleared = await server.userWithToken('m1-cleared', 'analyst', 'confidential');
    expect((await as(server, cleared.token)('PATCH', '/api/actors/gov', { sensitivity: 'confidential' })).status).toBe(200);
    expect((await as(server, cleared.token)('PATCH', '/api/engagements/e-old', { sensitivity: 'confidential' })).status).toBe(200);
    await refusedNeutrally(analyst.token, imported.body.importId);
    expect(await linksLeft()).toEqual([1, 1, 1, 1]);
  }, 120_000);

  it('is refused when only the engagement was raised (the participation of a visible actor in a hidden meeting)', async () => {
    const analyst = await server.userWithToken('m1-internal', 'analyst', 'internal');
    const imported = await importAs(server, analyst.token, 'links.json', LINKS);
    expect(imported.status).toBe(201);
    const cleared = await server.userWithToken('m1-cleared', 'analyst', 'confidential');
    expect((await as(server, cleared.token)('PATCH', '/api/engagements/e-old', { sensitivity: 'confidential' })).status).toBe(200);
    await refusedNeutrally(analyst.token, imported.body.importId);
    expect(await linksLeft()).toEqual([1, 1, 1, 1]);
  }, 120_000);

  it('is refused when the member is hidden from the caller (membership of a mechanism)', async () => {
    const analyst = await server.userWithToken('m1-internal', 'analyst', 'internal');
    const imported = await importAs(server, analyst.token, 'links.json', LINKS);
    expect(imported.status).toBe(201);
    await server.count("MATCH (a:Actor {id: 'cso-b'}) SET a.sensitivity = 'confidential' RETURN count(a)");
    await refusedNeutrally(analyst.token, imported.body.importId);
    expect(await linksLeft()).toEqual([1, 1, 1, 1]);
  }, 120_000);

  it("is refused when the caller's clearance was withdrawn after the import", async () => {
    await server.count("MATCH (a:Actor {id: 'gov'}) SET a.sensitivity = 'confidential' RETURN count(a)");
    const before = await server.userWithToken('m1-withdrawn', 'analyst', 'confidential');
    const imported = await importAs(server, before.token, 'links.json', LINKS);
    expect(imported.status).toBe(201);
    const after = await server.userWithToken('m1-withdrawn', 'analyst', 'internal');
    await refusedNeutrally(after.token, imported.body.importId);
    expect(await linksLeft()).toEqual([1, 1, 1, 1]);
  }, 120_000);

  it('is refused when the grant that opened an end was withdrawn, and still works while nothing is hidden', async () => {
    await server.count("MATCH (a:Actor {id: 'gov'}) SET a.sensitivity = 'confidential' RETURN count(a)");
    const grant = [{ scope: 'actor' as const, targetId: 'gov' }];
    const granted = await server.userWithToken('m1-granted', 'analyst', 'internal', grant);
    const imported = await importAs(server, granted.token, 'links.json', LINKS);
    expect(imported.status).toBe(201);
    const revoked = await server.userWithToken('m1-granted', 'analyst', 'internal', []);
    await refusedNeutrally(revoked.token, imported.body.importId);
    expect(await linksLeft()).toEqual([1, 1, 1, 1]);
    // With the grant back, nothing is hidden and the undo goes through.
    const again = await server.userWithToken('m1-granted', 'analyst', 'internal', grant);
    expect((await as(server, again.token)('DELETE', `/api/imports/${imported.body.importId}`)).status).toBe(200);
    expect(await linksLeft()).toEqual([0, 0, 0, 0]);
  }, 120_000);

  it('notices a lead or support role the import created and someone edited since', async () => {
    const analyst = await server.userWithToken('m1-internal', 'analyst', 'internal');
    const file = snapshot({ outputRoles: [{ actorId: 'donor', outputId: 'o1', role: 'support' }] });
    const imported = await importAs(server, analyst.token, 'role.json', file);
    expect(imported.status).toBe(201);
    const roles = await as(server, analyst.token)('GET', '/api/output-roles?actor=donor');
    const roleId = roles.body.items[0].id as string;
    expect((await as(server, analyst.token)('PATCH', `/api/output-roles/${roleId}`, { note: 'Edited since' })).status).toBe(200);
    expect((await as(server, analyst.token)('DELETE', `/api/imports/${imported.body.importId}`)).status).toBe(409);
    expect(await server.count('MATCH ()-[r:SUPPORTS {id: $id}]->() RETURN count(r)', { id: roleId })).toBe(1);
  }, 120_000);
});

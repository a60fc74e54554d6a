/**
 * /api/areas writes against the real Neo4j: create, edit, delete with p-code, level, parent and
 * names by language; refusals located at the field; a delete refused with the count of the records
 * that point to the area (only those the caller may see); areas named by a grant; the audit event
 * in the write's transaction; Idempotency-Key.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { SYSTEM_VIEWER } from '../../server/access/viewer.js';
import { createAreaStore } from '../../server/services/area-store.js';
import type { AuditTrail } from '../../server/services/write-context.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer({ reset: 'each' });
const api = (method: string, path: string, body?: unknown, as?: string) => request(server.baseUrl, method, path, body, as ? { as } : {});
const areaCount = (id: string) => server.count('MATCH (a:AdminArea {id: $id}) RETURN count(a)', { id });
const auditCount = (action: string, id: string) =>
  server.count("MATCH (e:AuditEvent {action: $action, targetType: 'area'}) WHERE $id IN e.targetIds RETURN count(e)", { action, id });

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  // The fixture's two areas are regions (level 1) of one country.
  await server.count(
    "CREATE (c:AdminArea {id: 'country', name: 'Testland', pcode: 'TT', level: 0, isCapital: false}) WITH c MATCH (a:AdminArea) WHERE a.id IN ['capital', 'east'] SET a.parentId = 'country' RETURN count(a)",
  );
});

describe('create, read, edit', () => {
  it('creates an area with p-code, parent, level and names by language, lists it and audits it', async () => {
    const input = {
      name: 'Riverside',
      pcode: 'TT0201',
      level: 2,
      parentId: 'east',
      isCapital: false,
      names: { fr: 'Bord-de-rivière', ar: 'ضفة النهر' },
    };
    const created = await api('POST', '/api/areas', input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject(input);
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const listed = await api('GET', '/api/areas');
    expect(listed.body.find((area: { id: string }) => area.id === created.body.id)).toEqual(created.body);
    expect((await api('GET', `/api/areas/${created.body.id}`)).body).toEqual(created.body);
    expect(await auditCount('create', created.body.id)).toBe(1);
  });

  it('creates once for a retried Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'area-create-0001' };
    const body = { name: 'Hilltop', level: 2, parentId: 'east' };
    const first = await request(server.baseUrl, 'POST', '/api/areas', body, { headers });
    const second = await request(server.baseUrl, 'POST', '/api/areas', body, { headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(await server.count("MATCH (a:AdminArea {name: 'Hilltop'}) RETURN count(a)")).toBe(1);
  });

  it('edits names, p-code and capital flag; null clears the p-code and the other names', async () => {
    // The audit log outlives resets: count this test's events.
    const updatesBefore = await auditCount('update', 'east');
    const patched = await api('PATCH', '/api/areas/east', {
      name: 'Eastern Marches',
      names: { fr: 'Marches de l’Est' },
      isCapital: false,
      pcode: 'TT09',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      id: 'east',
      name: 'Eastern Marches',
      names: { fr: 'Marches de l’Est' },
      pcode: 'TT09',
      level: 1,
      parentId: 'country',
    });
    const cleared = await api('PATCH', '/api/areas/east', { pcode: null, names: null });
    expect(cleared.body).toMatchObject({ pcode: null, names: {} });
    expect((await auditCount('update', 'east')) - updatesBefore).toBe(2);
  });

  it('moves an area under another parent with the matching level', async () => {
    await api('POST', '/api/areas', { id: 'north', name: 'North', level: 1, parentId: 'country' });
    const moved = await api('PATCH', '/api/areas/north', { parentId: 'east', level: 2 });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ parentId: 'east', level: 2 });
  });

  it('writes nothing when the audit event cannot be written (same transaction)', async () => {
    const trail: AuditTrail = {
      recordIn: () => Promise.reject(new Error('audit store unavailable')),
      alsoIn: () => Promise.resolve(),
      recordNow: () => Promise.resolve(),
    };
    const store = createAreaStore(server.db);
    await expect(store.create({ id: 'lost', name: 'Lost', level: 1 }, SYSTEM_VIEWER, { audit: trail })).rejects.toThrow(
      'audit store unavailable',
    );
    expect(await areaCount('lost')).toBe(0);
    await store.create({ id: 'spare', name: 'Spare', level: 1 }, SYSTEM_VIEWER);
    await expect(store.remove('spare', SYSTEM_VIEWER, { audit: trail })).rejects.toThrow('audit store unavailable');
    expect(await areaCount('spare')).toBe(1);
  });
});

describe('refusals, each at its field', () => {
  it('names every bad field of a create (400)', async () => {
    const response = await api('POST', '/api/areas', { name: ' ', level: 4, pcode: 'TT 01', names: { French: 'x' }, colour: 'red' });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.map((detail: { path: string }) => detail.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.level', 'body.pcode', 'body.names.French', 'body.colour']));
  });

  it('refuses a p-code another area holds, whatever its case (409 at body.pcode)', async () => {
    const response = await api('POST', '/api/areas', { name: 'Copy', level: 1, parentId: 'country', pcode: 'tt02' });
    expect(response.status).toBe(409);
    expect(response.body.error.details).toEqual([
      {
        path: 'body.pcode',
        message: 'p-code tt02 is already used by East',
        messageCode: 'field.pcode_taken',
        params: { pcode: 'tt02', name: 'East' },
      },
    ]);
    expect(response.body.error).toMatchObject({ messageCode: 'conflict.area_placement', params: { count: 1 } });
    expect((await api('PATCH', '/api/areas/capital', { pcode: 'TT02' })).status).toBe(409);
  });

  it('refuses a missing parent (409), a level that is not one below the parent (400) and a loop (400)', async () => {
    const missing = await api('POST', '/api/areas', { name: 'Orphan', level: 2, parentId: 'nowhere' });
    expect(missing.status).toBe(409);
    expect(missing.body.error.details[0]).toEqual({
      path: 'body.parentId',
      message: 'no admin area with id "nowhere"',
      messageCode: 'field.missing_record',
      params: { what: 'admin_area', id: 'nowhere' },
    });
    const level = await api('POST', '/api/areas', { name: 'Wrong level', level: 3, parentId: 'east' });
    expect(level.status).toBe(400);
    expect(level.body.error.details).toEqual([
      {
        path: 'body.level',
        message: 'must be 2, one below its parent East (level 1)',
        messageCode: 'field.level_below_parent',
        params: { wanted: 2, name: 'East', parentLevel: 1 },
      },
    ]);
    expect(level.body.error).toMatchObject({ messageCode: 'validation.invalid_request', params: { count: 1 } });
    await api('POST', '/api/areas', { id: 'riverside', name: 'Riverside', level: 2, parentId: 'east' });
    const loop = await api('PATCH', '/api/areas/east', { parentId: 'riverside', level: 3 });
    expect(loop.status).toBe(400);
    expect(loop.body.error.details[0]).toMatchObject({
      path: 'body.parentId',
      messageCode: 'field.area_inside_itself',
      params: { name: 'Riverside' },
    });
    const self = await api('PATCH', '/api/areas/east', { parentId: 'east' });
    expect(self.status).toBe(400);
  });

  it('refuses to change the level of an area with child areas (409 at body.level)', async () => {
    const response = await api('PATCH', '/api/areas/country', { level: 1 });
    expect(response.status).toBe(409);
    expect(response.body.error.details[0]).toEqual({
      path: 'body.level',
      message: '2 child areas lie below this one; move them first, then change its level',
      messageCode: 'field.area_has_children',
      params: { count: 2 },
    });
  });

  it('answers 404 for an unknown area, and 403 to a viewer', async () => {
    expect((await api('PATCH', '/api/areas/nowhere', { name: 'X' })).status).toBe(404);
    expect((await api('DELETE', '/api/areas/nowhere')).status).toBe(404);
    const viewer = await server.userWithToken('area-viewer', 'viewer', 'strictly_confidential');
    expect((await api('POST', '/api/areas', { name: 'X', level: 1 }, viewer.token)).status).toBe(403);
  });
});

describe('delete', () => {
  it('deletes an area nothing points to, and audits it', async () => {
    const deletesBefore = await auditCount('delete', 'empty');
    await api('POST', '/api/areas', { id: 'empty', name: 'Empty', level: 2, parentId: 'east' });
    expect((await api('DELETE', '/api/areas/empty')).status).toBe(204);
    expect((await api('GET', '/api/areas/empty')).status).toBe(404);
    expect((await auditCount('delete', 'empty')) - deletesBefore).toBe(1);
  });

  it('is refused with the count of the records that point to the area, by kind', async () => {
    const response = await api('DELETE', '/api/areas/capital');
    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe(
      'This area cannot be deleted: 4 actors and 1 lead or support role point to it, counting only records you can see. Deleting an area needs it to be unused.',
    );
    expect(response.body.error.messageCode).toBe('conflict.area_in_use');
    expect(response.body.error.details).toEqual([
      { path: 'references.actors', message: '4 actors', messageCode: 'field.area_references', params: { references: 'actors', count: 4 } },
      {
        path: 'references.roles',
        message: '1 lead or support role',
        messageCode: 'field.area_references',
        params: { references: 'roles', count: 1 },
      },
    ]);
    expect(await areaCount('capital')).toBe(1);
    const parent = await api('DELETE', '/api/areas/country');
    expect(parent.body.error.details).toEqual([
      {
        path: 'references.childAreas',
        message: '2 child areas',
        messageCode: 'field.area_references',
        params: { references: 'childAreas', count: 2 },
      },
    ]);
  });

  it('counts only what the caller may see, in the same words whether or not hidden records point to it too', async () => {
    await server.count("MATCH (a:Actor {id: 'party'}) SET a.sensitivity = 'strictly_confidential' RETURN count(a)");
    const internal = await server.userWithToken('area-internal', 'analyst', 'internal');
    const response = await api('DELETE', '/api/areas/east', undefined, internal.token);
    expect(response.status).toBe(409);
    // east: cso-b and party based there, un and donor active there; party is hidden from this analyst.
    expect(response.body.error.details).toEqual([
      { path: 'references.actors', message: '3 actors', messageCode: 'field.area_references', params: { references: 'actors', count: 3 } },
    ]);
    expect(response.body.error.message).toBe(
      'This area cannot be deleted: 3 actors point to it, counting only records you can see. Deleting an area needs it to be unused.',
    );
    expect(JSON.stringify(response.body)).not.toMatch(/\b4\b|\b1\b/);
    const cleared = await api('DELETE', '/api/areas/east');
    expect(cleared.body.error.details).toEqual([
      { path: 'references.actors', message: '4 actors', messageCode: 'field.area_references', params: { references: 'actors', count: 4 } },
    ]);
  });

  it('counts engagements held in the area and mechanisms covering it', async () => {
    await api('POST', '/api/areas', { id: 'lone', name: 'Lone', level: 2, parentId: 'east' });
    await server.count(
      "MATCH (lone:AdminArea {id: 'lone'}), (un:Actor {id: 'un'}) CREATE (g:Engagement {id: 'g1', date: '2026-01-01', sensitivity: 'internal'})-[:HELD_IN]->(lone), (un)-[:PARTICIPATED_IN]->(g), (m:CoordinationMechanism {id: 'm1', name: 'Cluster', kind: 'cluster'})-[:COVERS_AREA]->(lone), (un)-[:MEMBER_OF]->(m) RETURN count(*)",
    );
    const response = await api('DELETE', '/api/areas/lone');
    expect(response.body.error.details).toEqual([
      {
        path: 'references.engagements',
        message: '1 engagement',
        messageCode: 'field.area_references',
        params: { references: 'engagements', count: 1 },
      },
      {
        path: 'references.mechanisms',
        message: '1 coordination mechanism',
        messageCode: 'field.area_references',
        params: { references: 'mechanisms', count: 1 },
      },
    ]);
  });
});

describe('areas named by a grant', () => {
  it('are changed only by an administrator, and not deleted while the grant stands', async () => {
    await server.userWithToken('east-granted', 'viewer', 'public', [{ scope: 'area', targetId: 'east' }]);
    const admin = await server.userWithToken('area-admin', 'administrator', 'confidential');
    const byAnalyst = await api('PATCH', '/api/areas/east', { name: 'Renamed' });
    expect(byAnalyst.status).toBe(403);
    expect(byAnalyst.body.error.message).toBe('Access grants name this area, so only an administrator may change or delete it');
    expect((await api('DELETE', '/api/areas/east')).status).toBe(403);
    const byAdmin = await api('PATCH', '/api/areas/east', { name: 'Renamed' }, admin.token);
    expect(byAdmin.status).toBe(200);
    const deleted = await api('DELETE', '/api/areas/east', undefined, admin.token);
    expect(deleted.status).toBe(409);
    expect(deleted.body.error.details).toContainEqual({
      path: 'references.grants',
      message: '1 access grant',
      messageCode: 'field.area_references',
      params: { references: 'grants', count: 1 },
    });
  });
});

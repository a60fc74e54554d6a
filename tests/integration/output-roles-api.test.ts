/**
 * /api/output-roles against the real Neo4j: create, edit, delete, need to know (a role of a hidden
 * actor neither lists nor closes a gap for the viewer), bad input located at its field, audit in
 * the write's transaction, and the demo's planted gap closing and reopening.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { DEMO_PATTERNS } from '../../server/seed/demo-scenario.js';
import { analysis, failingFields, resetWith } from '../support/analysis-api.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { seedDemo } from '../support/demo-snapshot.js';

// Each test makes several writes and analyses; on the shared 2-core machine that can take a minute.
vi.setConfig({ testTimeout: 120_000 });

const server = useTestServer();
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const gapsOf = (body: any) => body.gaps.map((cell: any) => `${cell.outputId}|${cell.areaId}`);
const auditCount = (action: string, id: string) =>
  server.count("MATCH (e:AuditEvent {action: $action, targetType: 'output role'}) WHERE $id IN e.targetIds RETURN count(e)", {
    action,
    id,
  });

describe('with the fixture', () => {
  beforeEach(() => resetWith(server, FIXTURE));

  it('gives the seeded role an id and lists it with filters', async () => {
    const all = await api('GET', '/api/output-roles');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(1);
    expect(all.body.items[0]).toMatchObject({ actorId: 'un', outputId: 'o1', role: 'lead', areaIds: ['capital'], note: '', from: null });
    expect(all.body.items[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await api('GET', '/api/output-roles?area=east')).body.total).toBe(0);
    expect((await api('GET', '/api/output-roles?actor=un&output=o1&area=capital')).body.total).toBe(1);
  });

  it('creates, edits (lead to support, dates, areas) and deletes a role, closing and reopening the gap', async () => {
    expect(gapsOf((await analysis(server, 'coordination')).body)).toEqual(['o1|east']);
    const created = await api('POST', '/api/output-roles', {
      actorId: 'donor',
      outputId: 'o1',
      role: 'lead',
      areaIds: ['east'],
      from: '2026-01-01',
      note: 'Agreed at the HCT',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      actorId: 'donor',
      outputId: 'o1',
      role: 'lead',
      areaIds: ['east'],
      from: '2026-01-01',
      to: null,
      note: 'Agreed at the HCT',
    });
    const id = created.body.id as string;
    expect(gapsOf((await analysis(server, 'coordination')).body)).toEqual([]);
    expect(await auditCount('create', id)).toBe(1);

    const changed = await api('PATCH', `/api/output-roles/${id}`, { role: 'support', to: '2026-12-31', from: null });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id, role: 'support', from: null, to: '2026-12-31', areaIds: ['east'] });
    expect(await server.count('MATCH (:Actor {id: "donor"})-[r:LEADS|SUPPORTS]->(:Output) RETURN count(r)')).toBe(1);
    expect(gapsOf((await analysis(server, 'coordination')).body)).toEqual(['o1|east']);
    expect(await auditCount('update', id)).toBe(1);

    expect((await api('DELETE', `/api/output-roles/${id}`)).status).toBe(204);
    expect((await api('GET', `/api/output-roles/${id}`)).status).toBe(404);
    expect(await auditCount('delete', id)).toBe(1);
  });

  it('is idempotent under a retried create with the same Idempotency-Key', async () => {
    const body = { actorId: 'donor', outputId: 'o1', role: 'support', areaIds: ['east'] };
    const headers = { 'idempotency-key': 'assign-donor-o1-east' };
    const first = await request(server.baseUrl, 'POST', '/api/output-roles', body, { headers });
    const second = await request(server.baseUrl, 'POST', '/api/output-roles', body, { headers });
    expect(first.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect((await api('GET', '/api/output-roles?actor=donor')).body.total).toBe(1);
  });

  it('locates bad input at its field and writes nothing', async () => {
    const before = await server.count('MATCH ()-[r:LEADS|SUPPORTS]->() RETURN count(r)');
    const invalid = await api('POST', '/api/output-roles', {
      actorId: 'donor',
      outputId: 'o1',
      role: 'chair',
      from: '2026-02-30',
      to: '2025-01-01',
      extra: 1,
    });
    expect(invalid.status).toBe(400);
    expect(failingFields(invalid.body)).toEqual(expect.arrayContaining(['body.role', 'body.from']));
    const backwards = await api('POST', '/api/output-roles', {
      actorId: 'donor',
      outputId: 'o1',
      role: 'lead',
      from: '2026-02-01',
      to: '2026-01-01',
    });
    expect(failingFields(backwards.body)).toEqual(['body.to']);
    const missing = await api('POST', '/api/output-roles', {
      actorId: 'nobody',
      outputId: 'o9',
      role: 'lead',
      areaIds: ['east', 'atlantis'],
    });
    expect(missing.status).toBe(409);
    expect(failingFields(missing.body)).toEqual(['body.actorId', 'body.outputId', 'body.areaIds']);
    const [seeded] = (await api('GET', '/api/output-roles')).body.items;
    const badPatch = await api('PATCH', `/api/output-roles/${seeded.id}`, { actorId: 'donor' });
    expect(failingFields(badPatch.body)).toContain('body.actorId');
    const badArea = await api('PATCH', `/api/output-roles/${seeded.id}`, { areaIds: ['atlantis'] });
    expect(failingFields(badArea.body)).toEqual(['body.areaIds']);
    expect(await server.count('MATCH ()-[r:LEADS|SUPPORTS]->() RETURN count(r)')).toBe(before);
  });

  it('need to know: a role of a hidden actor is neither listed, nor readable, nor counted in gaps, nor assignable', async () => {
    const secret = await api('POST', '/api/actors', {
      id: 'secret-agency',
      name: 'Quiet Partner',
      kind: 'un_entity',
      sensitivity: 'confidential',
    });
    expect(secret.status).toBe(201);
    const role = await api('POST', '/api/output-roles', { actorId: 'secret-agency', outputId: 'o1', role: 'lead', areaIds: ['east'] });
    expect(role.status).toBe(201);
    expect(gapsOf((await analysis(server, 'coordination')).body)).toEqual([]);

    const { token } = await server.userWithToken('roles-internal-analyst', 'analyst', 'internal');
    const listed = await api('GET', '/api/output-roles?output=o1', undefined, token);
    expect(listed.body.items.map((r: any) => r.actorId)).toEqual(['un']);
    expect(listed.body.total).toBe(1);
    const hidden = await api('GET', `/api/output-roles/${role.body.id}`, undefined, token);
    const absent = await api('GET', '/api/output-roles/no-such-role', undefined, token);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message.replace(role.body.id, 'X')).toBe(absent.body.error.message.replace('no-such-role', 'X'));
    const seenGaps = (await request(server.baseUrl, 'GET', '/api/analysis/coordination', undefined, { as: token })).body;
    expect(gapsOf(seenGaps)).toEqual(['o1|east']);
    // Writing about the hidden actor answers as for an absent one, at the field.
    const assign = await api('POST', '/api/output-roles', { actorId: 'secret-agency', outputId: 'o1', role: 'support' }, token);
    const assignAbsent = await api('POST', '/api/output-roles', { actorId: 'no-such-agency', outputId: 'o1', role: 'support' }, token);
    expect(assign.status).toBe(409);
    expect(failingFields(assign.body)).toEqual(['body.actorId']);
    expect(assign.body.error.message.replace('secret-agency', 'X')).toBe(assignAbsent.body.error.message.replace('no-such-agency', 'X'));
    for (const [method, body] of [
      ['PATCH', { note: 'x' }],
      ['DELETE', undefined],
    ] as const) {
      expect((await api(method, `/api/output-roles/${role.body.id}`, body, token)).status).toBe(404);
    }
    expect(await server.count('MATCH (:Actor {id: "secret-agency"})-[r:LEADS]->() RETURN count(r)')).toBe(1);
  });

  it('appears in the OpenAPI document', async () => {
    const paths = (await api('GET', '/api/openapi.json')).body.paths;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/output-roles', '/api/output-roles/{id}']));
  });
});

describe('the demo scenario', () => {
  beforeAll(async () => {
    await server.reset();
    await seedDemo(server);
  }, 120_000);

  it('closes the planted gap (return and reintegration, Eastern Marches) when a lead is assigned, and reopens it on delete', async () => {
    const gap = DEMO_PATTERNS.coverageGap;
    const planted = `${gap.outputId}|${gap.areaIdWithoutLead}`;
    expect(gapsOf((await analysis(server, 'coordination')).body)).toEqual([planted]);
    const lead = await api('POST', '/api/output-roles', {
      actorId: 'unhcr',
      outputId: gap.outputId,
      role: 'lead',
      areaIds: [gap.areaIdWithoutLead],
    });
    expect(lead.status).toBe(201);
    const closed = (await analysis(server, 'coordination')).body;
    expect(gapsOf(closed)).toEqual([]);
    const cell = closed.cells.find((c: any) => c.outputId === gap.outputId && c.areaId === gap.areaIdWithoutLead);
    expect(cell.leads.map((l: any) => l.id)).toEqual(['unhcr']);
    expect((await api('DELETE', `/api/output-roles/${lead.body.id}`)).status).toBe(204);
    expect(gapsOf((await analysis(server, 'coordination')).body)).toEqual([planted]);
  });
});

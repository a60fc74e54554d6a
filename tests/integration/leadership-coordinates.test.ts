/**
 * Mission leadership closes a coordination gap itself (issue 12: "MLT can close a gap from the
 * grid"): the `coordinate` permission writes lead and support roles, mechanisms and benchmark
 * status, and nothing else; actors, ties, engagements and stances stay with analysts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer({ reset: 'once' });
const run = Math.random().toString(36).slice(2, 8);
let leadership: { as: string };
let viewer: { as: string };

beforeAll(async () => {
  await loadDataset(server.db, FIXTURE);
  leadership = { as: (await server.userWithToken(`lc-mlt-${run}`, 'leadership', 'internal')).token };
  viewer = { as: (await server.userWithToken(`lc-viewer-${run}`, 'viewer', 'internal')).token };
});

const api = (method: string, path: string, body: unknown, as: { as: string }) => request(server.baseUrl, method, path, body, as);

describe('leadership coordinates', () => {
  it('assigns a lead, changes it and removes it; a viewer may not', async () => {
    const role = { actorId: 'un', outputId: 'o1', role: 'lead', areaIds: ['east'] };
    expect((await api('POST', '/api/output-roles', role, viewer)).status).toBe(403);
    const created = await api('POST', '/api/output-roles', role, leadership);
    expect(created.status).toBe(201);
    expect((await api('PATCH', `/api/output-roles/${created.body.id}`, { note: 'agreed at the PMT' }, leadership)).status).toBe(200);
    expect((await api('DELETE', `/api/output-roles/${created.body.id}`, undefined, leadership)).status).toBe(204);
  });

  it('creates a coordination mechanism and sets a benchmark status', async () => {
    const mechanism = await api('POST', '/api/mechanisms', { name: 'East working group', kind: 'cluster', memberIds: ['un'] }, leadership);
    expect(mechanism.status).toBe(201);
    const set = await api('PATCH', '/api/outputs/o1/benchmarks/o1-bm-1', { status: 'at_risk' }, leadership);
    expect(set.status).toBe(200);
    expect(set.body.status).toBe('at_risk');
    expect((await api('PATCH', '/api/outputs/o1/benchmarks/o1-bm-1', { status: 'met' }, viewer)).status).toBe(403);
    expect((await api('POST', '/api/mechanisms', { name: 'X', kind: 'cluster', memberIds: ['un'] }, viewer)).status).toBe(403);
  });

  it('does not change actors, ties, engagements or stances', async () => {
    expect((await api('POST', '/api/actors', { name: 'New body', kind: 'civil_society' }, leadership)).status).toBe(403);
    expect((await api('PATCH', '/api/actors/un', { description: 'x' }, leadership)).status).toBe(403);
    expect((await api('POST', '/api/outputs/o1/stances', { actorId: 'un', stance: 'contributes_to' }, leadership)).status).toBe(403);
    const me = (await request(server.baseUrl, 'GET', '/api/auth/me', undefined, leadership)).body;
    expect(me.permissions).toEqual(['read', 'coordinate', 'analyse', 'export']);
  });
});

/**
 * Revert for mechanisms and claims (issue 14), through the same machinery as engagements and roles:
 * an earlier version restored as a new version ('revert'), audited, by the rules of the record's
 * PATCH (a mechanism's members the caller may not see are kept; a claim's grade moves in the same
 * write), a version the caller may not see answered as absent, and the routes in the OpenAPI document.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'once' });
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const ok = async (method: string, path: string, body?: unknown, as?: string) => {
  const response = await api(method, path, body, as);
  expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
  return response.body;
};
const revertAudits = (targetType: string, id: string) =>
  server.count(
    "MATCH (e:AuditEvent {action: 'update'}) WHERE e.targetType = $targetType AND $id IN e.targetIds AND e.detail CONTAINS 'revert' RETURN count(e)",
    { targetType, id },
  );

let internal: string;

beforeAll(async () => {
  await loadDataset(server.db, FIXTURE);
  await api('PATCH', '/api/actors/donor', { sensitivity: 'strictly_confidential' });
  internal = (await server.userWithToken('revert-internal', 'analyst', 'internal')).token;
});

describe('mechanism revert', () => {
  it('restores an earlier version as a new version, audited, keeping the members the caller may not see', async () => {
    const { id } = await ok('POST', '/api/mechanisms', { name: 'Water cluster', kind: 'cluster', memberIds: ['donor', 'un', 'gov'] });
    await ok('PATCH', `/api/mechanisms/${id}`, { name: 'Water and sanitation', memberIds: ['donor', 'un'], chairId: 'un' });
    // The internal coordinator sees the first version without the donor, and restores it.
    const history = await ok('GET', `/api/mechanisms/${id}/history`, undefined, internal);
    const first = history.items.find((item: { op: string }) => item.op === 'create');
    expect(first.after.memberIds).toEqual(['gov', 'un']);
    const reverted = await ok('POST', `/api/mechanisms/${id}/revert`, { versionId: first.versionId }, internal);
    expect(reverted).toMatchObject({ name: 'Water cluster', chairId: null });
    expect([...reverted.memberIds].sort()).toEqual(['gov', 'un']);
    // The donor, hidden from them, is still a member: a revert loses nothing the caller could not see.
    const full = await ok('GET', `/api/mechanisms/${id}`);
    expect([...full.memberIds].sort()).toEqual(['donor', 'gov', 'un']);
    const latest = (await ok('GET', `/api/mechanisms/${id}/history`)).items[0];
    expect(latest).toMatchObject({ op: 'revert', after: { name: 'Water cluster' } });
    expect(await revertAudits('mechanism', id)).toBe(1);
  });

  it('answers 404 for a version the caller may not see, and 403 to a role that may not coordinate', async () => {
    const { id } = await ok('POST', '/api/mechanisms', { name: 'Donor group', kind: 'donor_group', memberIds: ['donor'] });
    await ok('PATCH', `/api/mechanisms/${id}`, { memberIds: ['donor', 'un'] });
    const created = (await ok('GET', `/api/mechanisms/${id}/history`)).items.at(-1);
    expect((await api('POST', `/api/mechanisms/${id}/revert`, { versionId: created.versionId }, internal)).status).toBe(404);
    const analyst = (await server.userWithToken('revert-analyst', 'viewer', 'strictly_confidential')).token;
    expect((await api('POST', `/api/mechanisms/${id}/revert`, { versionId: created.versionId }, analyst)).status).toBe(403);
  });
});

describe('claim revert', () => {
  it('restores what a claim said as a new version, audited, and the grade follows in the same write', async () => {
    const sources = [];
    for (const reliability of ['A', 'B'])
      sources.push(await ok('POST', '/api/sources', { title: `Report ${reliability}`, kind: 'report', reliability }));
    const claim = await ok('POST', '/api/claims', { sourceId: sources[0].id, tieId: 't-coop', exists: true, note: 'Seen together' });
    await ok('POST', '/api/claims', { sourceId: sources[1].id, tieId: 't-coop', exists: true });
    const grade = async () => (await ok('GET', '/api/ties/t-coop')).evidence.grade;
    expect(await grade()).toBe('corroborated');
    await ok('PATCH', `/api/claims/${claim.id}`, { exists: false, note: 'Denied' });
    expect(await grade()).toBe('contested');

    const created = (await ok('GET', `/api/claims/${claim.id}/history`)).items.at(-1);
    const reverted = await ok('POST', `/api/claims/${claim.id}/revert`, { versionId: created.versionId });
    expect(reverted).toMatchObject({ exists: true, note: 'Seen together', sourceId: sources[0].id, tieId: 't-coop' });
    expect(await grade()).toBe('corroborated');
    expect((await ok('GET', `/api/claims/${claim.id}/history`)).items[0]).toMatchObject({ op: 'revert', after: { exists: true } });
    expect(await revertAudits('claim', claim.id)).toBe(1);
  });

  it('answers 404 for a claim whose source the caller may not see', async () => {
    const source = await ok('POST', '/api/sources', { title: 'Informant', kind: 'key_informant', sensitivity: 'confidential' });
    const claim = await ok('POST', '/api/claims', { sourceId: source.id, actorId: 'gov', attribute: 'stance', value: 1 });
    await ok('PATCH', `/api/claims/${claim.id}`, { value: -1 });
    const created = (await ok('GET', `/api/claims/${claim.id}/history`)).items.at(-1);
    expect((await api('POST', `/api/claims/${claim.id}/revert`, { versionId: created.versionId }, internal)).status).toBe(404);
    const reverted = await ok('POST', `/api/claims/${claim.id}/revert`, { versionId: created.versionId });
    expect(reverted.value).toBe(1);
  });

  it('answers 409 for a version the present rules refuse, and leaves the claim as it is', async () => {
    const source = await ok('POST', '/api/sources', { title: 'Old report', kind: 'report', reliability: 'C' });
    const claim = await ok('POST', '/api/claims', { sourceId: source.id, tieId: 't-coop', exists: true, note: 'First' });
    await ok('PATCH', `/api/claims/${claim.id}`, { note: 'Second' });
    const created = (await ok('GET', `/api/claims/${claim.id}/history`)).items.at(-1);
    // A version written under older rules: a credibility grade today's scale does not have.
    const tampered = await server.count(
      "MATCH (v:Version {recordKind: 'claim', versionId: $versionId}) SET v.credibility = 9 RETURN count(v)",
      { versionId: created.versionId },
    );
    expect(tampered).toBe(1);
    const refused = await api('POST', `/api/claims/${claim.id}/revert`, { versionId: created.versionId });
    expect(refused.status).toBe(409);
    expect(refused.body.error.messageCode).toBe('conflict.version_not_restorable');
    expect(await ok('GET', `/api/claims/${claim.id}`)).toMatchObject({ note: 'Second', exists: true });
  });

  it('both routes are in the OpenAPI document', async () => {
    const paths = Object.keys((await ok('GET', '/api/openapi.json')).paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/mechanisms/{id}/revert', '/api/claims/{id}/revert']));
  });
});

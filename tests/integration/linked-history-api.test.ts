/**
 * History of engagements, output roles, mechanisms, areas and claims (issue 14), read side: the
 * history endpoints newest first with who and which fields, need to know on each version (hidden =
 * absent, withheld fields withheld, unseen changes not listed nor counted), and revert.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'once' });
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });

let internal: string;
let viewer: string;

beforeAll(async () => {
  await loadDataset(server.db, FIXTURE);
  await api('POST', '/api/actors', { id: 'section', name: 'Civil Affairs', kind: 'mission_component', basedIn: ['capital'] });
  await api('PATCH', '/api/actors/donor', { sensitivity: 'strictly_confidential' });
  internal = (await server.userWithToken('linked-internal', 'analyst', 'internal')).token;
  viewer = (await server.userWithToken('linked-viewer', 'viewer', 'strictly_confidential')).token;
});

const engagement = (fields: Record<string, unknown> = {}) => ({
  date: '2026-03-01',
  sectionId: 'section',
  actorIds: ['gov'],
  format: 'meeting',
  areaId: 'capital',
  summary: 'What was said',
  ...fields,
});

describe('engagement history', () => {
  it('newest first, with who, the fields changed, before and after; the summary withheld from roles without it', async () => {
    const { id } = (await api('POST', '/api/engagements', engagement())).body;
    await api('PATCH', `/api/engagements/${id}`, { format: 'workshop', summary: 'Said more' });
    const history = await api('GET', `/api/engagements/${id}/history`);
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({ recordId: id, kind: 'engagement', total: 2 });
    const [change, created] = history.body.items;
    expect(change).toMatchObject({ op: 'update', by: { name: 'test-analyst' }, before: { format: 'meeting', summary: 'What was said' } });
    expect([...change.changed].sort()).toEqual(['format', 'summary']);
    expect(change.after).toEqual({ format: 'workshop', summary: 'Said more' });
    expect(created).toMatchObject({ op: 'create', before: null });
    const seen = await api('GET', `/api/engagements/${id}/history`, undefined, viewer);
    expect(seen.body.items[0].changed).toEqual(['format']);
    expect(JSON.stringify(seen.body)).not.toContain('Said');
  });

  it('a hidden engagement has no history (as absent); a change only to hidden participants is neither listed nor counted', async () => {
    const secret = (await api('POST', '/api/engagements', engagement({ sensitivity: 'confidential' }))).body.id;
    const hidden = await api('GET', `/api/engagements/${secret}/history`, undefined, internal);
    const absent = await api('GET', '/api/engagements/no-such-engagement/history', undefined, internal);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message).toBe(absent.body.error.message.replace('no-such-engagement', secret));

    const { id } = (await api('POST', '/api/engagements', engagement())).body;
    await api('PATCH', `/api/engagements/${id}`, { actorIds: ['gov', 'donor'] });
    await api('PATCH', `/api/engagements/${id}`, { format: 'consultation' });
    expect((await api('GET', `/api/engagements/${id}/history`)).body.total).toBe(3);
    const seen = await api('GET', `/api/engagements/${id}/history`, undefined, internal);
    expect(seen.body.total).toBe(2);
    expect(seen.body.items.map((item: { changed: string[] }) => item.changed)).toEqual([['format'], expect.any(Array)]);
    expect(JSON.stringify(seen.body)).not.toContain('donor');
  });

  it('revert restores an earlier version as a new version, audited; a hidden version is absent', async () => {
    const { id } = (await api('POST', '/api/engagements', engagement())).body;
    await api('PATCH', `/api/engagements/${id}`, { areaId: 'east', format: 'field_visit' });
    const [, original] = (await api('GET', `/api/engagements/${id}/history`)).body.items;
    const reverted = await api('POST', `/api/engagements/${id}/revert`, { versionId: original.versionId });
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ areaId: 'capital', format: 'meeting' });
    const [latest] = (await api('GET', `/api/engagements/${id}/history`)).body.items;
    expect(latest).toMatchObject({ op: 'revert', after: { areaId: 'capital', format: 'meeting' } });
    expect(
      await server.count(
        "MATCH (e:AuditEvent {action: 'update', targetType: 'engagement'}) WHERE $id IN e.targetIds AND e.detail CONTAINS 'revert' RETURN count(e)",
        { id },
      ),
    ).toBe(1);
    const missing = await api('POST', `/api/engagements/${id}/revert`, { versionId: 'no-such-version' });
    expect(missing.status).toBe(404);
  });
});

describe('roles, mechanisms, areas and claims', () => {
  it('a role: its history and revert; a role of a hidden actor has none', async () => {
    const { id } = (await api('POST', '/api/output-roles', { actorId: 'cso-a', outputId: 'o1', role: 'support', note: 'First' })).body;
    await api('PATCH', `/api/output-roles/${id}`, { role: 'lead', note: 'Second' });
    const history = await api('GET', `/api/output-roles/${id}/history`);
    expect(history.body.total).toBe(2);
    expect([...history.body.items[0].changed].sort()).toEqual(['note', 'role']);
    expect(history.body.items[0].before).toEqual({ role: 'support', note: 'First' });
    const reverted = await api('POST', `/api/output-roles/${id}/revert`, { versionId: history.body.items[1].versionId });
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ role: 'support', note: 'First' });
    expect((await api('GET', `/api/output-roles/${id}/history`)).body.items[0].op).toBe('revert');

    const donorRole = (await api('POST', '/api/output-roles', { actorId: 'donor', outputId: 'o1', role: 'support' })).body.id;
    expect((await api('GET', `/api/output-roles/${donorRole}/history`, undefined, internal)).status).toBe(404);
  });

  it('a mechanism lists only the members visible then; an area’s history is everyone’s; a deleted area keeps it', async () => {
    const { id } = (await api('POST', '/api/mechanisms', { name: 'Donor group', kind: 'donor_group', memberIds: ['donor'] })).body;
    expect((await api('GET', `/api/mechanisms/${id}/history`, undefined, internal)).status).toBe(404);
    await api('PATCH', `/api/mechanisms/${id}`, { memberIds: ['donor', 'un'], chairId: 'un' });
    const seen = await api('GET', `/api/mechanisms/${id}/history`, undefined, internal);
    expect(seen.body.total).toBe(1);
    expect(seen.body.items[0].after.memberIds).toEqual(['un']);

    await api('POST', '/api/areas', { id: 'south', name: 'South', level: 1, pcode: 'TT09' });
    await api('PATCH', '/api/areas/south', { name: 'South Province' });
    await api('DELETE', '/api/areas/south');
    const area = await api('GET', '/api/areas/south/history', undefined, viewer);
    expect(area.status).toBe(200);
    expect(area.body.items.map((item: { op: string }) => item.op)).toEqual(['delete', 'update', 'create']);
    expect(area.body.items[1]).toMatchObject({ changed: ['name'], before: { name: 'South' }, after: { name: 'South Province' } });
  });

  it('a claim’s history: 403 for roles without sources, hidden with its source', async () => {
    const source = (await api('POST', '/api/sources', { title: 'Informant', kind: 'key_informant', sensitivity: 'confidential' })).body;
    const claim = (await api('POST', '/api/claims', { sourceId: source.id, actorId: 'gov', attribute: 'stance', value: 1 })).body;
    await api('PATCH', `/api/claims/${claim.id}`, { value: -1 });
    const history = await api('GET', `/api/claims/${claim.id}/history`);
    expect(history.body.items[0]).toMatchObject({ changed: ['value'], before: { value: 1 }, after: { value: -1 } });
    expect((await api('GET', `/api/claims/${claim.id}/history`, undefined, viewer)).status).toBe(403);
    expect((await api('GET', `/api/claims/${claim.id}/history`, undefined, internal)).status).toBe(404);
  });

  it('the history endpoints are in the OpenAPI document', async () => {
    const paths = Object.keys((await api('GET', '/api/openapi.json')).body.paths);
    for (const path of ['engagements', 'output-roles', 'mechanisms', 'areas', 'claims'])
      expect(paths).toContain(`/api/${path}/{id}/history`);
    expect(paths).toEqual(expect.arrayContaining(['/api/engagements/{id}/revert', '/api/output-roles/{id}/revert']));
  });
});

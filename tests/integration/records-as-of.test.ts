/**
 * Output roles, engagements, mechanisms and areas as of a date (issue 14): the readers of
 * server/history/records-as-of.ts, with need to know as it was, and the map's output filter on a
 * past date, which they make possible.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../server/access/viewer.js';
import { areasAsOf, engagementsAsOf, mechanismsAsOf, outputRolesAsOf } from '../../server/history/records-as-of.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'once' });
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
const cleared: Viewer = { userId: 'test', role: 'analyst', clearance: 'strictly_confidential', grants: [] };
const internalViewer: Viewer = { userId: 'test', role: 'viewer', clearance: 'internal', grants: [] };

let before: number;
let engagementId: string;
let mechanismId: string;

beforeAll(async () => {
  await loadDataset(server.db, FIXTURE);
  await api('POST', '/api/actors', { id: 'section', name: 'Civil Affairs', kind: 'mission_component', basedIn: ['capital'] });
  await api('PATCH', '/api/actors/donor', { sensitivity: 'strictly_confidential' });
  engagementId = (
    await api('POST', '/api/engagements', {
      date: '2026-03-01',
      sectionId: 'section',
      actorIds: ['gov', 'donor'],
      format: 'meeting',
      areaId: 'capital',
      summary: 'Said then',
    })
  ).body.id;
  mechanismId = (await api('POST', '/api/mechanisms', { name: 'Peace forum', kind: 'other', memberIds: ['gov', 'donor'] })).body.id;
  await tick();
  before = Date.now();
  await tick();
  // After `before`: a new lead, the old lead's role gone, the engagement moved, the mechanism renamed, an area added.
  await api('POST', '/api/output-roles', { actorId: 'cso-a', outputId: 'o1', role: 'lead' });
  const [unRole] = (await api('GET', '/api/output-roles?actor=un')).body.items;
  await api('DELETE', `/api/output-roles/${unRole.id}`);
  await api('PATCH', `/api/engagements/${engagementId}`, { areaId: 'east', summary: 'Said now' });
  await api('PATCH', `/api/mechanisms/${mechanismId}`, { name: 'Peace Forum (renamed)' });
  await api('POST', '/api/areas', { id: 'north', name: 'North', level: 1, pcode: 'TT03' });
});

describe('records as of a date', () => {
  it('roles, engagements, mechanisms and areas as they were, in the present-day shapes', async () => {
    const roles = await outputRolesAsOf(server.db, cleared, before, { outputId: 'o1' });
    expect(roles.map((role) => [role.actorId, role.role, role.areaIds])).toEqual([['un', 'lead', ['capital']]]);
    expect((await outputRolesAsOf(server.db, cleared, Date.now(), { outputId: 'o1' })).map((role) => role.actorId)).toEqual(['cso-a']);

    const [engagement] = await engagementsAsOf(server.db, cleared, before);
    expect(engagement).toMatchObject({
      id: engagementId,
      areaId: 'capital',
      summary: 'Said then',
      actorIds: ['donor', 'gov'],
      sectionId: 'section',
    });
    expect(await engagementsAsOf(server.db, cleared, before, { areas: ['east'] })).toEqual([]);

    expect((await mechanismsAsOf(server.db, cleared, before)).map((mechanism) => mechanism.name)).toEqual(['Peace forum']);
    expect((await areasAsOf(server.db, before)).map((area) => area.id)).toEqual(['capital', 'east']);
    expect((await areasAsOf(server.db, Date.now())).map((area) => area.id)).toEqual(['capital', 'east', 'north']);
  });

  it('need to know as it was: hidden participants and members left out, the summary withheld', async () => {
    const [engagement] = await engagementsAsOf(server.db, internalViewer, before);
    expect(engagement?.actorIds).toEqual(['gov']);
    expect(engagement?.summary).toBeUndefined();
    expect((await mechanismsAsOf(server.db, internalViewer, before))[0]?.memberIds).toEqual(['gov']);
    const donorRole = (await api('POST', '/api/output-roles', { actorId: 'donor', outputId: 'o1', role: 'support' })).body.id;
    expect((await outputRolesAsOf(server.db, internalViewer, Date.now())).map((role) => role.id)).not.toContain(donorRole);
    expect((await outputRolesAsOf(server.db, cleared, Date.now())).map((role) => role.id)).toContain(donorRole);
  });

  it('the map’s output filter on a past date shows the actors that led or supported the output then', async () => {
    const ids = (body: { nodes: { data: { id: string } }[] }) => body.nodes.map((node) => node.data.id).sort();
    const past = await api('GET', `/api/graph?output=o1&asOf=${encodeURIComponent(new Date(before).toISOString())}`);
    expect(past.status).toBe(200);
    expect(ids(past.body)).toEqual(['un']);
    const now = await api('GET', `/api/graph?output=o1&asOf=${encodeURIComponent(new Date().toISOString())}`);
    expect(ids(now.body)).toEqual(expect.arrayContaining(['cso-a']));
    expect(ids(now.body)).not.toContain('un');
  });
});

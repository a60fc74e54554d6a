/**
 * History of engagements, output roles, mechanisms, areas and claims (issue 14), write side: every
 * create, update and delete writes or closes its version in the transaction of the change, and the
 * start-up baseline brings them up to date idempotently.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.js';
import { recordHistoryBaseline } from '../../server/history/baseline.js';
import { OPEN_END } from '../../server/history/versions.js';
import { createLogger } from '../../server/logger.js';
import { CLIENT_DIR } from '../../server/runtime.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { testNeo4j } from '../support/test-neo4j.js';
import { beforeEachWriteQuery } from '../support/write-query-hook.js';

// Each test makes a dozen writes with their versions and claims: 30 s ran out once on a loaded machine.
vi.setConfig({ testTimeout: 90_000 });

const server = useTestServer({ reset: 'once' });
const api = (method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, body, {});

interface VersionRow {
  op: string;
  changed: string[];
  open: boolean;
  endOp: string | null;
  state: Record<string, unknown>;
}

/** The versions of one record, oldest first. */
async function versions(kind: string, id: string): Promise<VersionRow[]> {
  const { default: neo4j } = await import('neo4j-driver');
  const settings = testNeo4j();
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(
      `MATCH (v:Version {recordKind: $kind, recordId: $id})
       RETURN v.op AS op, v.changed AS changed, v.versionTo = $openEnd AS open, v.endOp AS endOp, properties(v) AS state
       ORDER BY v.versionFrom, v.versionTo`,
      { kind, id, openEnd: OPEN_END },
    );
    return records.map((record) => record.toObject() as unknown as VersionRow);
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  await loadDataset(server.db, FIXTURE);
  expect(
    (await api('POST', '/api/actors', { id: 'section', name: 'Civil Affairs', kind: 'mission_component', basedIn: ['capital'] })).status,
  ).toBe(201);
});

describe('versions written with each write', () => {
  it('a dataset load versions its areas and roles; the baseline after it writes nothing', async () => {
    expect((await versions('area', 'capital')).map((v) => [v.op, v.state.parentId ?? null, v.state.isCapital])).toEqual([
      ['import', null, true],
    ]);
    const [role] = await versions('role', (await api('GET', '/api/output-roles?actor=un')).body.items[0].id);
    expect(role?.state).toMatchObject({ relationshipType: 'LEADS', actorId: 'un', outputId: 'o1', areaIds: ['capital'] });
    const before = await server.count('MATCH (v:Version) RETURN count(v)');
    await recordHistoryBaseline(server.db);
    expect(await server.count('MATCH (v:Version) RETURN count(v)')).toBe(before);
  });

  it('an engagement: its links as sorted ids, each change a version naming its fields, its delete closing the last', async () => {
    const created = await api('POST', '/api/engagements', {
      date: '2026-03-01',
      sectionId: 'section',
      actorIds: ['gov', 'cso-a'],
      format: 'meeting',
      areaId: 'capital',
      outputIds: ['o1'],
      summary: 'Talked',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await api('PATCH', `/api/engagements/${id}`, { areaId: 'east', actorIds: ['cso-b', 'gov'] })).status).toBe(200);
    // A write that changes nothing writes no version.
    expect((await api('PATCH', `/api/engagements/${id}`, { areaId: 'east' })).status).toBe(200);
    const [first, second] = await versions('engagement', id);
    expect(first?.state).toMatchObject({
      sectionId: 'section',
      areaId: 'capital',
      actorIds: ['cso-a', 'gov'],
      outputIds: ['o1'],
      areaIds: ['capital'],
    });
    expect(first?.state.id).toBeUndefined();
    expect(first?.state.writeToken).toBeUndefined();
    expect(second).toMatchObject({ op: 'update', open: true });
    expect([...second!.changed].sort()).toEqual(['actorIds', 'areaId']);
    expect(second?.state).toMatchObject({ areaId: 'east', actorIds: ['cso-b', 'gov'], areaIds: ['east'] });
    expect((await api('DELETE', `/api/engagements/${id}`)).status).toBe(204);
    expect((await versions('engagement', id)).map((v) => [v.op, v.open, v.endOp])).toEqual([
      ['create', false, null],
      ['update', false, 'delete'],
    ]);
  });

  it('a role: a retype is a change of relationshipType, its areas a field; its delete closes it', async () => {
    const created = await api('POST', '/api/output-roles', { actorId: 'cso-a', outputId: 'o1', role: 'support', areaIds: [] });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await api('PATCH', `/api/output-roles/${id}`, { role: 'lead', areaIds: ['east'] })).status).toBe(200);
    const [, retyped] = await versions('role', id);
    expect([...retyped!.changed].sort()).toEqual(['areaIds', 'relationshipType']);
    expect(retyped?.state).toMatchObject({ relationshipType: 'LEADS', actorId: 'cso-a', outputId: 'o1', areaIds: ['east'] });
    expect((await api('DELETE', `/api/output-roles/${id}`)).status).toBe(204);
    expect((await versions('role', id)).at(-1)).toMatchObject({ open: false, endOp: 'delete' });
  });

  it('a mechanism, an area and a claim get their versions too', async () => {
    const mechanism = await api('POST', '/api/mechanisms', {
      name: 'Protection cluster',
      kind: 'cluster',
      memberIds: ['un', 'gov'],
      chairId: 'un',
    });
    expect(mechanism.status).toBe(201);
    await api('PATCH', `/api/mechanisms/${mechanism.body.id}`, { name: 'Protection Cluster', areaIds: ['east'] });
    const mechanismVersions = await versions('mechanism', mechanism.body.id);
    expect(mechanismVersions[0]?.state).toMatchObject({ memberIds: ['gov', 'un'], chairId: 'un', areaIds: [], outputIds: [] });
    expect([...mechanismVersions[1]!.changed].sort()).toEqual(['areaIds', 'name']);

    expect((await api('POST', '/api/areas', { id: 'north', name: 'North', level: 1, pcode: 'TT03' })).status).toBe(201);
    expect((await api('PATCH', '/api/areas/north', { name: 'North Province' })).status).toBe(200);
    expect((await api('DELETE', '/api/areas/north')).status).toBe(204);
    expect((await versions('area', 'north')).map((v) => [v.op, v.changed, v.endOp])).toEqual([
      ['create', expect.arrayContaining(['name', 'pcode']), null],
      ['update', ['name'], 'delete'],
    ]);

    const source = await api('POST', '/api/sources', { title: 'Field report', kind: 'report' });
    expect(source.status).toBe(201);
    const claim = await api('POST', '/api/claims', { sourceId: source.body.id, actorId: 'cso-a', attribute: 'stance', value: -1 });
    expect(claim.status).toBe(201);
    await api('PATCH', `/api/claims/${claim.body.id}`, { credibility: 2 });
    const [firstClaim, secondClaim] = await versions('claim', claim.body.id);
    expect(firstClaim?.state).toMatchObject({ fromSourceId: source.body.id, actorId: 'cso-a', attribute: 'stance', value: -1 });
    expect(secondClaim?.changed).toEqual(['credibility']);
    // Deleting the source deletes its claims: their versions close.
    expect((await api('DELETE', `/api/sources/${source.body.id}`)).status).toBe(204);
    expect((await versions('claim', claim.body.id)).at(-1)).toMatchObject({ open: false, endOp: 'delete' });
  });

  it('deleting an actor closes its roles and versions the engagements and mechanisms it leaves', async () => {
    await api('POST', '/api/actors', { id: 'leaving', name: 'Leaving Org', kind: 'civil_society', basedIn: ['east'] });
    const role = await api('POST', '/api/output-roles', { actorId: 'leaving', outputId: 'o1', role: 'support' });
    const engagement = await api('POST', '/api/engagements', {
      date: '2026-03-02',
      sectionId: 'section',
      actorIds: ['leaving', 'cso-b'],
      format: 'meeting',
      areaId: 'east',
    });
    const mechanism = await api('POST', '/api/mechanisms', { name: 'Youth forum', kind: 'other', memberIds: ['leaving', 'cso-b'] });
    expect((await api('DELETE', '/api/actors/leaving')).status).toBe(204);
    expect((await versions('role', role.body.id)).at(-1)).toMatchObject({ open: false, endOp: 'delete' });
    expect((await versions('engagement', engagement.body.id)).at(-1)).toMatchObject({ open: true, changed: ['actorIds'] });
    expect((await versions('engagement', engagement.body.id)).at(-1)?.state.actorIds).toEqual(['cso-b']);
    expect((await versions('mechanism', mechanism.body.id)).at(-1)?.state.memberIds).toEqual(['cso-b']);
  });

  it('the baseline versions what a path without history wrote, once', async () => {
    const [engagement] = (await api('GET', '/api/engagements')).body.items;
    const before = (await versions('engagement', engagement.id)).length;
    await server.count('MATCH (g:Engagement {id: $id}) SET g.summary = "Written outside the stores" RETURN count(g)', {
      id: engagement.id,
    });
    await recordHistoryBaseline(server.db);
    await recordHistoryBaseline(server.db);
    const after = await versions('engagement', engagement.id);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ op: 'baseline', changed: ['summary'] });
  });
});

describe('in the same transaction as the change', () => {
  it('a fault at the version leaves neither the change nor the version', async () => {
    const failing = [
      'history/record-engagement-versions',
      'history/record-role-versions',
      'history/record-area-versions',
      'history/close-versions',
    ];
    const faulty = beforeEachWriteQuery(server.db, (name) => {
      if (failing.includes(name)) throw new Error(`injected fault before ${name}`);
    });
    const app = createApp({ db: faulty, logger: createLogger('silent'), clientDir: CLIENT_DIR });
    const listening: Server = await new Promise((resolve) => {
      const started = app.listen(0, '127.0.0.1', () => resolve(started));
    });
    const baseUrl = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    const [role] = (await api('GET', '/api/output-roles?actor=un')).body.items;
    const rolesBefore = (await versions('role', role.id)).length;
    try {
      expect((await request(baseUrl, 'PATCH', '/api/areas/east', { name: 'Changed' }, { as: server.token })).status).toBe(500);
      expect((await request(baseUrl, 'PATCH', `/api/output-roles/${role.id}`, { note: 'Changed' }, { as: server.token })).status).toBe(500);
      expect((await request(baseUrl, 'DELETE', `/api/output-roles/${role.id}`, undefined, { as: server.token })).status).toBe(500);
    } finally {
      await new Promise((resolve) => listening.close(() => resolve(undefined)));
    }
    expect((await api('GET', '/api/areas/east')).body.name).toBe('East');
    expect((await versions('area', 'east')).length).toBe(1);
    expect((await api('GET', `/api/output-roles/${role.id}`)).body.note).toBe('');
    expect(await versions('role', role.id)).toHaveLength(rolesBefore);
    expect((await versions('role', role.id)).at(-1)?.open).toBe(true);
  });
});

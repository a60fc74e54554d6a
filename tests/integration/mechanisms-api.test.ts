/**
 * /api/mechanisms against the real Neo4j: create, edit, delete; need to know (a mechanism is
 * visible through a visible member, lists only visible members, and writes never drop or replace
 * hidden ones); bad input located at its field; audit in the write's transaction.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { failingFields, resetWith } from '../support/analysis-api.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

// Each test makes several writes; on the shared 2-core machine that can take a minute.
vi.setConfig({ testTimeout: 120_000 });

const server = useTestServer();
let internalToken: string;
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const members = (id: string) => server.count('MATCH (:Actor)-[r:MEMBER_OF]->(:CoordinationMechanism {id: $id}) RETURN count(r)', { id });

beforeAll(async () => {
  internalToken = (await server.userWithToken('mechanisms-internal-analyst', 'analyst', 'internal')).token;
});
beforeEach(async () => {
  await resetWith(server, FIXTURE);
  // A confidential member only the default (cleared) test account sees.
  expect(
    (await api('POST', '/api/actors', { id: 'quiet', name: 'Quiet Partner', kind: 'donor', sensitivity: 'confidential' })).status,
  ).toBe(201);
});

describe('/api/mechanisms', () => {
  it('creates, reads, edits and deletes a mechanism, with an audit event for each write', async () => {
    const created = await api('POST', '/api/mechanisms', {
      name: 'East protection working group',
      kind: 'cluster',
      areaIds: ['east'],
      outputIds: ['o1'],
      memberIds: ['un', 'donor'],
      chairId: 'un',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      name: 'East protection working group',
      kind: 'cluster',
      areaIds: ['east'],
      outputIds: ['o1'],
      memberIds: ['donor', 'un'],
      chairId: 'un',
    });
    expect((await api('GET', '/api/mechanisms?output=o1&area=east&actor=donor')).body.items.map((m: any) => m.id)).toEqual([id]);
    expect((await api('GET', '/api/mechanisms?area=capital')).body.total).toBe(0);

    const changed = await api('PATCH', `/api/mechanisms/${id}`, {
      name: 'Protection working group',
      areaIds: [],
      memberIds: ['donor', 'gov'],
      chairId: 'gov',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Protection working group', areaIds: [], memberIds: ['donor', 'gov'], chairId: 'gov' });
    // No areas: it covers every area.
    expect((await api('GET', '/api/mechanisms?area=capital')).body.total).toBe(1);

    expect((await api('DELETE', `/api/mechanisms/${id}`)).status).toBe(204);
    expect((await api('GET', `/api/mechanisms/${id}`)).status).toBe(404);
    for (const action of ['create', 'update', 'delete']) {
      expect(
        await server.count("MATCH (e:AuditEvent {action: $action, targetType: 'mechanism'}) WHERE $id IN e.targetIds RETURN count(e)", {
          action,
          id,
        }),
      ).toBe(1);
    }
  });

  it('locates bad input at its field and writes nothing', async () => {
    const invalid = await api('POST', '/api/mechanisms', { name: ' ', kind: 'club', memberIds: [] });
    expect(invalid.status).toBe(400);
    expect(failingFields(invalid.body)).toEqual(expect.arrayContaining(['body.name', 'body.kind', 'body.memberIds']));
    const chairOutside = await api('POST', '/api/mechanisms', { name: 'G', kind: 'other', memberIds: ['un'], chairId: 'gov' });
    expect(failingFields(chairOutside.body)).toEqual(['body.chairId']);
    const missing = await api('POST', '/api/mechanisms', {
      name: 'G',
      kind: 'other',
      memberIds: ['un', 'ghost'],
      areaIds: ['atlantis'],
      outputIds: ['o9'],
    });
    expect(missing.status).toBe(409);
    expect(failingFields(missing.body)).toEqual(['body.memberIds', 'body.areaIds', 'body.outputIds']);
    expect(await server.count('MATCH (m:CoordinationMechanism) RETURN count(m)')).toBe(0);
  });

  it('need to know: visible through a visible member; hidden members are neither listed, dropped, replaced as chair, nor deleted with it', async () => {
    const onlyHidden = (
      await api('POST', '/api/mechanisms', { name: 'Quiet donors', kind: 'donor_group', memberIds: ['quiet'], chairId: 'quiet' })
    ).body.id;
    const mixed = (
      await api('POST', '/api/mechanisms', { name: 'Donor group', kind: 'donor_group', memberIds: ['quiet', 'donor'], chairId: 'quiet' })
    ).body.id;

    const seen = await api('GET', '/api/mechanisms', undefined, internalToken);
    expect(seen.body.items.map((m: any) => [m.id, m.memberIds, m.chairId])).toEqual([[mixed, ['donor'], null]]);
    expect(seen.body.total).toBe(1);
    const hidden = await api('GET', `/api/mechanisms/${onlyHidden}`, undefined, internalToken);
    const absent = await api('GET', '/api/mechanisms/no-such-group', undefined, internalToken);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message.replace(onlyHidden, 'X')).toBe(absent.body.error.message.replace('no-such-group', 'X'));
    expect((await api('PATCH', `/api/mechanisms/${onlyHidden}`, { name: 'x' }, internalToken)).status).toBe(404);

    // Replacing the visible members keeps the hidden one.
    const patched = await api('PATCH', `/api/mechanisms/${mixed}`, { memberIds: ['donor', 'un'] }, internalToken);
    expect(patched.status).toBe(200);
    expect(patched.body.memberIds).toEqual(['donor', 'un']);
    expect(await members(mixed)).toBe(3);
    // A hidden actor named as member is missing, at the field; the hidden chair is not replaced.
    const namingHidden = await api('PATCH', `/api/mechanisms/${mixed}`, { memberIds: ['donor', 'quiet'] }, internalToken);
    expect(namingHidden.status).toBe(409);
    expect(failingFields(namingHidden.body)).toEqual(['body.memberIds']);
    expect((await api('PATCH', `/api/mechanisms/${mixed}`, { chairId: 'donor' }, internalToken)).status).toBe(409);
    // Emptying the visible members would hide the mechanism from its writer: refused.
    expect(failingFields((await api('PATCH', `/api/mechanisms/${mixed}`, { memberIds: [] }, internalToken)).body)).toEqual([
      'body.memberIds',
    ]);
    // Delete refused while a hidden member remains; the cleared account may delete it.
    const refused = await api('DELETE', `/api/mechanisms/${mixed}`, undefined, internalToken);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).not.toContain('quiet');
    expect(await members(mixed)).toBe(3);
    expect((await api('DELETE', `/api/mechanisms/${mixed}`)).status).toBe(204);
  });
});

/**
 * What an administrator may not do alone: give themselves access, give a clearance above their
 * own, read another user's import report, or open confidential records to anyone without a second
 * administrator approving a grant request.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { FIXTURES_DIR, readShared, upload } from '../support/transfers/transfer-client.js';

const server = useTestServer({ reset: 'each' });
let first: { userId: string; token: string };
let second: { userId: string; token: string };
const run = Math.random().toString(36).slice(2, 8);
const name = (base: string) => `${base}-${run}`;

beforeAll(async () => {
  first = await server.userWithToken('limits-admin-one', 'administrator', 'confidential');
  second = await server.userWithToken('limits-admin-two', 'administrator', 'internal');
});
beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { sensitivity: 'strictly_confidential' });
});

const as = (who: { token: string }) => ({ as: who.token });

describe('an administrator’s own account', () => {
  it('cannot get grants, clearance, role, status or a password from its own administrator; its name it may change', async () => {
    for (const patch of [
      { grants: [{ scope: 'actor', targetId: 'cso-b' }] },
      { grants: [{ scope: 'actor', targetId: 'gov' }] },
      { clearance: 'public' },
      { role: 'analyst' },
      { disabled: true },
      { password: 'a-password-without-the-old-one' },
    ]) {
      const response = await request(server.baseUrl, 'PATCH', `/api/users/${first.userId}`, patch, as(first));
      expect(response.status, JSON.stringify(patch)).toBe(403);
    }
    expect((await request(server.baseUrl, 'GET', `/api/users/${first.userId}`, undefined, as(first))).body.grants).toEqual([]);
    expect((await request(server.baseUrl, 'PATCH', `/api/users/${first.userId}`, { displayName: 'First admin' }, as(first))).status).toBe(
      200,
    );
    const forSelf = await request(
      server.baseUrl,
      'POST',
      '/api/grant-requests',
      { userId: first.userId, grants: [{ scope: 'actor', targetId: 'cso-b' }] },
      as(first),
    );
    expect(forSelf.status).toBe(403);
  });
});

describe('clearance', () => {
  it('no administrator gives a clearance above their own', async () => {
    const { userId } = await server.userWithToken(name('vik'), 'viewer', 'public');
    const above = await request(server.baseUrl, 'PATCH', `/api/users/${userId}`, { clearance: 'confidential' }, as(second));
    expect(above.status).toBe(403);
    expect(above.body.error.message).toMatch(/above your own/);
    const request1 = await request(server.baseUrl, 'POST', '/api/grant-requests', { userId, clearance: 'confidential' }, as(second));
    expect(request1.status).toBe(403);
    const created = await request(
      server.baseUrl,
      'POST',
      '/api/users',
      { username: name('wen'), displayName: 'W', password: 'long-enough-password', role: 'analyst', clearance: 'strictly_confidential' },
      as(first),
    );
    expect(created.status).toBe(403);
    expect((await request(server.baseUrl, 'PATCH', `/api/users/${userId}`, { clearance: 'internal' }, as(second))).status).toBe(200);
  });
});

describe('grant requests', () => {
  it('a grant that opens a strictly confidential actor stays pending until a second administrator approves it', async () => {
    const viewer = await server.userWithToken(name('xia'), 'viewer', 'internal');
    const grant = { scope: 'actor', targetId: 'cso-b' };
    const direct = await request(server.baseUrl, 'PATCH', `/api/users/${viewer.userId}`, { grants: [grant] }, as(first));
    expect(direct.status).toBe(403);
    expect(direct.body.error.message).toMatch(/grant-requests/);

    const asked = await request(server.baseUrl, 'POST', '/api/grant-requests', { userId: viewer.userId, grants: [grant] }, as(first));
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      status: 'pending',
      requestedBy: first.userId,
      userId: viewer.userId,
      grants: [grant],
      approvedBy: null,
    });
    expect((await request(server.baseUrl, 'GET', '/api/actors/cso-b', undefined, as(viewer))).status).toBe(404);
    expect((await request(server.baseUrl, 'POST', `/api/grant-requests/${asked.body.id}/approve`, undefined, as(first))).status).toBe(403);
    expect((await request(server.baseUrl, 'POST', `/api/grant-requests/${asked.body.id}/approve`, undefined, as(viewer))).status).toBe(403);
    expect((await request(server.baseUrl, 'GET', '/api/actors/cso-b', undefined, as(viewer))).status).toBe(404);
    const pending = await request(server.baseUrl, 'GET', '/api/grant-requests', undefined, as(second));
    expect(pending.body.find((item: { id: string }) => item.id === asked.body.id).status).toBe('pending');

    const approved = await request(server.baseUrl, 'POST', `/api/grant-requests/${asked.body.id}/approve`, undefined, as(second));
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: second.userId });
    expect((await request(server.baseUrl, 'GET', '/api/actors/cso-b', undefined, as(viewer))).status).toBe(200);
    expect((await request(server.baseUrl, 'POST', `/api/grant-requests/${asked.body.id}/approve`, undefined, as(second))).status).toBe(409);
    const audit = await request(server.baseUrl, 'GET', '/api/audit?action=grant_change', undefined, as(first));
    expect(
      audit.body
        .filter((event: { targetIds: string[] }) => event.targetIds.includes(asked.body.id))
        .map((event: { detail: string }) => event.detail)
        .sort(),
    ).toEqual(['approved grants', 'requested grants']);
  });

  it('a confidential clearance is a request too; a grant that opens nothing confidential needs no second administrator', async () => {
    const viewer = await server.userWithToken(name('yara'), 'viewer', 'internal');
    expect((await request(server.baseUrl, 'PATCH', `/api/users/${viewer.userId}`, { clearance: 'confidential' }, as(first))).status).toBe(
      403,
    );
    const asked = await request(
      server.baseUrl,
      'POST',
      '/api/grant-requests',
      { userId: viewer.userId, clearance: 'confidential' },
      as(first),
    );
    expect(asked.status).toBe(201);
    expect((await request(server.baseUrl, 'GET', `/api/users/${viewer.userId}`, undefined, as(first))).body.clearance).toBe('internal');
    expect((await request(server.baseUrl, 'POST', `/api/grant-requests/${asked.body.id}/approve`, undefined, as(second))).status).toBe(200);
    expect((await request(server.baseUrl, 'GET', `/api/users/${viewer.userId}`, undefined, as(first))).body.clearance).toBe('confidential');

    const open = await request(
      server.baseUrl,
      'PATCH',
      `/api/users/${viewer.userId}`,
      { grants: [{ scope: 'actor', targetId: 'gov' }] },
      as(first),
    );
    expect(open.status).toBe(200);
    expect(open.body.grants).toEqual([{ scope: 'actor', targetId: 'gov' }]);
    // An area grant opens every actor based or active there: cso-b is based in the east.
    expect(
      (await request(server.baseUrl, 'PATCH', `/api/users/${viewer.userId}`, { grants: [{ scope: 'area', targetId: 'east' }] }, as(first)))
        .status,
    ).toBe(403);
  });
});

describe('import reports', () => {
  it('only whoever started an import reads its report, not an administrator', async () => {
    const file = 'input-valid-latin1.csv';
    const imported = await upload(server.baseUrl, file, readShared(new URL(file, FIXTURES_DIR)));
    expect(imported.body.importId).toBeTruthy();
    const path = `/api/imports/${imported.body.importId}`;
    expect((await request(server.baseUrl, 'GET', path)).status).toBe(200);
    const byAdmin = await request(server.baseUrl, 'GET', path, undefined, as(first));
    expect(byAdmin.status).toBe(404);
    // As if it did not exist: the same answer as for an id no import has.
    const absent = await request(server.baseUrl, 'GET', '/api/imports/no-such-import', undefined, as(first));
    expect([byAdmin.body.error.code, byAdmin.body.error.message.replace(imported.body.importId, '?')]).toEqual([
      absent.body.error.code,
      absent.body.error.message.replace('no-such-import', '?'),
    ]);
  });
});

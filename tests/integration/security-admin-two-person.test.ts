/**
 * Security review N3: one administrator must not reach strictly confidential records by making
 * accounts that approve their requests. The administrator role and a new password for a
 * privileged user are grant requests, and an approver must be a second person: not the one who
 * asked, not the user it is for, an administrator already when it was asked, and linked to
 * neither (neither created the other's account nor set the other's password).
 */
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { createCredentials } from '../../server/access/credentials.js';
import { request } from '../support/http.js';
import { as, useTwoAdministrators } from '../support/two-administrators.js';

const server = useTestServer({ reset: 'each' });
const admins = useTwoAdministrators(server, 'tp');
const { name } = admins;

const tokenFor = async (userId: string) => ({ userId, token: (await createCredentials(server.db).createApiToken(userId, 'tests')).token! });
const ask = (by: { token: string }, body: Record<string, unknown>) => request(server.baseUrl, 'POST', '/api/grant-requests', body, as(by));
const approve = (by: { token: string }, id: string) =>
  request(server.baseUrl, 'POST', `/api/grant-requests/${id}/approve`, undefined, as(by));
const strictGrant = [{ scope: 'actor' as const, targetId: 'cso-b' }];

describe('the administrator role', () => {
  it('is never given by one administrator: no administrator account, no raised role, and the puppet it would make approves nothing of its maker', async () => {
    const direct = await request(
      server.baseUrl,
      'POST',
      '/api/users',
      { username: name('p1'), displayName: 'P1', password: 'puppet-password-1', role: 'administrator' },
      as(admins.first),
    );
    expect(direct.status).toBe(403);
    expect(direct.body.error.message).toMatch(/second administrator/);
    const created = await request(
      server.baseUrl,
      'POST',
      '/api/users',
      { username: name('p2'), displayName: 'P2', password: 'puppet-password-2', role: 'viewer' },
      as(admins.first),
    );
    expect(created.status).toBe(201);
    const puppet = created.body.id as string;
    expect((await request(server.baseUrl, 'PATCH', `/api/users/${puppet}`, { role: 'administrator' }, as(admins.first))).status).toBe(403);

    // Nor may its maker ask for the role while they still know its password (security review 2, H3) …
    const controlled = await ask(admins.first, { userId: puppet, role: 'administrator' });
    expect(controlled.status).toBe(409);
    expect(controlled.body.error.code).toBe('requester_controls_account');
    // … only once its owner has set their own.
    const signedIn = await request(
      server.baseUrl,
      'POST',
      '/api/auth/sign-in',
      { username: name('p2'), password: 'puppet-password-2' },
      { as: null },
    );
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const own = { currentPassword: 'puppet-password-2', newPassword: 'puppet-own-password-2' };
    expect((await request(server.baseUrl, 'POST', '/api/auth/password', own, { as: null, headers: { cookie } })).status).toBe(200);
    const asked = await ask(admins.first, { userId: puppet, role: 'administrator' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: 'pending', role: 'administrator', passwordChange: false });
    // Its maker may not approve it, nor the account itself.
    expect((await approve(admins.first, asked.body.id)).status).toBe(403);
    expect((await approve(admins.second, asked.body.id)).status).toBe(200);
    expect((await request(server.baseUrl, 'GET', `/api/users/${puppet}`, undefined, as(admins.first))).body.role).toBe('administrator');

    // The new administrator was made by the first: it approves nothing the first asks.
    const viewer = await server.userWithToken(name('v1'), 'viewer', 'internal');
    const forViewer = await ask(admins.first, { userId: viewer.userId, grants: strictGrant });
    const byPuppet = await approve(await tokenFor(puppet), forViewer.body.id);
    expect(byPuppet.status).toBe(403);
    expect(byPuppet.body.error.message).toMatch(/created the other’s account/);
    expect((await request(server.baseUrl, 'GET', '/api/actors/cso-b', undefined, as(viewer))).status).toBe(404);
    expect((await approve(admins.second, forViewer.body.id)).status).toBe(200);
    expect((await request(server.baseUrl, 'GET', '/api/actors/cso-b', undefined, as(viewer))).status).toBe(200);

    const audit = await request(server.baseUrl, 'GET', '/api/audit?action=grant_change', undefined, as(admins.first));
    const details = audit.body
      .filter((event: { targetIds: string[] }) => event.targetIds.includes(asked.body.id))
      .map((event: { detail: string }) => event.detail);
    expect(details.sort()).toEqual(['approved role', 'requested role']);
  });

  it('an administrator made after a request cannot approve it', async () => {
    const viewer = await server.userWithToken(name('v2'), 'viewer', 'internal');
    const asked = await ask(admins.first, { userId: viewer.userId, grants: strictGrant });
    const late = await server.userWithToken(name('admin-late'), 'administrator', 'internal');
    const refused = await approve(late, asked.body.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/before this request/);
    expect((await approve(admins.second, asked.body.id)).status).toBe(200);
  });
});

describe('a new password for a privileged user', () => {
  it('is a request for an administrator, a confidential clearance or a grant on a confidential actor; not for others', async () => {
    const confidential = await server.userWithToken(name('conf'), 'analyst', 'confidential');
    const granted = await server.userWithToken(name('granted'), 'viewer', 'internal', strictGrant);
    const otherAdmin = await server.userWithToken(name('admin-c'), 'administrator', 'internal');
    const plain = await server.userWithToken(name('plain'), 'viewer', 'internal');
    for (const target of [confidential, granted, otherAdmin]) {
      const response = await request(
        server.baseUrl,
        'PATCH',
        `/api/users/${target.userId}`,
        { password: 'a-password-i-know' },
        as(admins.first),
      );
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(/second administrator/);
    }
    expect(
      (await request(server.baseUrl, 'PATCH', `/api/users/${plain.userId}`, { password: 'a-password-i-know' }, as(admins.first))).status,
    ).toBe(200);
    expect(
      (await ask(admins.first, { userId: confidential.userId, password: 'a-password-i-know', clearance: 'confidential' })).status,
    ).toBe(400);

    const asked = await ask(admins.first, { userId: confidential.userId, password: 'a-new-password-123' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ passwordChange: true, status: 'pending' });
    expect(JSON.stringify(asked.body)).not.toMatch(/scrypt|a-new-password/);
    expect((await request(server.baseUrl, 'GET', '/api/auth/me', undefined, as(confidential))).status).toBe(200);
    expect((await approve(admins.second, asked.body.id)).status).toBe(200);
    // The new password ends the user's tokens, and signs in.
    expect((await request(server.baseUrl, 'GET', '/api/auth/me', undefined, as(confidential))).status).toBe(401);
    const signedIn = await request(
      server.baseUrl,
      'POST',
      '/api/auth/sign-in',
      { username: name('conf'), password: 'a-new-password-123' },
      { as: null },
    );
    expect(signedIn.status).toBe(200);
  });

  it('an administrator whose password another set approves nothing that one asks', async () => {
    const otherAdmin = await server.userWithToken(name('admin-d'), 'administrator', 'internal');
    const reset = await ask(admins.first, { userId: otherAdmin.userId, password: 'a-password-first-knows' });
    expect((await approve(admins.second, reset.body.id)).status).toBe(200);
    const viewer = await server.userWithToken(name('v3'), 'viewer', 'internal');
    const asked = await ask(admins.first, { userId: viewer.userId, grants: strictGrant });
    const refused = await approve(await tokenFor(otherAdmin.userId), asked.body.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/set the other’s password/);
  });
});

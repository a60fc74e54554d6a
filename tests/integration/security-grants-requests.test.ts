/**
 * Security review 2, H3 and L7. An administrator may not ask for access for an account they
 * control: one they created or whose password they set, whose owner has not set their own since
 * (a new account; or a privileged user they demoted alone, then reset the password of alone). It
 * is refused when asked, and again at approval, with a code that says why; the approver sees in
 * the pending list who created the account and who last set its password. An area grant opens at
 * most the confidential actors its area held when asked: the approver sees their count, and an
 * approval that would open more is refused.
 */
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { request } from '../support/http.js';
import { as, useTwoAdministrators } from '../support/two-administrators.js';

const server = useTestServer({ reset: 'each' });
const admins = useTwoAdministrators(server, 'gr');
const { name } = admins;
const STRICT = [{ scope: 'actor' as const, targetId: 'cso-b' }];

const ask = (by: { token: string }, body: Record<string, unknown>) => request(server.baseUrl, 'POST', '/api/grant-requests', body, as(by));
const approve = (by: { token: string }, id: string) =>
  request(server.baseUrl, 'POST', `/api/grant-requests/${id}/approve`, undefined, as(by));
const listed = async (id: string) =>
  (await request(server.baseUrl, 'GET', '/api/grant-requests', undefined, as(admins.second))).body.find(
    (item: { id: string }) => item.id === id,
  );

/** The user signs in with `password` and sets their own password to `next` (a session, as the API asks). */
async function changeOwnPassword(username: string, password: string, next: string): Promise<void> {
  const signedIn = await request(server.baseUrl, 'POST', '/api/auth/sign-in', { username, password }, { as: null });
  expect(signedIn.status).toBe(200);
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const changed = await request(
    server.baseUrl,
    'POST',
    '/api/auth/password',
    { currentPassword: password, newPassword: next },
    { as: null, headers: { cookie } },
  );
  expect(changed.status).toBe(200);
}

describe('access asked for an account the requester controls', () => {
  it('a new account its creator still knows the password of: refused when asked; asked again once its owner set their own password', async () => {
    const created = await request(
      server.baseUrl,
      'POST',
      '/api/users',
      { username: name('p'), displayName: 'P', password: 'first-password-known-to-a', role: 'analyst', clearance: 'internal' },
      as(admins.first),
    );
    expect(created.status).toBe(201);
    const userId = created.body.id as string;
    const refused = await ask(admins.first, { userId, grants: STRICT });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('requester_controls_account');
    expect(refused.body.error.message).toMatch(/created this account or set its password/);
    for (const body of [{ clearance: 'confidential' }, { role: 'administrator' }]) {
      expect((await ask(admins.first, { userId, ...body })).body.error.code, JSON.stringify(body)).toBe('requester_controls_account');
    }
    // Another administrator, who did neither, may ask; and the approver is shown who did what.
    const byOther = await ask(admins.second, { userId, clearance: 'internal' });
    expect(byOther.status).toBe(201);
    expect((await listed(byOther.body.id)).account).toEqual({
      createdBy: admins.first.userId,
      passwordSetBy: admins.first.userId,
      requesterControls: false,
    });

    await changeOwnPassword(name('p'), 'first-password-known-to-a', 'my-own-password-123');
    const asked = await ask(admins.first, { userId, grants: STRICT });
    expect(asked.status).toBe(201);
    expect((await listed(asked.body.id)).account).toEqual({
      createdBy: admins.first.userId,
      passwordSetBy: userId,
      requesterControls: false,
    });
    expect((await approve(admins.second, asked.body.id)).status).toBe(200);
  });

  it('a privileged user demoted and then given a new password by one administrator: that administrator cannot ask for the access back', async () => {
    const user = await server.userWithToken(name('u'), 'analyst', 'confidential');
    // Lowering needs no second administrator; the user is then not privileged, so a reset needs none either.
    expect((await request(server.baseUrl, 'PATCH', `/api/users/${user.userId}`, { clearance: 'internal' }, as(admins.first))).status).toBe(
      200,
    );
    expect(
      (await request(server.baseUrl, 'PATCH', `/api/users/${user.userId}`, { password: 'a-password-a-knows' }, as(admins.first))).status,
    ).toBe(200);
    const back = await ask(admins.first, { userId: user.userId, clearance: 'confidential', grants: STRICT });
    expect(back.status).toBe(409);
    expect(back.body.error.code).toBe('requester_controls_account');
    expect((await request(server.baseUrl, 'GET', `/api/users/${user.userId}`, undefined, as(admins.first))).body.clearance).toBe(
      'internal',
    );
  });

  it('is refused at approval too, when the requester set the password after asking', async () => {
    const user = await server.userWithToken(name('w'), 'viewer', 'internal');
    const asked = await ask(admins.first, { userId: user.userId, grants: STRICT });
    expect(asked.status).toBe(201);
    expect((await listed(asked.body.id)).account.requesterControls).toBe(false);
    expect(
      (await request(server.baseUrl, 'PATCH', `/api/users/${user.userId}`, { password: 'a-password-a-knows' }, as(admins.first))).status,
    ).toBe(200);
    expect((await listed(asked.body.id)).account).toMatchObject({ passwordSetBy: admins.first.userId, requesterControls: true });
    const refused = await approve(admins.second, asked.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('requester_controls_account');
    // (The new password ended the user's tokens: what they hold is read from the account.)
    expect((await request(server.baseUrl, 'GET', `/api/users/${user.userId}`, undefined, as(admins.first))).body.grants).toEqual([]);
    expect((await listed(asked.body.id)).status).toBe('pending');
  });

  it('a new password alone is still asked for (the approver gives it knowing the requester will know it)', async () => {
    const user = await server.userWithToken(name('x'), 'analyst', 'confidential');
    expect(
      (await request(server.baseUrl, 'PATCH', `/api/users/${user.userId}`, { password: 'a-password-a-knows' }, as(admins.first))).status,
    ).toBe(403);
    const asked = await ask(admins.first, { userId: user.userId, password: 'a-password-a-knows' });
    expect(asked.status).toBe(201);
    expect((await approve(admins.second, asked.body.id)).status).toBe(200);
  });
});

describe('an area grant request', () => {
  it('shows the approver how many confidential actors the area held when asked, and is refused if more arrived since', async () => {
    const holder = await server.userWithToken(name('h'), 'viewer', 'internal');
    await request(server.baseUrl, 'PATCH', '/api/actors/gov', { sensitivity: 'confidential' });
    const asked = await ask(admins.first, { userId: holder.userId, grants: [{ scope: 'area', targetId: 'capital' }] });
    expect(asked.status).toBe(201);
    expect(asked.body.openedInAreas).toBe(1);
    expect((await listed(asked.body.id)).openedInAreas).toBe(1);

    // While it waits, a strictly confidential actor is made active in the capital.
    expect((await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { activeIn: ['capital'] })).status).toBe(200);
    const refused = await approve(admins.second, asked.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/now hold 1 confidential or strictly confidential actor that was not there/);
    expect((await request(server.baseUrl, 'GET', '/api/actors/gov', undefined, as(holder))).status).toBe(404);

    // Moved out again, the request is what was asked, and its approval opens what was there.
    expect((await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { activeIn: [] })).status).toBe(200);
    expect((await approve(admins.second, asked.body.id)).status).toBe(200);
    expect((await request(server.baseUrl, 'GET', '/api/actors/gov', undefined, as(holder))).status).toBe(200);
    expect((await request(server.baseUrl, 'GET', '/api/actors/cso-b', undefined, as(holder))).status).toBe(404);
  });
});

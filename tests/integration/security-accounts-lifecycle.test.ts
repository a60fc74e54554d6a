/**
 * The credential lifecycle against the real Neo4j: a new password ends the user's sessions and
 * revokes their tokens (here at once, on a second API instance within CREDENTIAL_REUSE_MS); one's
 * own password changes only with the current one; tokens have a scope and an expiry;
 * administrators list and revoke anyone's tokens; re-enabling an account brings no token back;
 * audit events commit with the change they record, or neither does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDENTIAL_REUSE_MS, createCredentials } from '../../server/access/credentials.js';
import { createUserStore } from '../../server/access/user-store.js';
import type { Database } from '../../server/db/database.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { beforeEachWriteQuery } from '../support/write-query-hook.js';

let server: TestServer;
let second: TestServer;
let admin: string;
const run = Math.random().toString(36).slice(2, 8);
const name = (base: string) => `${base}-${run}`;
const PASSWORD = 'test-password-123';

beforeAll(async () => {
  server = await startTestServer();
  second = await startTestServer();
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  admin = (await server.userWithToken('lifecycle-admin', 'administrator', 'confidential')).token;
});
afterAll(async () => {
  await second.close();
  await server.close();
});

async function signIn(baseUrl: string, username: string, password = PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

const meWithCookie = (baseUrl: string, cookie: string) =>
  fetch(`${baseUrl}/api/auth/me`, { headers: { cookie } }).then((response) => response.status);
const meWithToken = (baseUrl: string, token: string) =>
  request(baseUrl, 'GET', '/api/auth/me', undefined, { as: token }).then((response) => response.status);
const cookiePost = (cookie: string, path: string, body: unknown) =>
  fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify(body),
  });

/** Polls until `check` answers 401; returns how long that took. */
async function msUntilUnauthorized(check: () => Promise<number>, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await check()) === 401) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Number.POSITIVE_INFINITY;
}

describe('a new password ends every credential of the user', () => {
  it('set by an administrator: sessions and tokens stop here at once, and on a second instance within the documented second', async () => {
    const username = name('pat');
    const { userId, token } = await server.userWithToken(username, 'analyst', 'internal');
    const cookie = await signIn(second.baseUrl, username);
    // The second instance has just resolved both, so it holds them in its short reuse window.
    expect(await meWithToken(second.baseUrl, token)).toBe(200);
    expect(await meWithCookie(second.baseUrl, cookie)).toBe(200);

    const changed = await request(server.baseUrl, 'PATCH', `/api/users/${userId}`, { password: 'a-brand-new-password' }, { as: admin });
    expect(changed.status).toBe(200);
    expect(await meWithToken(server.baseUrl, token)).toBe(401);
    expect(await meWithCookie(server.baseUrl, cookie)).toBe(401);
    expect(await msUntilUnauthorized(() => meWithToken(second.baseUrl, token), 5_000)).toBeLessThanOrEqual(CREDENTIAL_REUSE_MS + 250);
    expect(await msUntilUnauthorized(() => meWithCookie(second.baseUrl, cookie), 5_000)).toBeLessThanOrEqual(CREDENTIAL_REUSE_MS + 250);
    const events = await request(server.baseUrl, 'GET', '/api/audit?action=user_change', undefined, { as: admin });
    expect(
      events.body.some((event: { targetIds: string[]; detail: string }) => event.targetIds.includes(userId) && event.detail === 'password'),
    ).toBe(true);
  });

  it('changed by the user: only with the current password, only from a session, and every other credential ends', async () => {
    // Failed checks from other files on this address would add their delay to every sign-in here.
    await server.count('MATCH (t:SignInThrottle) DETACH DELETE t RETURN count(t)');
    const username = name('quinn');
    const { token } = await server.userWithToken(username, 'analyst', 'internal');
    const cookie = await signIn(server.baseUrl, username);
    const otherCookie = await signIn(server.baseUrl, username);

    const missing = await cookiePost(cookie, '/api/auth/password', { newPassword: 'another-long-password' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.details[0].path).toBe('body.currentPassword');
    const wrong = await cookiePost(cookie, '/api/auth/password', {
      currentPassword: 'not-my-password',
      newPassword: 'another-long-password',
    });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.details[0].path).toBe('body.currentPassword');
    const byToken = await request(
      server.baseUrl,
      'POST',
      '/api/auth/password',
      { currentPassword: PASSWORD, newPassword: 'another-long-password' },
      { as: token },
    );
    expect(byToken.status).toBe(403);
    expect(await meWithToken(server.baseUrl, token)).toBe(200);

    const changed = await cookiePost(cookie, '/api/auth/password', { currentPassword: PASSWORD, newPassword: 'another-long-password' });
    expect(changed.status).toBe(200);
    const newCookie = changed.headers.get('set-cookie')!.split(';')[0]!;
    expect(await meWithCookie(server.baseUrl, newCookie)).toBe(200);
    expect(await meWithCookie(server.baseUrl, cookie)).toBe(401);
    expect(await meWithCookie(server.baseUrl, otherCookie)).toBe(401);
    expect(await meWithToken(server.baseUrl, token)).toBe(401);
    await signIn(server.baseUrl, username, 'another-long-password');
  }, 90_000); // several 128 MiB hashes and growing sign-in delays: slow by design
});

describe('API tokens', () => {
  it('a read-only token reads and gets 403 on a write; a token stops at its expiry', async () => {
    const { token } = await server.userWithToken(name('rae'), 'analyst', 'internal');
    const created = await request(
      server.baseUrl,
      'POST',
      '/api/tokens',
      { name: 'reader', scope: 'read', expiresInDays: 1 },
      { as: token },
    );
    expect(created.status).toBe(201);
    expect(created.body.scope).toBe('read');
    const inADay = Date.parse(created.body.expiresAt) - Date.now();
    expect(inADay).toBeGreaterThan(23 * 3600_000);
    expect(inADay).toBeLessThanOrEqual(24 * 3600_000);
    const reader = created.body.token as string;
    expect((await request(server.baseUrl, 'GET', '/api/actors', undefined, { as: reader })).status).toBe(200);
    const write = await request(server.baseUrl, 'POST', '/api/actors', { name: 'Read-only test', kind: 'donor' }, { as: reader });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('forbidden');
    expect((await request(server.baseUrl, 'POST', '/api/actors', { name: 'Read-write test', kind: 'donor' }, { as: token })).status).toBe(
      201,
    );

    for (const expiresInDays of [0, 366]) {
      const refused = await request(server.baseUrl, 'POST', '/api/tokens', { name: 'x', expiresInDays }, { as: token });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details[0].path).toBe('body.expiresInDays');
    }

    await server.count('MATCH (t:ApiToken {id: $id}) SET t.expiresAt = datetime() - duration({seconds: 1}) RETURN count(t)', {
      id: created.body.id,
    });
    await new Promise((resolve) => setTimeout(resolve, CREDENTIAL_REUSE_MS + 50));
    expect((await request(server.baseUrl, 'GET', '/api/actors', undefined, { as: reader })).status).toBe(401);
  });

  it('an administrator lists and revokes another user’s tokens; others may not', async () => {
    const { userId, token } = await server.userWithToken(name('sami'), 'analyst', 'internal');
    const listed = await request(server.baseUrl, 'GET', `/api/users/${userId}/tokens`, undefined, { as: admin });
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).not.toHaveProperty('token');
    expect(listed.body[0]).toMatchObject({ scope: 'read-write', revoked: false });
    expect((await request(server.baseUrl, 'GET', `/api/users/${userId}/tokens`, undefined, { as: token })).status).toBe(403);
    expect(
      (await request(server.baseUrl, 'DELETE', `/api/users/${userId}/tokens/${listed.body[0].id}`, undefined, { as: token })).status,
    ).toBe(403);

    expect(
      (await request(server.baseUrl, 'DELETE', `/api/users/${userId}/tokens/${listed.body[0].id}`, undefined, { as: admin })).status,
    ).toBe(204);
    expect(await meWithToken(server.baseUrl, token)).toBe(401);
    expect((await request(server.baseUrl, 'DELETE', `/api/users/${userId}/tokens/no-such-token`, undefined, { as: admin })).status).toBe(
      404,
    );
    const events = await request(server.baseUrl, 'GET', '/api/audit?action=token_revoke', undefined, { as: admin });
    expect(events.body.some((event: { targetIds: string[] }) => event.targetIds.includes(listed.body[0].id))).toBe(true);
  });

  it('re-enabling an account brings none of its tokens back', async () => {
    const { userId, token } = await server.userWithToken(name('tove'), 'analyst', 'internal');
    expect((await request(server.baseUrl, 'PATCH', `/api/users/${userId}`, { disabled: true }, { as: admin })).status).toBe(200);
    expect(await meWithToken(server.baseUrl, token)).toBe(401);
    expect((await request(server.baseUrl, 'PATCH', `/api/users/${userId}`, { disabled: false }, { as: admin })).status).toBe(200);
    expect(await meWithToken(server.baseUrl, token)).toBe(401);
    const listed = await request(server.baseUrl, 'GET', `/api/users/${userId}/tokens`, undefined, { as: admin });
    expect(listed.body.every((listedToken: { revoked: boolean }) => listedToken.revoked)).toBe(true);
    await signIn(server.baseUrl, name('tove'));
  });
});

describe('audit events commit with the change', () => {
  /** The app's database, except that recording an audit event inside a transaction fails. */
  function auditFailsInTransactions(db: Database): Database {
    return beforeEachWriteQuery(db, (name) => {
      if (name === 'access/record-audit-event') throw new Error('audit write failed');
    });
  }

  it('a token or an account change whose audit event fails is not made', async () => {
    const { userId } = await server.userWithToken(name('uma'), 'viewer', 'internal');
    const broken = auditFailsInTransactions(server.db);
    await expect(createCredentials(broken).createApiToken(userId, 'unaudited')).rejects.toThrow('audit write failed');
    expect(await server.count("MATCH (t:ApiToken {name: 'unaudited'}) RETURN count(t)")).toBe(0);
    await expect(createUserStore(broken).update(userId, { role: 'analyst' }, 'someone')).rejects.toThrow('audit write failed');
    expect(await server.count('MATCH (u:User {id: $userId}) RETURN u.role = "viewer"', { userId })).toBe(1);
  });
});

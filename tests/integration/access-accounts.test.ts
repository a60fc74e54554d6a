/**
 * Accounts and sessions against the real Neo4j: sign-in with a __Host- cookie, sign-out on the
 * server, the sign-in rate limit, API tokens, and changes that must hold from the next request.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer({ reset: 'each' });
let admin: string;
/** Accounts outlive a map reset, so each run names its users afresh. */
const run = Math.random().toString(36).slice(2, 8);
const name = (base: string) => `${base}-${run}`;

beforeAll(async () => {
  admin = (await server.userWithToken('test-admin', 'administrator', 'confidential')).token;
});
beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
});

async function signIn(username: string, password: string) {
  return fetch(`${server.baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

const withCookie = (cookie: string, extra: Record<string, string> = {}) => ({ cookie, ...extra });

async function createUser(username: string, role: string, clearance = 'internal') {
  const response = await request(
    server.baseUrl,
    'POST',
    '/api/users',
    { username, displayName: username, password: 'long-enough-password', role, clearance },
    { as: admin },
  );
  expect(response.status).toBe(201);
  return response.body as { id: string };
}

describe('sign-in and sessions', () => {
  it('sets a __Host- session cookie that is Secure, HttpOnly and SameSite, and signs out on the server', async () => {
    await createUser(name('amina'), 'viewer');
    const response = await signIn(name('amina'), 'long-enough-password');
    expect(response.status).toBe(200);
    expect((await response.json()).permissions).toEqual(['read']);
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^__Host-actor-map-session=ams_[\w-]+; Path=\/; Secure; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const cookie = setCookie.split(';')[0]!;

    const me = await fetch(`${server.baseUrl}/api/auth/me`, { headers: withCookie(cookie) });
    expect((await me.json()).username).toBe(name('amina'));
    expect(await server.count('MATCH (s:Session)-[:OF_USER]->(:User {username: $u}) RETURN count(s)', { u: name('amina') })).toBe(1);

    const out = await fetch(`${server.baseUrl}/api/auth/sign-out`, { method: 'POST', headers: withCookie(cookie) });
    expect(out.status).toBe(204);
    expect(await server.count('MATCH (s:Session)-[:OF_USER]->(:User {username: $u}) RETURN count(s)', { u: name('amina') })).toBe(0);
    expect((await fetch(`${server.baseUrl}/api/auth/me`, { headers: withCookie(cookie) })).status).toBe(401);
  });

  it('refuses a wrong password with 401, audited as a failure by id only', async () => {
    const user = await createUser(name('basil'), 'viewer');
    const response = await signIn(name('basil'), 'not-the-password');
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('unauthenticated');
    const events = await request(server.baseUrl, 'GET', '/api/audit?action=sign_in_failed', undefined, { as: admin });
    expect(events.body.some((e: { userId: string }) => e.userId === user.id)).toBe(true);
    expect(JSON.stringify(events.body)).not.toContain(name('basil'));
  });

  it('slows sign-ins after failed ones, but never locks the account: the right password still works', async () => {
    await createUser(name('chidi'), 'viewer');
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await signIn(name('chidi'), 'wrong-password-x')).status).toBe(401);
    const started = Date.now();
    expect((await signIn(name('chidi'), 'long-enough-password')).status).toBe(200);
    // Five failures before it, three of them free: 250 ms doubled twice.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    // Six scrypt hashes of 128 MiB and the delays: slow by design, slower on a busy machine.
  }, 90_000);

  it('answers 401 without credentials, but keeps health and the API description public', async () => {
    expect((await request(server.baseUrl, 'GET', '/api/actors', undefined, { as: null })).status).toBe(401);
    expect((await request(server.baseUrl, 'GET', '/api/actors', undefined, { as: 'amt_forged' })).status).toBe(401);
    expect((await request(server.baseUrl, 'GET', '/api/health', undefined, { as: null })).status).toBe(200);
    expect((await request(server.baseUrl, 'GET', '/api/openapi.json', undefined, { as: null })).status).toBe(200);
  });
});

describe('changes take effect on the next request', () => {
  it('a role change', async () => {
    const user = await createUser(name('dara'), 'viewer');
    const { token } = await (async () => {
      const cookie = (await signIn(name('dara'), 'long-enough-password')).headers.get('set-cookie')!.split(';')[0]!;
      const created = await fetch(`${server.baseUrl}/api/tokens`, {
        method: 'POST',
        headers: withCookie(cookie, { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }),
        body: JSON.stringify({ name: 'script' }),
      });
      return (await created.json()) as { token: string };
    })();
    const create = () => request(server.baseUrl, 'POST', '/api/actors', { name: 'New group', kind: 'civil_society' }, { as: token });
    expect((await create()).status).toBe(403);
    await request(server.baseUrl, 'PATCH', `/api/users/${user.id}`, { role: 'analyst' }, { as: admin });
    expect((await create()).status).toBe(201);
  });

  it('a revoked grant', async () => {
    // Given while the actor is strictly confidential (a grant opens its actor up to the level it was given for).
    await request(server.baseUrl, 'PATCH', '/api/actors/cso-a', { sensitivity: 'strictly_confidential' });
    const { token, userId } = await server.userWithToken('esi', 'viewer', 'internal', [{ scope: 'actor', targetId: 'cso-a' }]);
    expect((await request(server.baseUrl, 'GET', '/api/actors/cso-a', undefined, { as: token })).status).toBe(200);
    await request(server.baseUrl, 'PATCH', `/api/users/${userId}`, { grants: [] }, { as: admin });
    expect((await request(server.baseUrl, 'GET', '/api/actors/cso-a', undefined, { as: token })).status).toBe(404);
  });

  it('disabling a user ends their sessions and stops their tokens', async () => {
    const user = await createUser(name('farah'), 'analyst');
    const cookie = (await signIn(name('farah'), 'long-enough-password')).headers.get('set-cookie')!.split(';')[0]!;
    expect((await fetch(`${server.baseUrl}/api/auth/me`, { headers: withCookie(cookie) })).status).toBe(200);
    await request(server.baseUrl, 'PATCH', `/api/users/${user.id}`, { disabled: true }, { as: admin });
    expect((await fetch(`${server.baseUrl}/api/auth/me`, { headers: withCookie(cookie) })).status).toBe(401);
    expect(await server.count('MATCH (s:Session)-[:OF_USER]->(:User {username: $u}) RETURN count(s)', { u: name('farah') })).toBe(0);
    expect((await signIn(name('farah'), 'long-enough-password')).status).toBe(401);
  });

  it('a revoked API token', async () => {
    const { token } = await server.userWithToken('gus', 'viewer', 'internal');
    const tokens = await request(server.baseUrl, 'GET', '/api/tokens', undefined, { as: token });
    expect(tokens.body[0]).not.toHaveProperty('token');
    expect((await request(server.baseUrl, 'DELETE', `/api/tokens/${tokens.body[0].id}`, undefined, { as: token })).status).toBe(204);
    expect((await request(server.baseUrl, 'GET', '/api/actors', undefined, { as: token })).status).toBe(401);
  });
});

describe('roles', () => {
  it.each([
    ['viewer', 'POST', '/api/actors', { name: 'x', kind: 'donor' }, 403],
    ['leadership', 'POST', '/api/actors', { name: 'x', kind: 'donor' }, 403],
    ['viewer', 'GET', '/api/analysis/influence', undefined, 403],
    ['leadership', 'GET', '/api/analysis/influence', undefined, 200],
    ['viewer', 'GET', '/api/analysis/path?from=cso-a&to=gov', undefined, 200],
    ['analyst', 'GET', '/api/users', undefined, 403],
    ['analyst', 'GET', '/api/audit', undefined, 403],
    ['administrator', 'GET', '/api/users', undefined, 200],
  ])('%s %s %s -> %i', async (role, method, path, body, status) => {
    const { token } = await server.userWithToken(`role-${role}`, role as 'viewer', 'internal');
    const response = await request(server.baseUrl, method, path, body, { as: token });
    expect(response.status).toBe(status);
    if (status === 403) expect(response.body.error.code).toBe('forbidden');
  });

  it('audits a denied access', async () => {
    const { token, userId } = await server.userWithToken('role-viewer', 'viewer', 'internal');
    await request(server.baseUrl, 'DELETE', '/api/actors/gov', undefined, { as: token });
    const denied = await request(server.baseUrl, 'GET', `/api/audit?action=access_denied&userId=${userId}`, undefined, { as: admin });
    expect(denied.body[0]).toMatchObject({ action: 'access_denied', userId, detail: 'DELETE /api/actors/:id' });
  });

  it('an administrator does not see strictly confidential actors without a grant, even if given a higher clearance', async () => {
    await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { sensitivity: 'strictly_confidential' });
    const { token, userId } = await server.userWithToken('admin-two', 'administrator', 'strictly_confidential');
    expect((await request(server.baseUrl, 'GET', `/api/users/${userId}`, undefined, { as: admin })).body.clearance).toBe('confidential');
    expect((await request(server.baseUrl, 'GET', '/api/actors/cso-b', undefined, { as: token })).status).toBe(404);
  });
});

/** Retention listing and the validation of the account endpoints. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer();
let admin: string;

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  admin = (await server.userWithToken('retention-admin', 'administrator', 'confidential')).token;
});

describe('GET /api/retention/overdue', () => {
  it('lists actors past their review-by date, oldest first, and only those the reader may see', async () => {
    await request(server.baseUrl, 'PATCH', '/api/actors/gov', { reviewBy: '2020-01-31' });
    await request(server.baseUrl, 'PATCH', '/api/actors/cso-a', { reviewBy: '2019-06-30', sensitivity: 'confidential' });
    await request(server.baseUrl, 'PATCH', '/api/actors/un', { reviewBy: '2999-12-31' });
    const all = await request(server.baseUrl, 'GET', '/api/retention/overdue');
    expect(all.status).toBe(200);
    expect(all.body.map((a: { id: string }) => a.id)).toEqual(['cso-a', 'gov']);
    const { token } = await server.userWithToken('retention-internal', 'analyst', 'internal');
    const limited = await request(server.baseUrl, 'GET', '/api/retention/overdue', undefined, { as: token });
    expect(limited.body.map((a: { id: string }) => a.id)).toEqual(['gov']);
  });

  it('is for roles that edit', async () => {
    const { token } = await server.userWithToken('retention-viewer', 'viewer', 'internal');
    expect((await request(server.baseUrl, 'GET', '/api/retention/overdue', undefined, { as: token })).status).toBe(403);
  });
});

describe('account endpoints refuse bad input by field', () => {
  it.each([
    [{ username: 'Has Space', displayName: 'x', password: 'long-enough-password', role: 'viewer' }, 'body.username'],
    [{ username: 'short-pw', displayName: 'x', password: 'short', role: 'viewer' }, 'body.password'],
    [{ username: 'bad-role', displayName: 'x', password: 'long-enough-password', role: 'superuser' }, 'body.role'],
    [{ username: 'extra', displayName: 'x', password: 'long-enough-password', role: 'viewer', isAdmin: true }, 'body.isAdmin'],
  ])('POST /api/users %#', async (body, path) => {
    const response = await request(server.baseUrl, 'POST', '/api/users', body, { as: admin });
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('answers 409 for a taken username and 404 for an unknown user', async () => {
    const body = {
      username: `taken-${Math.random().toString(36).slice(2, 8)}`,
      displayName: 'x',
      password: 'long-enough-password',
      role: 'viewer',
    };
    expect((await request(server.baseUrl, 'POST', '/api/users', body, { as: admin })).status).toBe(201);
    const again = await request(server.baseUrl, 'POST', '/api/users', body, { as: admin });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toEqual([{ path: 'body.username', message: 'is taken', messageCode: 'field.taken', params: {} }]);
    expect((await request(server.baseUrl, 'PATCH', '/api/users/no-such-user', { role: 'viewer' }, { as: admin })).status).toBe(404);
  });

  it('refuses a grant of an unknown scope and a sign-in without a password', async () => {
    const { userId } = await server.userWithToken('grant-target', 'viewer', 'internal');
    const grant = await request(
      server.baseUrl,
      'PATCH',
      `/api/users/${userId}`,
      { grants: [{ scope: 'planet', targetId: 'earth' }] },
      { as: admin },
    );
    expect(grant.status).toBe(400);
    expect(grant.body.error.details[0].path).toBe('body.grants.0.scope');
    const signIn = await request(server.baseUrl, 'POST', '/api/auth/sign-in', { username: 'admin' }, { as: null });
    expect(signIn.status).toBe(400);
    expect(signIn.body.error.details[0].path).toBe('body.password');
  });
});

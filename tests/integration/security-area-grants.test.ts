/**
 * Security review N4: an area grant opens the confidential or strictly confidential actors that
 * were in its area when a second administrator approved it, and no others. Moving such an actor
 * into a granted area (PATCH basedIn/activeIn, or a re-import adding ACTIVE_IN) must not publish
 * it to the grant's holders; public and internal actors follow their area links as before.
 */
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { request } from '../support/http.js';
import { as, useTwoAdministrators } from '../support/two-administrators.js';

const server = useTestServer({ reset: 'each' });
const admins = useTwoAdministrators(server, 'ag', async () => {
  // cso-b (based in the east) is strictly confidential; the capital holds internal actors only.
  await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { sensitivity: 'strictly_confidential' });
});
const { name } = admins;

const sees = async (who: { token: string }, id: string) =>
  (await request(server.baseUrl, 'GET', `/api/actors/${id}`, undefined, as(who))).status === 200;
const onMap = async (who: { token: string }) =>
  ((await request(server.baseUrl, 'GET', '/api/graph', undefined, as(who))).body.nodes as { data: { id: string } }[])
    .map((node) => node.data.id)
    .sort();

describe('an area grant given by one administrator', () => {
  it('opens no confidential actor moved into the area afterwards, by anyone with write access', async () => {
    const holder = await server.userWithToken(name('holder'), 'viewer', 'internal');
    // The capital holds no confidential actor: the grant opens nothing confidential and takes effect at once.
    const given = await request(
      server.baseUrl,
      'PATCH',
      `/api/users/${holder.userId}`,
      { grants: [{ scope: 'area', targetId: 'capital' }] },
      as(admins.first),
    );
    expect(given.status).toBe(200);
    expect(await sees(holder, 'un')).toBe(true);

    // The strictly confidential defender is made active in the capital by an analyst cleared for it.
    expect((await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { activeIn: ['capital'] })).status).toBe(200);
    expect(await sees(holder, 'cso-b')).toBe(false);
    expect(await onMap(holder)).not.toContain('cso-b');
    // An internal actor moved there is opened as before.
    expect((await request(server.baseUrl, 'PATCH', '/api/actors/party', { activeIn: ['capital'] })).status).toBe(200);
    expect(await sees(holder, 'party')).toBe(true);
  });
});

describe('an area grant approved by a second administrator', () => {
  it('opens the confidential actors in the area when approved, not those that arrive later, until approved again', async () => {
    await request(server.baseUrl, 'PATCH', '/api/actors/gov', { sensitivity: 'confidential' });
    const holder = await server.userWithToken(name('holder2'), 'viewer', 'public');
    const direct = await request(
      server.baseUrl,
      'PATCH',
      `/api/users/${holder.userId}`,
      { grants: [{ scope: 'area', targetId: 'capital' }] },
      as(admins.first),
    );
    expect(direct.status).toBe(403);
    const asked = await request(
      server.baseUrl,
      'POST',
      '/api/grant-requests',
      { userId: holder.userId, grants: [{ scope: 'area', targetId: 'capital' }] },
      as(admins.first),
    );
    expect(
      (await request(server.baseUrl, 'POST', `/api/grant-requests/${asked.body.id}/approve`, undefined, as(admins.second))).status,
    ).toBe(200);
    expect(await sees(holder, 'gov')).toBe(true);
    expect(await sees(holder, 'cso-b')).toBe(false);

    expect((await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { basedIn: ['east', 'capital'] })).status).toBe(200);
    expect(await sees(holder, 'cso-b')).toBe(false);
    expect(await onMap(holder)).toContain('gov');
    expect(await onMap(holder)).not.toContain('cso-b');
    // Raising an actor that was internal when the grant was approved hides it too.
    expect((await request(server.baseUrl, 'PATCH', '/api/actors/un', { sensitivity: 'confidential' })).status).toBe(200);
    expect(await sees(holder, 'un')).toBe(false);

    // Keeping the grant while changing others keeps what it opened.
    const kept = await request(
      server.baseUrl,
      'PATCH',
      `/api/users/${holder.userId}`,
      {
        grants: [
          { scope: 'area', targetId: 'capital' },
          { scope: 'actor', targetId: 'party' },
        ],
      },
      as(admins.first),
    );
    expect(kept.status).toBe(200);
    expect(await sees(holder, 'gov')).toBe(true);

    const again = await request(
      server.baseUrl,
      'POST',
      '/api/grant-requests',
      { userId: holder.userId, grants: [{ scope: 'area', targetId: 'capital' }] },
      as(admins.first),
    );
    expect(
      (await request(server.baseUrl, 'POST', `/api/grant-requests/${again.body.id}/approve`, undefined, as(admins.second))).status,
    ).toBe(200);
    expect(await sees(holder, 'cso-b')).toBe(true);
    expect(await sees(holder, 'un')).toBe(true);
  });
});

/**
 * Security review 2, H2 and L9: an actor grant opens its actor (and the actor's ties up to its
 * level) only while the actor is no more sensitive than the level the grant was given for. One
 * administrator gives grants up to internal; raising the actor afterwards suspends the grant
 * rather than opening confidential records nobody approved. A grant a second administrator
 * approved for confidential keeps working, up to confidential. Grants from before levels were
 * recorded get their actor's level at start-up. And account-policy checks a change inside the
 * change's own transaction, so a level raised between the check and the write is caught (L9).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { createLogger } from '../../server/logger.js';
import { CLIENT_DIR } from '../../server/runtime.js';
import { useTestServer } from '../support/lifecycle.js';
import { request } from '../support/http.js';
import { as, useTwoAdministrators } from '../support/two-administrators.js';
import { beforeEachWriteQuery } from '../support/write-query-hook.js';

const server = useTestServer({ reset: 'each' });
const admins = useTwoAdministrators(server, 'gl', async () => {
  // P (gov) and the UN agency are public; their tie is confidential (its source names an informant).
  for (const id of ['gov', 'un']) await request(server.baseUrl, 'PATCH', `/api/actors/${id}`, { sensitivity: 'public' });
  await request(server.baseUrl, 'PATCH', '/api/ties/t-coop', { sensitivity: 'confidential' });
});
const { name } = admins;

const sees = async (who: { token: string }, id: string) =>
  (await request(server.baseUrl, 'GET', `/api/actors/${id}`, undefined, as(who))).status === 200;
const map = async (who: { token: string }) => {
  const body = (await request(server.baseUrl, 'GET', '/api/graph', undefined, as(who))).body;
  return {
    nodes: (body.nodes as { data: { id: string } }[]).map((node) => node.data.id),
    edges: (body.edges as { data: { id: string } }[]).map((edge) => edge.data.id),
  };
};
const giveGovAlone = (userId: string) =>
  request(server.baseUrl, 'PATCH', `/api/users/${userId}`, { grants: [{ scope: 'actor', targetId: 'gov' }] }, as(admins.first));
/** Changes made straight in the database are seen once the credential cache (1 s) has let go. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_200));

describe('an actor grant given by one administrator', () => {
  it('stops opening its actor, and the actor’s confidential ties, once the actor is raised to confidential', async () => {
    const holder = await server.userWithToken(name('u1'), 'viewer', 'public');
    expect((await giveGovAlone(holder.userId)).status).toBe(200);
    expect(await sees(holder, 'gov')).toBe(true);
    expect((await map(holder)).edges).not.toContain('t-coop');

    expect((await request(server.baseUrl, 'PATCH', '/api/actors/gov', { sensitivity: 'confidential' }, as(admins.first))).status).toBe(200);
    expect(await sees(holder, 'gov')).toBe(false);
    const after = await map(holder);
    expect(after.nodes).not.toContain('gov');
    expect(after.edges).not.toContain('t-coop');
    expect((await request(server.baseUrl, 'GET', '/api/ties?actor=gov', undefined, as(holder))).body.items ?? []).toEqual([]);
    // Giving the same grant again alone changes nothing: it keeps the level it was given for.
    expect((await giveGovAlone(holder.userId)).status).toBe(200);
    expect(await sees(holder, 'gov')).toBe(false);
  });
});

describe('an actor grant approved by a second administrator', () => {
  it('opens a confidential actor and its confidential ties, and no longer once the actor is raised above what was approved', async () => {
    await request(server.baseUrl, 'PATCH', '/api/actors/gov', { sensitivity: 'confidential' });
    const holder = await server.userWithToken(name('u2'), 'viewer', 'public');
    const asked = await request(
      server.baseUrl,
      'POST',
      '/api/grant-requests',
      { userId: holder.userId, grants: [{ scope: 'actor', targetId: 'gov' }] },
      as(admins.first),
    );
    expect(asked.status).toBe(201);
    expect(
      (await request(server.baseUrl, 'POST', `/api/grant-requests/${asked.body.id}/approve`, undefined, as(admins.second))).status,
    ).toBe(200);
    expect(await sees(holder, 'gov')).toBe(true);
    expect((await map(holder)).edges).toContain('t-coop');

    expect((await request(server.baseUrl, 'PATCH', '/api/actors/gov', { sensitivity: 'strictly_confidential' })).status).toBe(200);
    expect(await sees(holder, 'gov')).toBe(false);
  });

  it('after a single administrator’s grant was suspended by a raise, opens it again', async () => {
    const holder = await server.userWithToken(name('u3'), 'viewer', 'public');
    await giveGovAlone(holder.userId);
    await request(server.baseUrl, 'PATCH', '/api/actors/gov', { sensitivity: 'confidential' });
    expect(await sees(holder, 'gov')).toBe(false);
    const asked = await request(
      server.baseUrl,
      'POST',
      '/api/grant-requests',
      { userId: holder.userId, grants: [{ scope: 'actor', targetId: 'gov' }] },
      as(admins.first),
    );
    expect(
      (await request(server.baseUrl, 'POST', `/api/grant-requests/${asked.body.id}/approve`, undefined, as(admins.second))).status,
    ).toBe(200);
    expect(await sees(holder, 'gov')).toBe(true);
    expect((await map(holder)).edges).toContain('t-coop');
  });
});

describe('actor grants from before levels were recorded', () => {
  it('get their actor’s level now from the start-up migration', async () => {
    await request(server.baseUrl, 'PATCH', '/api/actors/gov', { sensitivity: 'confidential' });
    const holder = await server.userWithToken(name('u4'), 'viewer', 'public', [{ scope: 'actor', targetId: 'gov' }]);
    await settle();
    expect(await sees(holder, 'gov')).toBe(true);
    const unrecorded = await server.count('MATCH (:User {id: $id})-[g:GRANTED]->(:Actor {id: "gov"}) REMOVE g.maxLevel RETURN count(g)', {
      id: holder.userId,
    });
    expect(unrecorded).toBe(1);
    await settle();
    // Without a recorded level a grant opens at most an internal actor.
    expect(await sees(holder, 'gov')).toBe(false);
    const [given] = await server.db.write('access/give-missing-grant-levels');
    expect(Number(given?.given)).toBeGreaterThanOrEqual(1);
    const recorded = await server.count(
      'MATCH (:User {id: $id})-[g:GRANTED {maxLevel: "confidential"}]->(:Actor {id: "gov"}) RETURN count(g)',
      { id: holder.userId },
    );
    expect(recorded).toBe(1);
    await settle();
    expect(await sees(holder, 'gov')).toBe(true);
  });
});

describe('the check of a grant one administrator gives', () => {
  it('runs in the change’s own transaction: a level raised between the check and the write is caught', async () => {
    // An app whose user change is preceded by a raise of gov, once, in another transaction, just as
    // the change's write transaction begins (after any check made before it).
    let raiseBeforeWrite = false;
    const raise = () =>
      server.count('MATCH (a:Actor {id: "gov"}) SET a.sensitivity = "confidential" RETURN count(a)').then(() => undefined);
    const racing = beforeEachWriteQuery(server.db, async (name) => {
      if (raiseBeforeWrite && (name === 'access/lock-user' || name === 'access/update-user')) {
        raiseBeforeWrite = false;
        await raise();
      }
    });
    const app = createApp({ db: racing, logger: createLogger('silent'), clientDir: CLIENT_DIR });
    const listening: Server = await new Promise((resolve) => {
      const started = app.listen(0, '127.0.0.1', () => resolve(started));
    });
    try {
      const baseUrl = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
      const holder = await server.userWithToken(name('u5'), 'viewer', 'public');
      raiseBeforeWrite = true;
      const given = await request(
        baseUrl,
        'PATCH',
        `/api/users/${holder.userId}`,
        { grants: [{ scope: 'actor', targetId: 'gov' }] },
        as(admins.first),
      );
      expect(raiseBeforeWrite).toBe(false);
      expect(given.status).toBe(403);
      expect(given.body.error.message).toMatch(/second administrator/);
      expect((await request(server.baseUrl, 'GET', `/api/users/${holder.userId}`, undefined, as(admins.first))).body.grants).toEqual([]);
    } finally {
      await new Promise((resolve) => listening.close(resolve));
    }
  });
});

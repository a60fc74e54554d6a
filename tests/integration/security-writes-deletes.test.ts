/**
 * Deletes and updates touch only what the caller may see: deleting an actor with ties hidden
 * from the caller is refused with a neutral message (its hidden ties cannot outlive it, and
 * deleting them would destroy what the caller may not know of); a tie update or delete matches
 * the visible tie only, even where older data holds another tie with the same id. The audit
 * event of a create, update or delete is written in the write's own transaction.
 *
 * Fixture: t-comm (cso-a - cso-b) and cso-b are confidential; the internal analyst sees cso-a.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { SYSTEM_VIEWER } from '../../server/access/viewer.js';
import { createAuditLog } from '../../server/access/audit-log.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { createActorStore } from '../../server/services/actor-store.js';
import { createTieStore } from '../../server/services/tie-store.js';
import type { AuditTrail } from '../../server/services/write-context.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { as, auditSince } from '../support/security-writes.js';

const server = useTestServer({ reset: 'each' });
let internal: { userId: string; token: string };
let cleared: { userId: string; token: string };
let auditEvents: Awaited<ReturnType<typeof auditSince>>;

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  expect((await as(server, server.token)('PATCH', '/api/actors/cso-b', { sensitivity: 'confidential' })).status).toBe(200);
  expect((await as(server, server.token)('PATCH', '/api/ties/t-comm', { sensitivity: 'confidential' })).status).toBe(200);
  internal = await server.userWithToken('sw-del-internal', 'analyst', 'internal');
  cleared = await server.userWithToken('sw-del-cleared', 'analyst', 'confidential');
  auditEvents = await auditSince(server);
});

describe('deleting an actor', () => {
  it('is refused, neutrally, when the actor has ties the caller may not see; nothing is deleted', async () => {
    const refused = await as(server, internal.token)('DELETE', '/api/actors/cso-a');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'This actor cannot be deleted with your access; ask someone cleared for all its records to delete it',
    );
    expect(JSON.stringify(refused.body)).not.toMatch(/cso-b|t-comm|tie|confidential/i);
    expect(await server.count("MATCH (:Actor {id: 'cso-a'})-[t {id: 't-comm'}]-(:Actor {id: 'cso-b'}) RETURN count(t)")).toBe(1);
    expect(await auditEvents('delete')).toEqual([]);
  });

  it('goes ahead for someone who sees all its ties, audited once', async () => {
    expect((await as(server, cleared.token)('DELETE', '/api/actors/cso-a')).status).toBe(204);
    expect(await server.count("MATCH (a:Actor {id: 'cso-a'}) RETURN count(a)")).toBe(0);
    expect((await auditEvents('delete')).map((e) => [e.userId, e.targetType, e.targetIds])).toEqual([[cleared.userId, 'actor', ['cso-a']]]);
  });
});

describe('a tie id held by a visible and a hidden tie (older data)', () => {
  beforeEach(async () => {
    // Through the API tie ids are unique across types; older data may not be.
    await server.count(
      "MATCH (g:Actor {id: 'gov'}), (p:Actor {id: 'party'}) CREATE (g)-[t:INFLUENCES {id: 't-funds', sensitivity: 'strictly_confidential', strength: 1}]->(p) RETURN count(t)",
    );
  });

  it('updates only the visible tie', async () => {
    const response = await as(server, internal.token)('PATCH', '/api/ties/t-funds', { strength: 3, description: 'changed' });
    expect(response.status).toBe(200);
    expect(response.body.type).toBe('funds');
    expect(
      await server.count("MATCH ()-[t:INFLUENCES {id: 't-funds'}]->() WHERE t.strength = 1 AND t.description IS NULL RETURN count(t)"),
    ).toBe(1);
  });

  it('retypes and deletes only the visible tie', async () => {
    expect((await as(server, internal.token)('PATCH', '/api/ties/t-funds', { type: 'cooperates_with' })).status).toBe(200);
    expect(await server.count("MATCH ()-[t:INFLUENCES {id: 't-funds'}]->() RETURN count(t)")).toBe(1);
    expect((await as(server, internal.token)('DELETE', '/api/ties/t-funds')).status).toBe(204);
    expect(await server.count("MATCH ()-[t {id: 't-funds'}]->() RETURN count(t)")).toBe(1);
    expect(await server.count("MATCH ()-[t:INFLUENCES {id: 't-funds'}]->() RETURN count(t)")).toBe(1);
  });
});

describe('the audit event of a write', () => {
  it('is written in the write’s transaction: a write that fails after it leaves neither change nor event', async () => {
    const audit = createAuditLog(server.db);
    const trail: AuditTrail = {
      recordIn: (tx, targetIds) => audit.recordIn(tx, { userId: 'trail-test', action: 'update', targetType: 'actor', targetIds }),
      // The lowering event comes after the declared one; failing here must roll both back.
      alsoIn: () => Promise.reject(new Error('audit store unavailable')),
      recordNow: (event) => audit.record({ ...event, userId: 'trail-test' }),
    };
    await expect(
      createActorStore(server.db).update('cso-b', { sensitivity: 'public', description: 'gone' }, SYSTEM_VIEWER, { audit: trail }),
    ).rejects.toThrow('audit store unavailable');
    expect(
      await server.count("MATCH (a:Actor {id: 'cso-b'}) WHERE a.sensitivity = 'confidential' AND a.description = '' RETURN count(a)"),
    ).toBe(1);
    expect(await server.count("MATCH (e:AuditEvent {userId: 'trail-test'}) RETURN count(e)")).toBe(0);
  });

  it('is recorded once for each successful create, update and delete of actors and ties, and not for a refused one', async () => {
    const request = as(server, cleared.token);
    const actor = await request('POST', '/api/actors', { name: 'Audited', kind: 'civil_society' });
    const tie = await request('POST', '/api/ties', { type: 'funds', sourceId: 'donor', targetId: actor.body.id });
    await request('PATCH', `/api/actors/${actor.body.id}`, { influence: 2 });
    await request('PATCH', `/api/ties/${tie.body.id}`, { strength: 2 });
    expect((await request('PATCH', `/api/actors/${actor.body.id}`, { influence: 9 })).status).toBe(400);
    expect((await request('POST', '/api/ties', { type: 'funds', sourceId: 'donor', targetId: 'nobody' })).status).toBe(409);
    await request('DELETE', `/api/ties/${tie.body.id}`);
    await request('DELETE', `/api/actors/${actor.body.id}`);
    // The claims these edits record (issue 15: an edit is itself a claim) have audit events of their own.
    const mine = async (action: string) =>
      (await auditEvents(action))
        .filter((e) => e.userId === cleared.userId && e.targetType !== 'claim')
        .map((e) => `${e.targetType}:${e.targetIds.join()}`)
        .sort();
    expect(await mine('create')).toEqual([`actor:${actor.body.id}`, `tie:${tie.body.id}`].sort());
    expect(await mine('update')).toEqual([`actor:${actor.body.id}`, `tie:${tie.body.id}`].sort());
    expect(await mine('delete')).toEqual([`actor:${actor.body.id}`, `tie:${tie.body.id}`].sort());
  });

  it('leaves no event when a tie write is refused inside the store', async () => {
    const tieStore = createTieStore(server.db);
    const audit = createAuditLog(server.db);
    const trail: AuditTrail = {
      recordIn: (tx, targetIds) => audit.recordIn(tx, { userId: 'trail-tie', action: 'update', targetType: 'tie', targetIds }),
      alsoIn: () => Promise.reject(new Error('audit store unavailable')),
      recordNow: (event) => audit.record({ ...event, userId: 'trail-tie' }),
    };
    await expect(tieStore.update('t-comm', { sensitivity: 'public' }, SYSTEM_VIEWER, { audit: trail })).rejects.toThrow();
    expect(await server.count("MATCH ()-[t {id: 't-comm'}]->() WHERE t.sensitivity = 'confidential' RETURN count(t)")).toBe(1);
    expect(await server.count("MATCH (e:AuditEvent {userId: 'trail-tie'}) RETURN count(e)")).toBe(0);
  });
});

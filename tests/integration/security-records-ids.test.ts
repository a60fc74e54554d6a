/**
 * Security review 2, M5: actor ids are never reused. An approved area grant opens the confidential
 * actors in its `opened` list, by id, and a pending actor grant request names its actor by id; a
 * new record created under a deleted or merged id would be opened with nobody's approval. So a
 * delete leaves a tombstone, and a create or an import with a deleted or merged id is refused
 * exactly like a taken id (409, `id_conflict`, counted as a probe). Whoever deleted an actor may
 * bring it back (Undo), as they could have edited it instead.
 *
 * Fixture: gov is made confidential, based in the capital; the holder's area grant on the capital,
 * approved by a second administrator, opens it.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { as, auditSince, importAs, snapshot } from '../support/security-writes.js';

vi.setConfig({ testTimeout: 180_000 });

const server = useTestServer({ reset: 'each' });
const run = Math.random().toString(36).slice(2, 8);
type User = { userId: string; token: string };
let first: User;
let second: User;
let deleter: User;
let other: User;
let holder: User;
let auditEvents: Awaited<ReturnType<typeof auditSince>>;

const INFORMANT = {
  id: 'gov',
  name: 'Informant network',
  kind: 'civil_society',
  sensitivity: 'confidential',
  basedIn: ['capital'],
  confirmDuplicate: true,
};

beforeAll(async () => {
  first = await server.userWithToken(`rec-ids-admin-a-${run}`, 'administrator', 'confidential');
  second = await server.userWithToken(`rec-ids-admin-b-${run}`, 'administrator', 'internal');
  deleter = await server.userWithToken(`rec-ids-deleter-${run}`, 'analyst', 'confidential');
  other = await server.userWithToken(`rec-ids-other-${run}`, 'analyst', 'confidential');
  holder = await server.userWithToken(`rec-ids-holder-${run}`, 'viewer', 'internal');
});

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  expect((await as(server, server.token)('PATCH', '/api/actors/gov', { sensitivity: 'confidential' })).status).toBe(200);
  const asked = await as(server, first.token)('POST', '/api/grant-requests', {
    userId: holder.userId,
    grants: [{ scope: 'area', targetId: 'capital' }],
  });
  expect(asked.status).toBe(201);
  expect((await as(server, second.token)('POST', `/api/grant-requests/${asked.body.id}/approve`)).status).toBe(200);
  expect((await as(server, holder.token)('GET', '/api/actors/gov')).status).toBe(200);
  auditEvents = await auditSince(server);
});

// Grant requests outlive reset(): one left pending (a failed test) would name the capital in later files.
afterEach(async () => {
  await server.count("MATCH (r:GrantRequest {status: 'pending', requestedBy: $userId}) DETACH DELETE r RETURN count(*)", {
    userId: first.userId,
  });
});

describe('M5: a deleted actor’s id', () => {
  it('is refused to a new record exactly like a taken id, so the area grant never opens it', async () => {
    expect((await as(server, deleter.token)('DELETE', '/api/actors/gov')).status).toBe(204);
    expect(await server.count("MATCH (t:RetiredActor {id: 'gov'}) RETURN count(t)")).toBe(1);

    const reused = await as(server, other.token)('POST', '/api/actors', INFORMANT);
    const taken = await as(server, other.token)('POST', '/api/actors', { ...INFORMANT, id: 'un' });
    expect(reused.status).toBe(409);
    expect(taken.status).toBe(409);
    expect(reused.body).toEqual({
      error: {
        ...taken.body.error,
        message: taken.body.error.message.replace('"un"', '"gov"'),
        params: { ...taken.body.error.params, id: 'gov' },
      },
    });
    expect((await auditEvents('id_conflict')).filter((e) => e.userId === other.userId).map((e) => e.targetIds)).toEqual(
      expect.arrayContaining([['gov'], ['un']]),
    );
    expect(await server.count("MATCH (a:Actor {id: 'gov'}) RETURN count(a)")).toBe(0);
    expect((await as(server, holder.token)('GET', '/api/actors/gov')).status).toBe(404);
  });

  it('is refused to an import like a taken id', async () => {
    expect((await as(server, deleter.token)('DELETE', '/api/actors/gov')).status).toBe(204);
    const response = await importAs(
      server,
      other.token,
      'reuse.json',
      snapshot({ actors: [{ id: 'gov', name: 'Informant network', kind: 'civil_society', sensitivity: 'confidential' }] }),
    );
    expect(response.body.status).toBe('refused');
    expect(response.body.problems).toEqual([
      {
        line: null,
        column: 'actors.0',
        sheet: null,
        reason: 'the ID "gov" is already taken by another record; leave the ID out (the server chooses one) or choose another',
        messageCode: 'import.id_taken',
        params: { id: 'gov' },
      },
    ]);
    expect((await auditEvents('id_conflict')).filter((e) => e.userId === other.userId).map((e) => e.targetIds)).toEqual([['gov']]);
    expect(await server.count("MATCH (a:Actor {id: 'gov'}) RETURN count(a)")).toBe(0);
    expect((await as(server, holder.token)('GET', '/api/actors/gov')).status).toBe(404);
  });

  it('may be given back by whoever deleted it (Undo), which takes the tombstone back', async () => {
    expect((await as(server, deleter.token)('DELETE', '/api/actors/party')).status).toBe(204);
    const restored = await as(server, deleter.token)('POST', '/api/actors', {
      id: 'party',
      name: 'Eastern Front',
      kind: 'conflict_party',
      subtype: 'armed_group',
      basedIn: ['east'],
      confirmDuplicate: true,
    });
    expect(restored.status).toBe(201);
    expect(await server.count("MATCH (t:RetiredActor {id: 'party'}) RETURN count(t)")).toBe(0);
    // Deleted again by the other analyst: now the first may not take the id.
    expect((await as(server, other.token)('DELETE', '/api/actors/party')).status).toBe(204);
    expect(
      (await as(server, deleter.token)('POST', '/api/actors', { id: 'party', name: 'Eastern Front', kind: 'conflict_party' })).status,
    ).toBe(409);
  });
});

describe('M5: a merged actor’s id', () => {
  it('is refused to a new record like a taken id, and a pending actor grant request on it opens nothing new', async () => {
    const asked = await as(server, first.token)('POST', '/api/grant-requests', {
      userId: holder.userId,
      grants: [
        { scope: 'area', targetId: 'capital' },
        { scope: 'actor', targetId: 'donor' },
      ],
    });
    expect(asked.status).toBe(201);
    expect((await as(server, server.token)('POST', '/api/actors/un/merge', { duplicateIds: ['donor'] })).status).toBe(200);
    const reused = await as(server, server.token)('POST', '/api/actors', { ...INFORMANT, id: 'donor' });
    expect(reused.status).toBe(409);
    expect(reused.body.error.message).toBe('An actor with id "donor" already exists');
    expect((await as(server, second.token)('POST', `/api/grant-requests/${asked.body.id}/approve`)).status).toBe(200);
    expect(await server.count("MATCH (a:Actor {id: 'donor'}) RETURN count(a)")).toBe(0);
  });
});

/**
 * A hidden record and an absent one look the same on every path an importer or editor has: ids
 * of actors and ties, imports naming them (by name, by id, by reference), dry-run reports. The
 * server chooses random ids, so names never become ids; a create with a chosen id that is taken
 * answers 409 (the documented residual), audited as `id_conflict`, and a user who keeps hitting
 * taken ids is refused chosen ids for a while (429).
 *
 * Fixture: cso-b (Youth Voice) and the tie t-comm (cso-a - cso-b) are confidential; the
 * internal analyst cannot see them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { ID_CONFLICT_LIMIT } from '../../server/services/write-identity.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { as, auditSince, importAs, snapshot } from '../support/security-writes.js';

const server = useTestServer({ reset: 'each' });
let internal: { userId: string; token: string };
let auditEvents: Awaited<ReturnType<typeof auditSince>>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A response with the id it names replaced, for comparing a hidden id's answer with an absent one's. */
const neutral = (response: { status: number; body: unknown }, id: string) => ({
  status: response.status,
  body: JSON.stringify(response.body).replaceAll(id, 'ID'),
});

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  expect((await as(server, server.token)('PATCH', '/api/actors/cso-b', { sensitivity: 'confidential' })).status).toBe(200);
  expect((await as(server, server.token)('PATCH', '/api/ties/t-comm', { sensitivity: 'confidential' })).status).toBe(200);
  // A fresh account per test: the probe limit counts per user.
  internal = await server.userWithToken(`sw-oracle-${Math.random().toString(36).slice(2, 10)}`, 'analyst', 'internal');
  auditEvents = await auditSince(server);
});

describe('actor and tie ids', () => {
  it('answers a hidden actor id exactly like an absent one on read, update and delete', async () => {
    const request = as(server, internal.token);
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { influence: 1 }],
      ['DELETE', undefined],
    ] as const) {
      expect(neutral(await request(method, '/api/actors/cso-b', body), 'cso-b')).toEqual(
        neutral(await request(method, '/api/actors/nobody', body), 'nobody'),
      );
    }
  });

  it('answers a hidden tie id exactly like an absent one on read, update and delete, and leaves the hidden tie alone', async () => {
    const request = as(server, internal.token);
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { strength: 3 }],
      ['DELETE', undefined],
    ] as const) {
      const hidden = neutral(await request(method, '/api/ties/t-comm', body), 't-comm');
      expect(hidden.status).toBe(404);
      expect(hidden).toEqual(neutral(await request(method, '/api/ties/no-tie', body), 'no-tie'));
    }
    expect(await server.count("MATCH ()-[t {id: 't-comm'}]->() WHERE coalesce(t.strength, 0) <> 3 RETURN count(t)")).toBe(1);
  });

  it('gives server-created actors and ties random ids that say nothing of their names', async () => {
    const actor = await as(server, internal.token)('POST', '/api/actors', {
      name: 'Youth Voice',
      kind: 'civil_society',
      confirmDuplicate: true,
    });
    expect(actor.status).toBe(201);
    expect(actor.body.id).toMatch(UUID);
    const tie = await as(server, internal.token)('POST', '/api/ties', { type: 'funds', sourceId: 'donor', targetId: actor.body.id });
    expect(tie.body.id).toMatch(UUID);
  });

  it('audits a taken chosen id as id_conflict, and refuses chosen ids (429) after too many', async () => {
    const taken = await as(server, internal.token)('POST', '/api/actors', { id: 'cso-b', name: 'Probe', kind: 'civil_society' });
    expect(taken.status).toBe(409);
    const conflicts = await auditEvents('id_conflict');
    expect(conflicts.map((e) => [e.userId, e.targetType, e.targetIds])).toEqual([[internal.userId, 'actor', ['cso-b']]]);
    for (let probe = 1; probe < ID_CONFLICT_LIMIT; probe += 1) {
      expect(
        (await as(server, internal.token)('POST', '/api/ties', { id: 't-comm', type: 'funds', sourceId: 'donor', targetId: 'gov' })).status,
      ).toBe(409);
    }
    const limited = await as(server, internal.token)('POST', '/api/actors', { id: 'never-used', name: 'Probe', kind: 'civil_society' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.details[0].path).toBe('body.id');
    expect((await as(server, internal.token)('POST', '/api/actors', { name: 'No chosen id', kind: 'civil_society' })).status).toBe(201);
  });

  it('scopes an Idempotency-Key to its user: the same key from two users makes two records', async () => {
    const other = await server.userWithToken('sw-oracle-other', 'analyst', 'internal');
    const headers = { 'idempotency-key': 'shared-key-123' };
    const mine = await as(server, internal.token)('POST', '/api/actors', { name: 'Mine', kind: 'civil_society' }, headers);
    const again = await as(server, internal.token)('POST', '/api/actors', { name: 'Mine', kind: 'civil_society' }, headers);
    const theirs = await as(server, other.token)('POST', '/api/actors', { name: 'Theirs', kind: 'civil_society' }, headers);
    expect([mine.status, again.status, theirs.status]).toEqual([201, 201, 201]);
    expect(again.body.id).toBe(mine.body.id);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.body.name).toBe('Theirs');
  });
});

describe('imports', () => {
  it('reports a 3W file naming a hidden actor exactly like one naming an absent actor (dry run), and creates a separate actor', async () => {
    const report = async (name: string) => {
      const response = await importAs(server, internal.token, 'probe.csv', `Organisation,Sector\n${name},Protection\n`, '&dryRun=true');
      const { status, counts, problems, warnings, duplicates, records, rows } = response.body;
      return { http: response.status, status, counts, problems, warnings, duplicates, records, rows };
    };
    const hidden = await report('Youth Voice');
    expect(hidden.status).toBe('validated');
    expect(hidden).toEqual(await report('Nobody Known'));
    const imported = await importAs(server, internal.token, 'probe.csv', 'Organisation,Sector\nYouth Voice,Protection\n');
    expect(imported.status).toBe(201);
    const created = (await as(server, internal.token)('GET', '/api/actors?text=Youth%20Voice')).body.items;
    expect(created).toHaveLength(1);
    expect(created[0].id).toMatch(UUID);
    expect(
      await server.count("MATCH (a:Actor {id: 'cso-b'}) WHERE a.sensitivity = 'confidential' AND a.description = '' RETURN count(a)"),
    ).toBe(1);
    expect(await server.count("MATCH (a:Actor {id: 'cso-b'})-[:CONTRIBUTES_TO]->() RETURN count(*)")).toBe(1);
  });

  it('no longer counts rows that "would overwrite records you may not see": a taken chosen id is refused like the API’s 409', async () => {
    const response = await importAs(
      server,
      internal.token,
      'ids.json',
      snapshot({ actors: [{ id: 'cso-b', name: 'X', kind: 'civil_society' }] }),
      '&dryRun=true',
    );
    expect(response.body.status).toBe('refused');
    expect(JSON.stringify(response.body)).not.toContain('may not see');
    expect(response.body.problems).toEqual([
      {
        line: null,
        column: 'actors.0',
        sheet: null,
        reason: 'the ID "cso-b" is already taken by another record; leave the ID out (the server chooses one) or choose another',
        messageCode: 'import.id_taken',
        params: { id: 'cso-b' },
      },
    ]);
    expect((await auditEvents('id_conflict')).map((e) => e.targetIds)).toEqual([['cso-b']]);
  });

  it('refuses rows linking hidden actors (ties, engagements, mechanisms, output roles) with their place, like missing ones', async () => {
    const file = (actorId: string) =>
      snapshot({
        ties: [{ id: 'probe-tie', type: 'funds', sourceId: 'donor', targetId: actorId }],
        engagements: [
          { id: 'probe-eng', date: '2026-01-05', sectionId: 'un', actorIds: ['gov', actorId], format: 'meeting', areaId: 'capital' },
        ],
        mechanisms: [{ id: 'probe-mech', name: 'Probe', kind: 'cluster', memberIds: [actorId] }],
        outputRoles: [{ actorId, outputId: 'o1', role: 'support' }],
        outputStances: [{ actorId, targetId: 'o1', stance: 'contributes_to' }],
      });
    const hidden = await importAs(server, internal.token, 'links.json', file('cso-b'));
    expect(hidden.status).toBe(422);
    expect(hidden.body.problems.map((p: { column: string }) => p.column)).toEqual([
      'ties.0.targetId',
      'engagements.0.actorIds.1',
      'mechanisms.0.memberIds.0',
      'outputRoles.0.actorId',
      'outputStances.0.actorId',
    ]);
    const absent = await importAs(server, internal.token, 'links.json', file('cso-z'));
    expect(JSON.stringify(hidden.body.problems).replaceAll('cso-b', 'ID')).toBe(
      JSON.stringify(absent.body.problems).replaceAll('cso-z', 'ID'),
    );
    expect(await server.count("MATCH (:Actor {id: 'cso-b'})-[r:MEMBER_OF|PARTICIPATED_IN|SUPPORTS]->() RETURN count(r)")).toBe(0);
    expect(await server.count("MATCH (n) WHERE n.id IN ['probe-eng', 'probe-mech'] RETURN count(n)")).toBe(0);
  });

  it('lets the server choose the import job id: a client-chosen jobId is refused', async () => {
    const response = await importAs(server, internal.token, 'a.csv', 'Organisation\nA\n', '&jobId=3f1c2a9e-8a41-4c1e-9a40-2b7d5c0e1f11');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('query.jobId');
  });
});

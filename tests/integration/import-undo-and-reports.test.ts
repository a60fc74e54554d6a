/**
 * Undoing an import (DELETE /api/imports/:id) removes what it created, as a whole, and restores
 * nothing else, while nothing it created has changed since; otherwise 409 naming the changed
 * records. Stored import reports keep no names from the map (they are filled in on reading, for
 * what the owner may still see) and expire.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { as, auditSince, importAs, snapshot } from '../support/security-writes.js';

const server = useTestServer({ reset: 'each' });
let analyst: { userId: string; token: string };
let auditEvents: Awaited<ReturnType<typeof auditSince>>;

beforeAll(async () => {}, 240_000);
beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  analyst = await server.userWithToken(`undo-${Math.random().toString(36).slice(2, 10)}`, 'analyst', 'internal');
  auditEvents = await auditSince(server);
}, 120_000);

const FILE = snapshot({
  actors: [
    { id: 'new-a', name: 'New Actor', kind: 'civil_society' },
    { id: 'gov', name: 'Ministry of Peace', kind: 'government', description: 'Changed by the import' },
  ],
  ties: [{ id: 't-new', type: 'funds', sourceId: 'donor', targetId: 'new-a' }],
  engagements: [{ id: 'e-new', date: '2026-01-01', sectionId: 'un', actorIds: ['new-a', 'gov'], format: 'meeting', areaId: 'capital' }],
});

describe('undo an import', () => {
  it('removes what the import created, restores nothing else, is audited, and only once', async () => {
    const before = await server.countMapNodes();
    const imported = await importAs(server, analyst.token, 'x.json', FILE);
    expect(imported.status).toBe(201);
    const id = imported.body.importId;
    expect(await server.countMapNodes()).toBeGreaterThan(before);
    // Someone else may neither undo nor see it.
    const other = await server.userWithToken('undo-other', 'analyst', 'strictly_confidential');
    expect((await as(server, other.token)('DELETE', `/api/imports/${id}`)).status).toBe(404);
    const undone = await as(server, analyst.token)('DELETE', `/api/imports/${id}`);
    expect(undone.status).toBe(200);
    expect(undone.body.removed.records).toBeGreaterThanOrEqual(2);
    expect(await server.count("MATCH (n) WHERE n.id IN ['new-a', 'e-new'] RETURN count(n)")).toBe(0);
    expect(await server.count("MATCH ()-[t {id: 't-new'}]->() RETURN count(t)")).toBe(0);
    expect(await server.countMapNodes()).toBe(before);
    // What the import updated stays updated; the fixture's own links are untouched.
    expect(await server.count("MATCH (a:Actor {id: 'gov'}) WHERE a.description = 'Changed by the import' RETURN count(a)")).toBe(1);
    expect(await server.count("MATCH (:Actor {id: 'gov'})-[:BASED_IN]->(:AdminArea {id: 'capital'}) RETURN count(*)")).toBe(1);
    expect(
      (await auditEvents('import')).filter((event) => event.detail === 'undone').map((event) => [event.userId, event.targetIds]),
    ).toEqual([[analyst.userId, [id]]]);
    expect((await as(server, analyst.token)('DELETE', `/api/imports/${id}`)).status).toBe(409);
  }, 120_000);

  it('answers 409 naming the records changed since, and removes nothing', async () => {
    const imported = await importAs(server, analyst.token, 'x.json', FILE);
    expect((await as(server, analyst.token)('PATCH', '/api/actors/new-a', { influence: 3 })).status).toBe(200);
    const refused = await as(server, analyst.token)('DELETE', `/api/imports/${imported.body.importId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual([
      { path: 'records.new-a', message: 'changed since the import', messageCode: 'field.changed_since_import', params: {} },
    ]);
    expect(refused.body.error).toMatchObject({ messageCode: 'conflict.import_changed_since', params: { count: 1 } });
    expect(await server.count("MATCH (n) WHERE n.id IN ['new-a', 'e-new'] RETURN count(n)")).toBe(2);
    // A tie someone added to an imported actor blocks the undo too (it would go with the actor).
    const second = await importAs(
      server,
      analyst.token,
      'y.json',
      snapshot({ actors: [{ id: 'new-b', name: 'Another', kind: 'civil_society' }] }),
    );
    expect((await as(server, analyst.token)('POST', '/api/ties', { type: 'funds', sourceId: 'donor', targetId: 'new-b' })).status).toBe(
      201,
    );
    expect((await as(server, analyst.token)('DELETE', `/api/imports/${second.body.importId}`)).status).toBe(409);
  }, 120_000);
});

describe('stored import reports', () => {
  const csv = 'Organisation,Sector\nMinistry of Peaxe,Protection\n';

  it('keep no names from the map, show them to the owner while they may see the actor, and expire', async () => {
    const imported = await importAs(server, analyst.token, 'probe.csv', csv, '&dryRun=true');
    expect(imported.body.duplicates).toEqual([expect.objectContaining({ a: expect.anything(), b: expect.anything() })]);
    const id = imported.body.importId;
    expect(await server.count("MATCH (j:ImportJob {id: $id}) WHERE j.report CONTAINS 'Ministry of Peace' RETURN count(j)", { id })).toBe(0);
    const names = async () => {
      const read = await as(server, analyst.token)('GET', `/api/imports/${id}`);
      expect(read.status).toBe(200);
      return read.body.duplicates.flatMap((pair: { a: { name: string }; b: { name: string } }) => [pair.a.name, pair.b.name]).sort();
    };
    expect(await names()).toEqual(['Ministry of Peace', 'Ministry of Peaxe']);
    await server.count("MATCH (a:Actor {id: 'gov'}) SET a.sensitivity = 'confidential' RETURN count(a)");
    expect(await names()).toEqual([]);
    await server.count('MATCH (j:ImportJob {id: $id}) SET j.startedAt = datetime() - duration({days: 8}) RETURN count(j)', { id });
    expect((await as(server, analyst.token)('GET', `/api/imports/${id}`)).status).toBe(404);
    await importAs(server, analyst.token, 'probe.csv', csv, '&dryRun=true');
    expect(await server.count('MATCH (j:ImportJob {id: $id}) RETURN count(j)', { id })).toBe(0);
  }, 120_000);
});

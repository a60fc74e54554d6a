/** /api/ties against the real Neo4j: round trips, retyping, validation, 404, 409 with nothing written. */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer({ reset: 'each' });
const api = (method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, body);
const countTies = () => server.count('MATCH (:Actor)-[t]->(:Actor) WHERE t.id IS NOT NULL RETURN count(t)');

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
});

describe('create, read, update, delete', () => {
  it('round-trips a tie and defaults direction by type', async () => {
    const input = {
      id: 't-new',
      type: 'influences',
      sourceId: 'gov',
      targetId: 'cso-a',
      strength: 3,
      source: 'Field report, Capital office',
      confidence: 'corroborated',
      observedAt: '2026-03-02',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      outputId: 'o1',
      sensitivity: 'confidential',
    };
    const created = await api('POST', '/api/ties', input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...input, directed: true });
    // The create's answer also names the claim it recorded (issue #15); the read is the tie alone.
    const { editClaims, ...tie } = created.body;
    expect(editClaims).toEqual([{ id: expect.any(String), before: null }]);
    expect((await api('GET', '/api/ties/t-new')).body).toEqual(tie);
    expect(await server.count("MATCH (:Actor {id:'gov'})-[t:INFLUENCES {id:'t-new'}]->(:Actor {id:'cso-a'}) RETURN count(t)")).toBe(1);

    const symmetric = await api('POST', '/api/ties', { type: 'allied_with', sourceId: 'gov', targetId: 'donor' });
    expect(symmetric.body.directed).toBe(false);
    expect(symmetric.body.strength).toBe(2);
    expect(symmetric.body.confidence).toBe('reported');
  });

  it('changes the type of a tie, keeping its id and fields', async () => {
    const patched = await api('PATCH', '/api/ties/t-comm', { type: 'allied_with', strength: 1 });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: 't-comm', type: 'allied_with', strength: 1, sourceId: 'cso-a', targetId: 'cso-b' });
    expect(await server.count("MATCH ()-[t:COMMUNICATES_WITH {id:'t-comm'}]->() RETURN count(t)")).toBe(0);
    expect(await server.count("MATCH ()-[t:ALLIED_WITH {id:'t-comm'}]->() RETURN count(t)")).toBe(1);
  });

  it('clears an optional field with null and deletes a tie', async () => {
    expect((await api('PATCH', '/api/ties/t-funds', { outputId: null })).body.outputId).toBeNull();
    expect((await api('DELETE', '/api/ties/t-funds')).status).toBe(204);
    expect((await api('GET', '/api/ties/t-funds')).status).toBe(404);
    expect((await api('GET', '/api/actors/donor')).status).toBe(200);
  });

  it('lists ties by type and by actor', async () => {
    const byActor = await api('GET', '/api/ties?actor=cso-b');
    expect(byActor.body.items.map((t: { id: string }) => t.id)).toEqual(['t-affil', 't-comm']);
    const byType = await api('GET', '/api/ties?type=funds,in_conflict_with');
    expect(byType.body.items.map((t: { id: string }) => t.id)).toEqual(['t-conflict', 't-funds']);
    expect(byType.body.total).toBe(2);
  });
});

describe('refusals', () => {
  it.each([
    ['unknown type', { type: 'hates', sourceId: 'gov', targetId: 'un' }, 'body.type'],
    ['self tie', { type: 'funds', sourceId: 'gov', targetId: 'gov' }, 'body.targetId'],
    ['strength 4', { type: 'funds', sourceId: 'gov', targetId: 'un', strength: 4 }, 'body.strength'],
    ['unknown confidence', { type: 'funds', sourceId: 'gov', targetId: 'un', confidence: 'rumour' }, 'body.confidence'],
    [
      'validTo before validFrom',
      { type: 'funds', sourceId: 'gov', targetId: 'un', validFrom: '2026-05-01', validTo: '2026-04-01' },
      'body.validTo',
    ],
    ['missing target', { type: 'funds', sourceId: 'gov' }, 'body.targetId'],
  ])('400 for %s, nothing written', async (_label, body, path) => {
    const before = await countTies();
    const response = await api('POST', '/api/ties', body);
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await countTies()).toBe(before);
  });

  it('409 for a tie to a missing actor, naming the field, with nothing written', async () => {
    const before = await countTies();
    const response = await api('POST', '/api/ties', { type: 'funds', sourceId: 'donor', targetId: 'ghost', outputId: 'o9' });
    expect(response.status).toBe(409);
    expect(response.body.error.details).toEqual([
      {
        path: 'body.targetId',
        message: 'no actor with id "ghost"',
        messageCode: 'field.missing_record',
        params: { what: 'actor', id: 'ghost' },
      },
      {
        path: 'body.outputId',
        message: 'no output with id "o9"',
        messageCode: 'field.missing_record',
        params: { what: 'output', id: 'o9' },
      },
    ]);
    expect(await countTies()).toBe(before);
    expect(await server.count("MATCH (a:Actor {id:'ghost'}) RETURN count(a)")).toBe(0);
  });

  it('409 for a duplicate tie id', async () => {
    const response = await api('POST', '/api/ties', { id: 't-funds', type: 'funds', sourceId: 'donor', targetId: 'cso-b' });
    expect(response.status).toBe(409);
    expect((await api('GET', '/api/ties/t-funds')).body.targetId).toBe('cso-a');
  });

  it('checks a patch against the tie it would leave', async () => {
    await api('PATCH', '/api/ties/t-coop', { validFrom: '2026-06-01' });
    const response = await api('PATCH', '/api/ties/t-coop', { validTo: '2026-01-01' });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('body.validTo');
    expect((await api('GET', '/api/ties/t-coop')).body.validTo).toBeNull();
  });

  it('refuses to move a tie to other actors through PATCH', async () => {
    const response = await api('PATCH', '/api/ties/t-coop', { sourceId: 'donor' });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('body.sourceId');
  });

  it('404 for an unknown tie', async () => {
    expect((await api('GET', '/api/ties/nope')).status).toBe(404);
    expect((await api('PATCH', '/api/ties/nope', { strength: 1 })).status).toBe(404);
    expect((await api('DELETE', '/api/ties/nope')).status).toBe(404);
  });
});

/**
 * /api/sources and /api/claims against the real Neo4j: round trip with audit; the grade moving
 * as claims are added, edited and deleted; need to know (a viewer who may not see a strictly
 * confidential key informant sees neither it, its claims, nor their effect on grade and counts);
 * located errors; idempotent creates; the start-up migration of tie source texts.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { migrateLegacySources } from '../../server/evidence/legacy-migration.js';
import { failingFields, resetWith } from '../support/analysis-api.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { useTestServer } from '../support/lifecycle.js';
import { request } from '../support/http.js';

// Each test makes many writes; on the shared 2-core machine under load that can take minutes.
vi.setConfig({ testTimeout: 300_000 });

const server = useTestServer();
let internalToken: string;
const api = (method: string, path: string, body?: unknown, as?: string, headers?: Record<string, string>) =>
  request(server.baseUrl, method, path, body, { ...(as === undefined ? {} : { as }), ...(headers ? { headers } : {}) });
const tieEvidence = async (id: string, as?: string) => (await api('GET', `/api/ties/${id}`, undefined, as)).body.evidence;

async function source(id: string, reliability: string, extra: Record<string, unknown> = {}) {
  const created = await api('POST', '/api/sources', { id, title: `Source ${id}`, kind: 'report', reliability, ...extra });
  expect(created.status).toBe(201);
  return created.body;
}
async function claim(body: Record<string, unknown>) {
  const created = await api('POST', '/api/claims', { credibility: 2, ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

beforeAll(async () => {
  internalToken = (await server.userWithToken('evidence-internal-analyst', 'analyst', 'internal')).token;
});
beforeEach(async () => {
  await resetWith(server, FIXTURE);
});

describe('sources and claims', () => {
  it('round trip with an audit event per write, and the grade moves with every claim write', async () => {
    // The audit log outlives resets: ids of this run only.
    const run = Date.now().toString(36);
    const [r1, r2, c1, c2, c3] = ['report-1', 'report-2', 'c1', 'c2', 'c3'].map((id) => `${id}-${run}`) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const report = await source(r1, 'B', { date: '2026-05-01', reference: 'https://example.org/r1' });
    expect(report).toMatchObject({ id: r1, reliability: 'B', sensitivity: 'internal', date: '2026-05-01', claims: 0 });
    await source(r2, 'A');
    expect(await tieEvidence('t-affil')).toEqual({ grade: 'unsourced', claims: 0, sources: 0, contested: false });

    const first = await claim({ id: c1, sourceId: r1, tieId: 't-affil', observedAt: '2026-05-02' });
    expect(first).toMatchObject({ sourceTitle: `Source ${r1}`, exists: true, contested: false, observedAt: '2026-05-02' });
    expect((await tieEvidence('t-affil')).grade).toBe('single_source');

    await claim({ id: c2, sourceId: r2, tieId: 't-affil' });
    expect(await tieEvidence('t-affil')).toEqual({ grade: 'corroborated', claims: 2, sources: 2, contested: false });

    expect((await api('PATCH', `/api/claims/${c2}`, { exists: false })).status).toBe(200);
    expect((await tieEvidence('t-affil')).grade).toBe('contested');
    const contested = await api('GET', '/api/claims?contested=true');
    expect(contested.body.items.map((c: any) => c.id).sort()).toEqual([c1, c2].sort());

    expect((await api('DELETE', `/api/claims/${c2}`)).status).toBe(204);
    expect((await tieEvidence('t-affil')).grade).toBe('single_source');
    expect((await api('GET', '/api/claims?contested=true')).body.total).toBe(0);

    // A lowered reliability moves the grade of what the source claims.
    await claim({ id: c3, sourceId: r2, tieId: 't-affil' });
    expect((await tieEvidence('t-affil')).grade).toBe('corroborated');
    expect((await api('PATCH', `/api/sources/${r2}`, { reliability: 'D' })).status).toBe(200);
    expect((await tieEvidence('t-affil')).grade).toBe('single_source');

    // Deleting a source deletes its claims and regrades.
    expect((await api('DELETE', `/api/sources/${r1}`)).status).toBe(204);
    expect(await tieEvidence('t-affil')).toMatchObject({ claims: 1, sources: 1 });
    expect((await api('GET', `/api/claims/${c1}`)).status).toBe(404);

    for (const [action, type, id] of [
      ['create', 'source', r1],
      ['update', 'source', r2],
      ['delete', 'source', r1],
      ['create', 'claim', c1],
      ['update', 'claim', c2],
      ['delete', 'claim', c2],
    ]) {
      const events = await server.count(
        'MATCH (e:AuditEvent {action: $action, targetType: $type}) WHERE $id IN e.targetIds RETURN count(e)',
        {
          action,
          type,
          id,
        },
      );
      expect(events, `${action} ${type} ${id}`).toBe(1);
    }
  });

  it('actor attribute claims: contested when two sections disagree on a stance; filters by actor and source', async () => {
    await source('civil-affairs', 'B', { kind: 'meeting_note' });
    await source('political', 'B', { kind: 'meeting_note' });
    await claim({ sourceId: 'civil-affairs', actorId: 'cso-b', attribute: 'stance', value: 2 });
    await claim({ sourceId: 'political', actorId: 'cso-b', attribute: 'stance', value: -1 });
    const actor = await api('GET', '/api/actors/cso-b');
    expect(actor.body.evidence).toEqual({ grade: 'contested', claims: 2, sources: 2, contested: true });
    expect((await api('GET', '/api/claims?actor=cso-b')).body.total).toBe(2);
    expect((await api('GET', '/api/claims?source=political')).body.items[0]).toMatchObject({ value: -1, attribute: 'stance' });
    const graph = await api('GET', '/api/graph');
    expect(graph.body.nodes.find((n: any) => n.data.id === 'cso-b').data.evidence.grade).toBe('contested');
  });

  it('an analyst not cleared for the key informant sees single source, not its claim, count or source', async () => {
    await source('report', 'B');
    const informant = await source('informant', 'A', { kind: 'key_informant' });
    expect(informant.sensitivity).toBe('strictly_confidential');
    await claim({ id: 'open-claim', sourceId: 'report', tieId: 't-funds' });
    await claim({ id: 'secret-claim', sourceId: 'informant', tieId: 't-funds' });

    expect(await tieEvidence('t-funds')).toEqual({ grade: 'corroborated', claims: 2, sources: 2, contested: false });
    expect(await tieEvidence('t-funds', internalToken)).toEqual({ grade: 'single_source', claims: 1, sources: 1, contested: false });
    const mapEdge = (await api('GET', '/api/graph', undefined, internalToken)).body.edges.find((e: any) => e.data.id === 't-funds');
    expect(mapEdge.data.evidence).toMatchObject({ grade: 'single_source', claims: 1 });

    const hiddenSource = await api('GET', '/api/sources/informant', undefined, internalToken);
    const absentSource = await api('GET', '/api/sources/nobody', undefined, internalToken);
    expect(hiddenSource.status).toBe(404);
    expect(hiddenSource.body.error.message).toBe(absentSource.body.error.message.replace('nobody', 'informant'));
    expect((await api('GET', '/api/sources', undefined, internalToken)).body.items.map((s: any) => s.id)).toEqual(['report']);
    expect((await api('GET', '/api/claims?tie=t-funds', undefined, internalToken)).body.items.map((c: any) => c.id)).toEqual([
      'open-claim',
    ]);
    expect((await api('GET', '/api/claims/secret-claim', undefined, internalToken)).status).toBe(404);

    // A claim on a source the contradicting viewer cannot see does not show them a dispute.
    await claim({ id: 'secret-denial', sourceId: 'informant', tieId: 't-coop', exists: false });
    await claim({ id: 'open-coop', sourceId: 'report', tieId: 't-coop' });
    expect((await tieEvidence('t-coop')).grade).toBe('contested');
    expect((await tieEvidence('t-coop', internalToken)).grade).toBe('single_source');
    expect((await api('GET', '/api/claims?contested=true', undefined, internalToken)).body.total).toBe(0);
  });

  it('viewers and leadership read the grade, never who said so: sources and claims answer 403 to them', async () => {
    await source('report', 'B');
    await claim({ id: 'open-claim', sourceId: 'report', tieId: 't-funds' });
    for (const role of ['viewer', 'leadership'] as const) {
      const token = (await server.userWithToken(`evidence-${role}`, role, 'strictly_confidential')).token;
      expect((await tieEvidence('t-funds', token)).grade, role).toBe('single_source');
      for (const path of ['/api/sources', '/api/sources/report', '/api/claims?tie=t-funds', '/api/claims/open-claim']) {
        const answer = await api('GET', path, undefined, token);
        expect(answer.status, `${role} ${path}`).toBe(403);
        expect(answer.body.error.message).toContain('does not receive sources or claims');
      }
    }
  });

  it('locates bad input at its field, refuses hidden or absent references alike, and creates once under a repeated key', async () => {
    const invalid = await api('POST', '/api/sources', { title: ' ', kind: 'rumour', reliability: 'G' });
    expect(invalid.status).toBe(400);
    expect(failingFields(invalid.body)).toEqual(expect.arrayContaining(['body.title', 'body.kind', 'body.reliability']));
    await source('report', 'C');
    const badClaim = await api('POST', '/api/claims', {
      sourceId: 'report',
      actorId: 'gov',
      attribute: 'stance',
      value: 4,
      credibility: 7,
    });
    expect(failingFields(badClaim.body)).toEqual(expect.arrayContaining(['body.value', 'body.credibility']));
    const both = await api('POST', '/api/claims', { sourceId: 'report' });
    expect(failingFields(both.body)).toEqual(['body.tieId']);

    await source('informant', 'A', { kind: 'key_informant' });
    const viewer = (await server.userWithToken('evidence-internal-viewer', 'viewer', 'internal')).token;
    const hidden = await api('POST', '/api/claims', { sourceId: 'informant', tieId: 't-funds' }, viewer);
    expect(hidden.status).toBe(403); // a viewer may not write at all
    const analyst = internalToken;
    const hiddenSource = await api('POST', '/api/claims', { sourceId: 'informant', tieId: 't-funds' }, analyst);
    const absentSource = await api('POST', '/api/claims', { sourceId: 'nobody', tieId: 't-funds' }, analyst);
    expect(hiddenSource.status).toBe(409);
    expect(failingFields(hiddenSource.body)).toEqual(['body.sourceId']);
    expect(absentSource.body.error.message.replace('nobody', 'informant')).toBe(hiddenSource.body.error.message);
    const missingTie = await api('POST', '/api/claims', { sourceId: 'report', tieId: 'no-such-tie' }, analyst);
    expect(failingFields(missingTie.body)).toEqual(['body.tieId']);
    // Nobody marks a source above their clearance (the key informant default included).
    expect((await api('POST', '/api/sources', { title: 'KI', kind: 'key_informant' }, analyst)).status).toBe(403);

    const key = { 'Idempotency-Key': 'evidence-retry-1' };
    const once = await api('POST', '/api/claims', { sourceId: 'report', tieId: 't-comm' }, undefined, key);
    const twice = await api('POST', '/api/claims', { sourceId: 'report', tieId: 't-comm', credibility: 1 }, undefined, key);
    expect(twice.status).toBe(201);
    expect(twice.body.id).toBe(once.body.id);
    expect((await api('GET', '/api/claims?tie=t-comm')).body.total).toBe(1);
    expect((await tieEvidence('t-comm')).claims).toBe(1);
  });

  it('migrates each tie source text into a source and a claim once, its confidence word into a grade', async () => {
    // Ties as an older database holds them: a source text and a confidence word, no claims.
    const legacy = [
      ['t-funds', 'Donor annual report 2025', 'confirmed'],
      ['t-affil', 'Market rumour', 'reported'],
      ['t-comm', 'Donor annual report 2025', 'reported'],
    ];
    for (const [id, text, confidence] of legacy) {
      await server.count('MATCH ()-[t {id: $id}]->() SET t.source = $text, t.confidence = $confidence RETURN count(t)', {
        id,
        text,
        confidence,
      });
    }
    expect(await migrateLegacySources(server.db)).toBe(3);
    expect(await migrateLegacySources(server.db)).toBe(0);
    expect(await server.count('MATCH (s:Source) RETURN count(s)')).toBe(2);
    expect(await server.count('MATCH (c:Claim) RETURN count(c)')).toBe(3);
    expect((await tieEvidence('t-funds')).grade).toBe('corroborated');
    expect((await tieEvidence('t-affil')).grade).toBe('single_source');
    const sources = (await api('GET', '/api/sources')).body.items;
    expect(sources.map((s: any) => [s.title, s.reliability, s.claims])).toEqual(
      expect.arrayContaining([
        ['Donor annual report 2025', 'F', 2],
        ['Market rumour', 'F', 1],
      ]),
    );
  });
});

/**
 * The output page's writes against the real Neo4j: actors' stances on an output or activity
 * (create, replace, delete; a hidden actor answers as an absent one), and benchmark status with a
 * date and a note; bad input located; audit events written.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer({ reset: 'each' });
const api = (method: string, path: string, body?: unknown, as?: string) => request(server.baseUrl, method, path, body, as ? { as } : {});
const stancesOf = async (as?: string) => ((await api('GET', '/api/outputs/o1', undefined, as)).body as { stances?: unknown[] }).stances;

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
});

describe('stances', () => {
  it('lists the fixture’s stances on the output page, and adds, replaces and removes one, audited', async () => {
    // The audit log outlives resets: count this test's events.
    const audited = () => server.count("MATCH (e:AuditEvent {targetType: 'output_stance'}) WHERE 'cso-a' IN e.targetIds RETURN count(e)");
    const auditedBefore = await audited();
    expect(await stancesOf()).toEqual([
      { actorId: 'party', name: 'Eastern Front', acronym: null, targetId: 'o1', stance: 'obstructs' },
      { actorId: 'cso-b', name: 'Youth Voice', acronym: null, targetId: 'o1-act-1', stance: 'contributes_to' },
    ]);
    const created = await api('POST', '/api/outputs/o1/stances', { actorId: 'cso-a', stance: 'contributes_to' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ actorId: 'cso-a', name: 'Women Together', acronym: null, targetId: 'o1', stance: 'contributes_to' });
    const replaced = await api('POST', '/api/outputs/o1/stances', { actorId: 'cso-a', stance: 'obstructs' });
    expect(replaced.body.stance).toBe('obstructs');
    expect(await server.count("MATCH (:Actor {id: 'cso-a'})-[r:CONTRIBUTES_TO|OBSTRUCTS]->(:Output {id: 'o1'}) RETURN count(r)")).toBe(1);
    expect((await api('DELETE', '/api/outputs/o1/stances/cso-a')).status).toBe(204);
    expect((await api('DELETE', '/api/outputs/o1/stances/cso-b?targetId=o1-act-1')).status).toBe(204);
    expect(await stancesOf()).toEqual([{ actorId: 'party', name: 'Eastern Front', acronym: null, targetId: 'o1', stance: 'obstructs' }]);
    expect((await audited()) - auditedBefore).toBe(3);
  });

  it('locates bad input: an unknown stance, an unknown field, an activity of no such output', async () => {
    const bad = await api('POST', '/api/outputs/o1/stances', { actorId: 'cso-a', stance: 'supports', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['body.stance', 'body.extra']));
    const activity = await api('POST', '/api/outputs/o1/stances', { actorId: 'cso-a', targetId: 'nope', stance: 'obstructs' });
    expect(activity.status).toBe(409);
    expect(activity.body.error.details).toEqual([
      {
        path: 'body.targetId',
        message: 'no activity "nope" in this output',
        messageCode: 'field.no_activity_in_output',
        params: { id: 'nope' },
      },
    ]);
    expect(activity.body.error).toMatchObject({ messageCode: 'conflict.missing_references', params: { count: 1 } });
    expect((await api('POST', '/api/outputs/nope/stances', { actorId: 'cso-a', stance: 'obstructs' })).status).toBe(404);
  });

  it('treats an actor the writer may not see exactly as an absent one, and hides its stance', async () => {
    await server.count("MATCH (a:Actor {id: 'party'}) SET a.sensitivity = 'strictly_confidential' RETURN count(a)");
    const internal = await server.userWithToken('stance-internal', 'analyst', 'internal');
    const hidden = await api('POST', '/api/outputs/o1/stances', { actorId: 'party', stance: 'contributes_to' }, internal.token);
    const absent = await api('POST', '/api/outputs/o1/stances', { actorId: 'ghost', stance: 'contributes_to' }, internal.token);
    expect(hidden.status).toBe(409);
    expect(hidden.body.error.details).toEqual([
      {
        path: 'body.actorId',
        message: 'no actor with id "party"',
        messageCode: 'field.missing_record',
        params: { what: 'actor', id: 'party' },
      },
    ]);
    expect(absent.body.error.details).toEqual([
      {
        path: 'body.actorId',
        message: 'no actor with id "ghost"',
        messageCode: 'field.missing_record',
        params: { what: 'actor', id: 'ghost' },
      },
    ]);
    const hiddenDelete = await api('DELETE', '/api/outputs/o1/stances/party', undefined, internal.token);
    const absentDelete = await api('DELETE', '/api/outputs/o1/stances/ghost', undefined, internal.token);
    expect(hiddenDelete.status).toBe(404);
    expect(hiddenDelete.body.error.message).toBe('No stance of actor "party" on this output');
    expect(hiddenDelete.body.error).toMatchObject({ messageCode: 'not_found.stance', params: { actor: 'party' } });
    expect(absentDelete.body.error.message).toBe('No stance of actor "ghost" on this output');
    expect(await server.count("MATCH (:Actor {id: 'party'})-[r:OBSTRUCTS]->(:Output {id: 'o1'}) RETURN count(r)")).toBe(1);
    expect(JSON.stringify(await stancesOf(internal.token))).not.toContain('party');
  });

  it('shows stances to roles that receive judgements, not to viewers; viewers may not write them', async () => {
    const viewer = await server.userWithToken('stance-viewer', 'viewer', 'strictly_confidential');
    expect(await stancesOf(viewer.token)).toBeUndefined();
    expect((await api('POST', '/api/outputs/o1/stances', { actorId: 'cso-a', stance: 'obstructs' }, viewer.token)).status).toBe(403);
  });
});

describe('benchmark status', () => {
  it('sets status, date and note, dates a status change without a date today, clears with null, audited', async () => {
    const audited = () =>
      server.count("MATCH (e:AuditEvent {targetType: 'benchmark', action: 'update'}) WHERE 'o1-bm-1' IN e.targetIds RETURN count(e)");
    const auditedBefore = await audited();
    const set = await api('PATCH', '/api/outputs/o1/benchmarks/o1-bm-1', {
      status: 'at_risk',
      statusDate: '2026-11-30',
      statusNote: 'Talks stalled',
    });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({
      id: 'o1-bm-1',
      term: 'short',
      text: 'Benchmark',
      status: 'at_risk',
      statusDate: '2026-11-30',
      statusNote: 'Talks stalled',
    });
    const page = await api('GET', '/api/outputs/o1');
    expect(page.body.benchmarks[0]).toEqual(set.body);
    const met = await api('PATCH', '/api/outputs/o1/benchmarks/o1-bm-1', { status: 'met', statusNote: null });
    expect(met.body.statusDate).toBe(new Date().toISOString().slice(0, 10));
    expect(met.body.statusNote).toBeNull();
    expect((await audited()) - auditedBefore).toBe(2);
  });

  it('locates bad input and answers 404 for a benchmark of another output', async () => {
    const bad = await api('PATCH', '/api/outputs/o1/benchmarks/o1-bm-1', { status: 'done', statusDate: '2026-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['body.status', 'body.statusDate']);
    expect((await api('PATCH', '/api/outputs/o2/benchmarks/o1-bm-1', { status: 'met' })).status).toBe(404);
    expect((await api('PATCH', '/api/outputs/o1/benchmarks/o1-bm-1', {})).status).toBe(400);
  });
});

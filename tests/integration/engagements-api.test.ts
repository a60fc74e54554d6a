/**
 * /api/engagements against the real Neo4j: logging, editing and deleting engagements with their
 * follow-ups, the filters and pages of the list, need to know (a reader without clearance sees
 * neither the record nor its effect on the engagement analysis; a write never drops a hidden
 * participant), located errors, idempotent retries and the audit trail. Also N7: deleting an
 * actor that took part in an engagement the caller may not see is refused.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { EngagementPageSchema, LoggedEngagementSchema, type DatasetInput } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { download } from '../support/transfers/transfer-client.js';

const server = useTestServer({ reset: 'each' });
const tokens = { internal: '', viewer: '' };
let internalUserId = '';
const api = (method: string, path: string, body?: unknown, options: { as?: string; headers?: Record<string, string> } = {}) =>
  request(server.baseUrl, method, path, body, options);

const EXTRA: DatasetInput = {
  meta: { name: 'Engagement writes', source: 'tests', fictional: true, description: '' },
  actors: [
    { id: 'ca', name: 'Civil Affairs', kind: 'mission_component', subtype: 'civil_affairs', basedIn: ['capital'] },
    {
      id: 'hrd',
      name: 'Hidden Defender',
      kind: 'civil_society',
      subtype: 'human_rights_defender',
      sensitivity: 'confidential',
      basedIn: ['east'],
    },
  ],
  engagements: [
    { id: 'e-old', date: '2026-01-10', sectionId: 'ca', actorIds: ['cso-a'], format: 'meeting', areaId: 'capital', outputIds: ['o1'] },
    { id: 'e-mixed', date: '2026-02-01', sectionId: 'ca', actorIds: ['cso-b', 'hrd'], format: 'consultation', areaId: 'east' },
    {
      id: 'e-conf',
      date: '2026-02-15',
      sectionId: 'ca',
      actorIds: ['cso-a'],
      format: 'meeting',
      areaId: 'capital',
      sensitivity: 'confidential',
    },
  ],
  mechanisms: [{ id: 'm-mixed', name: 'Defenders circle', kind: 'cluster', areaIds: ['east'], outputIds: [], memberIds: ['party', 'hrd'] }],
};

const LOG = {
  date: '2026-03-02',
  sectionId: 'ca',
  actorIds: ['cso-a', 'gov'],
  format: 'workshop',
  areaId: 'capital',
  outputIds: ['o1'],
  womensMechanism: true,
  summary: 'Agreed a joint workshop on local mediation',
  followUps: [{ text: 'Share the draft agenda', due: '2026-03-09' }],
};

beforeAll(async () => {
  const internal = await server.userWithToken('eng-writer-internal', 'analyst', 'internal');
  tokens.internal = internal.token;
  internalUserId = internal.userId;
  tokens.viewer = (await server.userWithToken('eng-reader-viewer', 'viewer', 'confidential')).token;
}, 120_000);
beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  await loadDataset(server.db, EXTRA);
});

describe('log, read, edit and delete', () => {
  it('logs an engagement with its follow-ups and reads it back', async () => {
    const created = await api('POST', '/api/engagements', LOG);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...LOG,
      actorIds: ['cso-a', 'gov'],
      youthMechanism: false,
      sensitivity: 'internal',
      followUps: [{ text: 'Share the draft agenda', due: '2026-03-09', done: false }],
    });
    expect(Date.parse(created.body.createdAt)).not.toBeNaN();
    const read = await api('GET', `/api/engagements/${created.body.id}`);
    expect(read.body).toEqual(created.body);
    expect(
      await server.count(
        'MATCH (:Actor {id: "ca"})<-[:HELD_BY]-(g:Engagement {id: $id})-[:HELD_IN]->(:AdminArea {id: "capital"}) RETURN count(g)',
        { id: created.body.id },
      ),
    ).toBe(1);
  });

  it('edits fields, participants and follow-ups, and deletes', async () => {
    const { body } = await api('POST', '/api/engagements', LOG);
    const patched = await api('PATCH', `/api/engagements/${body.id}`, {
      actorIds: ['gov', 'un'],
      format: 'meeting',
      followUps: [{ text: 'Share the draft agenda', due: '2026-03-09', done: true }],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ actorIds: ['gov', 'un'], format: 'meeting', summary: LOG.summary, followUps: [{ done: true }] });
    expect((await api('DELETE', `/api/engagements/${body.id}`)).status).toBe(204);
    expect((await api('GET', `/api/engagements/${body.id}`)).status).toBe(404);
    expect(await server.count('MATCH (g:Engagement {id: $id}) RETURN count(g)', { id: body.id })).toBe(0);
  });

  it('answers exactly its contract (nothing dropped or filled in) and is in the OpenAPI document', async () => {
    const { body } = await api('POST', '/api/engagements', LOG);
    const read = await api('GET', `/api/engagements/${body.id}`);
    expect(LoggedEngagementSchema.strict().parse(read.body)).toEqual(read.body);
    const page = await api('GET', '/api/engagements?limit=2');
    expect(EngagementPageSchema.parse(page.body)).toEqual(page.body);
    const doc = (await api('GET', '/api/openapi.json')).body;
    expect(Object.keys(doc.paths['/api/engagements']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/engagements/{id}']).sort()).toEqual(['delete', 'get', 'patch']);
  });

  it('withholds the summary from the viewer role, as an actor description, and the text of follow-up actions', async () => {
    const read = await api('GET', '/api/engagements/e-old', undefined, { as: tokens.viewer });
    expect(read.status).toBe(200);
    expect(read.body).not.toHaveProperty('summary');
    const created = await api('POST', '/api/engagements', LOG, { as: tokens.internal });
    expect(created.status).toBe(201);
    const asViewer = await api('GET', `/api/engagements/${created.body.id}`, undefined, { as: tokens.viewer });
    expect(asViewer.body.followUps).toEqual([{ due: '2026-03-09', done: false }]);
    const listed = await api('GET', `/api/engagements?actor=gov`, undefined, { as: tokens.viewer });
    expect(JSON.stringify(listed.body)).not.toContain('Share the draft agenda');
    const asAnalyst = await api('GET', `/api/engagements/${created.body.id}`, undefined, { as: tokens.internal });
    expect(asAnalyst.body.followUps).toEqual([{ text: 'Share the draft agenda', due: '2026-03-09', done: false }]);
  });
});

describe('the list', () => {
  const ids = async (query: string, as?: string) => {
    const response = await api('GET', `/api/engagements${query}`, undefined, as ? { as } : {});
    expect(response.status, query).toBe(200);
    return (response.body.items as { id: string }[]).map((item) => item.id);
  };

  it('is newest first and filters by actor, area, section, output and dates', async () => {
    expect(await ids('')).toEqual(['e-conf', 'e-mixed', 'e-old']);
    expect(await ids('?actor=cso-a')).toEqual(['e-conf', 'e-old']);
    expect(await ids('?actor=ca')).toEqual(['e-conf', 'e-mixed', 'e-old']);
    expect(await ids('?area=east')).toEqual(['e-mixed']);
    expect(await ids('?section=ca&output=o1')).toEqual(['e-old']);
    expect(await ids('?from=2026-02-01&to=2026-02-14')).toEqual(['e-mixed']);
    expect((await api('GET', '/api/engagements?from=2026-03-01&to=2026-02-01')).body.error.details).toEqual([
      { path: 'query.to', message: 'must not be before from', messageCode: 'field.not_before_from', params: {} },
    ]);
  });

  it('pages with a total', async () => {
    const page = await api('GET', '/api/engagements?limit=2&offset=1');
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 1 });
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual(['e-mixed', 'e-old']);
  });

  it('shows a reader without clearance neither the record, nor hidden participants, nor an answer to a filter on a hidden actor', async () => {
    expect(await ids('', tokens.internal)).toEqual(['e-mixed', 'e-old']);
    expect(await ids('?actor=hrd', tokens.internal)).toEqual([]);
    const mixed = await api('GET', '/api/engagements/e-mixed', undefined, { as: tokens.internal });
    expect(mixed.body.actorIds).toEqual(['cso-b']);
    const hidden = await api('GET', '/api/engagements/e-conf', undefined, { as: tokens.internal });
    const absent = await api('GET', '/api/engagements/e-none', undefined, { as: tokens.internal });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message).toBe(absent.body.error.message.replace('e-none', 'e-conf'));
  });
});

describe('need to know on writes', () => {
  it('a confidential engagement counts in the analysis for the cleared writer only', async () => {
    const count = async (as?: string) =>
      (await api('GET', '/api/analysis/engagement?from=2026-04-01&to=2026-04-01', undefined, as ? { as } : {})).body.engagements;
    const created = await api('POST', '/api/engagements', { ...LOG, date: '2026-04-01', sensitivity: 'confidential' });
    expect(created.status).toBe(201);
    expect(await count()).toBe(1);
    expect(await count(tokens.internal)).toBe(0);
    expect((await api('GET', `/api/engagements?from=2026-04-01`, undefined, { as: tokens.internal })).body.total).toBe(0);
  });

  it('refuses a hidden participant exactly as a missing one, located at its place in the list', async () => {
    const response = await api('POST', '/api/engagements', { ...LOG, actorIds: ['cso-a', 'ghost', 'hrd'] }, { as: tokens.internal });
    expect(response.status).toBe(409);
    expect(response.body.error.details).toEqual([
      {
        path: 'body.actorIds.1',
        message: 'no actor with id "ghost"',
        messageCode: 'field.missing_record',
        params: { what: 'actor', id: 'ghost' },
      },
      {
        path: 'body.actorIds.2',
        message: 'no actor with id "hrd"',
        messageCode: 'field.missing_record',
        params: { what: 'actor', id: 'hrd' },
      },
    ]);
    const section = await api('POST', '/api/engagements', { ...LOG, sectionId: 'gov' });
    expect(section.body.error.details).toEqual([
      {
        path: 'body.sectionId',
        message: 'no mission section with id "gov"',
        messageCode: 'field.missing_record',
        params: { what: 'mission_section', id: 'gov' },
      },
    ]);
  });

  it('refuses a sensitivity above the writer’s clearance, and records a lowering', async () => {
    const above = await api('POST', '/api/engagements', { ...LOG, sensitivity: 'confidential' }, { as: tokens.internal });
    expect(above.status).toBe(403);
    expect(above.body.error.details).toEqual([
      {
        path: 'body.sensitivity',
        message: 'above your clearance',
        messageCode: 'field.above_clearance',
        params: { level: 'confidential' },
      },
    ]);
    // Audit events outlive reset(): count the ones this lowering adds.
    const loweringEvents = () =>
      server.count(
        "MATCH (e:AuditEvent {action: 'sensitivity_lowered', targetType: 'engagement'}) WHERE 'e-conf' IN e.targetIds AND e.detail = 'confidential->internal' RETURN count(e)",
      );
    const before = await loweringEvents();
    const lowered = await api('PATCH', '/api/engagements/e-conf', { sensitivity: 'internal' });
    expect(lowered.status).toBe(200);
    expect((await loweringEvents()) - before).toBe(1);
  });

  it('an edit keeps the participants hidden from the writer; deleting such an engagement is refused', async () => {
    const patched = await api('PATCH', '/api/engagements/e-mixed', { actorIds: ['gov'] }, { as: tokens.internal });
    expect(patched.status).toBe(200);
    expect(patched.body.actorIds).toEqual(['gov']);
    expect(await server.count("MATCH (a:Actor)-[:PARTICIPATED_IN]->(:Engagement {id: 'e-mixed'}) RETURN count(a)")).toBe(2);
    expect(
      await server.count("MATCH (a:Actor)-[:PARTICIPATED_IN]->(:Engagement {id: 'e-mixed'}) WHERE a.id IN ['gov', 'hrd'] RETURN count(a)"),
    ).toBe(2);
    const refused = await api('DELETE', '/api/engagements/e-mixed', undefined, { as: tokens.internal });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'This engagement cannot be deleted with your access; ask someone cleared for all its records to delete it',
    );
    expect(await server.count("MATCH (g:Engagement {id: 'e-mixed'}) RETURN count(g)")).toBe(1);
    // A hidden engagement answers 404 to every write, as a missing one.
    expect((await api('PATCH', '/api/engagements/e-conf', { format: 'workshop' }, { as: tokens.internal })).status).toBe(404);
    expect((await api('DELETE', '/api/engagements/e-conf', undefined, { as: tokens.internal })).status).toBe(404);
  });
});

describe('N7: deleting an actor leaves hidden engagements and mechanisms as they are', () => {
  it('refuses to delete an actor that took part in an engagement the caller may not see', async () => {
    // cso-a (internal, with internal ties only) took part in e-conf, a confidential meeting.
    const refused = await api('DELETE', '/api/actors/cso-a', undefined, { as: tokens.internal });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'This actor cannot be deleted with your access; ask someone cleared for all its records to delete it',
    );
    expect(await server.count("MATCH (:Actor {id: 'cso-a'})-[:PARTICIPATED_IN]->(g:Engagement {id: 'e-conf'}) RETURN count(g)")).toBe(1);
    // Cleared for it, the same delete goes through.
    expect((await api('DELETE', '/api/actors/cso-a')).status).toBe(204);
  });

  it('refuses to delete the only visible member of a mechanism that has hidden members', async () => {
    const refused = await api('DELETE', '/api/actors/party', undefined, { as: tokens.internal });
    expect(refused.status).toBe(409);
    expect(await server.count("MATCH (:Actor {id: 'party'})-[:MEMBER_OF]->(m:CoordinationMechanism {id: 'm-mixed'}) RETURN count(m)")).toBe(
      1,
    );
  });
});

describe('the snapshot export', () => {
  it('carries the follow-up actions in full, and strips them with the other free text in the internal profile', async () => {
    const { body } = await api('POST', '/api/engagements', LOG);
    const exported = async (profile: string) =>
      (
        JSON.parse((await download(server.baseUrl, 'snapshot', `?profile=${profile}`)).text).dataset.engagements as {
          id: string;
          followUps?: unknown[];
        }[]
      ).find((engagement) => engagement.id === body.id);
    expect((await exported('full'))?.followUps).toEqual([{ text: 'Share the draft agenda', due: '2026-03-09', done: false }]);
    expect((await exported('internal'))?.followUps).toEqual([]);
  });
});

describe('retries and the audit trail', () => {
  it('a retried create with the same Idempotency-Key logs the engagement once', async () => {
    const headers = { 'idempotency-key': 'engagement-retry-0001' };
    const first = await api('POST', '/api/engagements', LOG, { headers });
    const second = await api('POST', '/api/engagements', LOG, { headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(await server.count("MATCH (g:Engagement {date: '2026-03-02'}) RETURN count(g)")).toBe(1);
  });

  it('a chosen id that is taken is refused at body.id', async () => {
    const taken = await api('POST', '/api/engagements', { ...LOG, id: 'e-old' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.details).toEqual([
      { path: 'body.id', message: 'already exists', messageCode: 'field.already_exists', params: {} },
    ]);
  });

  it('records one audit event per successful write and none for a refused one', async () => {
    const created = await api('POST', '/api/engagements', LOG, { as: tokens.internal });
    await api('PATCH', `/api/engagements/${created.body.id}`, { summary: 'changed' }, { as: tokens.internal });
    expect((await api('PATCH', `/api/engagements/${created.body.id}`, { date: '2026-02-30' }, { as: tokens.internal })).status).toBe(400);
    await api('DELETE', `/api/engagements/${created.body.id}`, undefined, { as: tokens.internal });
    const events = async (action: string) =>
      server.count(
        "MATCH (e:AuditEvent {action: $action, targetType: 'engagement', userId: $userId}) WHERE $id IN e.targetIds RETURN count(e)",
        { action, userId: internalUserId, id: created.body.id },
      );
    expect([await events('create'), await events('update'), await events('delete')]).toEqual([1, 1, 1]);
  });

  it('locates bad input at the field', async () => {
    const response = await api('POST', '/api/engagements', {
      ...LOG,
      date: '2026-02-30',
      actorIds: [],
      followUps: [{ text: ' ', due: 'soon' }],
    });
    expect(response.status).toBe(400);
    const paths = (response.body.error.details as { path: string }[]).map((detail) => detail.path).sort();
    expect(paths).toEqual(['body.actorIds', 'body.date', 'body.followUps.0.due', 'body.followUps.0.text']);
  });
});

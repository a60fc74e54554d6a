/** /api/actors against the real Neo4j: round trips, validation, 404, 409, hostile text. */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { authHeaders, request } from '../support/http.js';

const server = useTestServer({ reset: 'each' });
const api = (method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, body);
const countActors = () => server.count('MATCH (a:Actor) RETURN count(a)');

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
});

describe('create, read, update, delete', () => {
  it('round-trips every field of an actor', async () => {
    const input = {
      id: 'new-hrd',
      name: 'Amina Haddad',
      kind: 'civil_society',
      subtype: 'human_rights_defender',
      acronym: 'AH',
      aliases: ['A. Haddad'],
      description: 'Documents detentions',
      basedIn: ['east'],
      activeIn: ['east', 'capital'],
      influence: 3,
      interest: 5,
      stance: 2,
      doNoHarmRole: 'connector',
      womenFocus: true,
      youthFocus: false,
      needs: ['Protection', 'Legal aid'],
      reviewBy: '2027-01-31',
    };
    const created = await api('POST', '/api/actors', input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...input, activeIn: ['capital', 'east'] });
    expect(created.body.sensitivity).toBe('confidential');
    expect(Date.parse(created.body.createdAt)).not.toBeNaN();

    const read = await api('GET', '/api/actors/new-hrd');
    expect(read.status).toBe(200);
    // The create's answer also names the claims it recorded (issue #15); the read is the actor alone.
    const { editClaims, ...actor } = created.body;
    expect(editClaims).toEqual(expect.arrayContaining([{ id: expect.any(String), before: null }]));
    expect(read.body).toEqual(actor);
  });

  it('gives internal sensitivity by default to organisations and generates an id', async () => {
    const created = await api('POST', '/api/actors', { name: 'Teachers Union', kind: 'civil_society', subtype: 'trade_union' });
    expect(created.status).toBe(201);
    expect(created.body.sensitivity).toBe('internal');
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await api('GET', `/api/actors/${created.body.id}`)).status).toBe(200);
  });

  it('patches some fields, clears one with null, changes kind and area links', async () => {
    const patched = await api('PATCH', '/api/actors/cso-b', {
      influence: 5,
      acronym: 'YV',
      activeIn: ['capital'],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ influence: 5, acronym: 'YV', activeIn: ['capital'], basedIn: ['east'], name: 'Youth Voice' });

    const cleared = await api('PATCH', '/api/actors/cso-b', { acronym: null, kind: 'international_org', subtype: 'international_ngo' });
    expect(cleared.status).toBe(200);
    expect(cleared.body.acronym).toBeNull();
    expect(cleared.body.kind).toBe('international_org');
    expect(await server.count('MATCH (a:Actor:InternationalOrganization {id: "cso-b"}) RETURN count(a)')).toBe(1);
    expect(await server.count('MATCH (a:Actor:CivilSocietyOrganization {id: "cso-b"}) RETURN count(a)')).toBe(0);
  });

  it('deletes an actor with its ties, and then answers 404 for it', async () => {
    expect((await api('DELETE', '/api/actors/cso-b')).status).toBe(204);
    expect((await api('GET', '/api/actors/cso-b')).status).toBe(404);
    expect(await server.count("MATCH ()-[t]-() WHERE t.id IN ['t-affil', 't-comm'] RETURN count(t)")).toBe(0);
    expect((await api('DELETE', '/api/actors/cso-b')).status).toBe(404);
  });
});

describe('listing', () => {
  it('filters by kind, subtype, area and text, and pages', async () => {
    const ids = async (query: string) => ((await api('GET', `/api/actors?${query}`)).body.items as { id: string }[]).map((a) => a.id);
    expect(await ids('kind=civil_society')).toEqual(['cso-a', 'cso-b']);
    expect(await ids('kind=donor,conflict_party')).toEqual(['donor', 'party']);
    expect(await ids('subtype=youth_group')).toEqual(['cso-b']);
    expect(await ids('area=east')).toEqual(['donor', 'party', 'un', 'cso-b']);
    expect(await ids('text=una')).toEqual(['un']);
    expect(await ids('text=WOMEN')).toEqual(['cso-a']);
    // By name: Donor Agency, Eastern Front, Ministry of Peace, UN Agency, Women Together, Youth Voice.
    const page = await api('GET', '/api/actors?limit=2&offset=2');
    expect(page.body.total).toBe(6);
    expect(page.body.items.map((a: { id: string }) => a.id)).toEqual(['gov', 'un']);
  });
});

describe('validation answers 400 naming each field', () => {
  const valid = { name: 'Valid', kind: 'civil_society' };
  it.each([
    ['blank name', { ...valid, name: '   ' }, 'body.name'],
    ['missing name', { kind: 'donor' }, 'body.name'],
    ['unknown kind', { ...valid, kind: 'militia' }, 'body.kind'],
    ['subtype of another kind', { ...valid, subtype: 'ministry' }, 'body.subtype'],
    ['influence above 5', { ...valid, influence: 6 }, 'body.influence'],
    ['influence not an integer', { ...valid, influence: 2.5 }, 'body.influence'],
    ['interest below 1', { ...valid, interest: 0 }, 'body.interest'],
    ['stance beyond -2', { ...valid, stance: -3 }, 'body.stance'],
    ['unknown do-no-harm role', { ...valid, doNoHarmRole: 'spoiler' }, 'body.doNoHarmRole'],
    ['unknown sensitivity', { ...valid, sensitivity: 'secret' }, 'body.sensitivity'],
    ['impossible review date', { ...valid, reviewBy: '2026-02-30' }, 'body.reviewBy'],
    ['malformed id', { ...valid, id: 'Has Spaces' }, 'body.id'],
    ['unknown field', { ...valid, createdBy: 'me' }, 'body.createdBy'],
    ['server-owned field', { ...valid, createdAt: '2020-01-01T00:00:00Z' }, 'body.createdAt'],
    ['aliases not a list', { ...valid, aliases: 'x' }, 'body.aliases'],
  ])('%s', async (_label, body, path) => {
    const before = await countActors();
    const response = await api('POST', '/api/actors', body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await countActors()).toBe(before);
  });

  it('checks a patch against the actor it would leave', async () => {
    const response = await api('PATCH', '/api/actors/cso-a', { kind: 'donor' });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('body.subtype');
    expect((await api('GET', '/api/actors/cso-a')).body.kind).toBe('civil_society');
  });

  it('refuses an empty patch, a malformed id in the path, and a bad query', async () => {
    expect((await api('PATCH', '/api/actors/cso-a', {})).status).toBe(400);
    const badId = await api('GET', '/api/actors/NOT_AN_ID');
    expect(badId.status).toBe(400);
    expect(badId.body.error.details[0].path).toBe('params.id');
    const badQuery = await api('GET', '/api/actors?limit=0&kind=nope');
    expect(badQuery.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['query.kind.0', 'query.limit']);
  });

  it('answers invalid JSON with 400, a non-JSON body with 415, an oversize body with 413', async () => {
    const broken = await api('POST', '/api/actors', '{"name": ');
    expect(broken.status).toBe(400);
    const text = await fetch(`${server.baseUrl}/api/actors`, {
      method: 'POST',
      headers: { ...authHeaders(server.baseUrl), 'content-type': 'text/plain' },
      body: 'name=x',
    });
    expect(text.status).toBe(415);
    const huge = await api('POST', '/api/actors', { name: 'x', kind: 'donor', description: 'y'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('checks who is asking before reading a body: signed out gets 401 and a viewer 403, whatever the body', async () => {
    const body = JSON.stringify({ name: 'x', kind: 'donor', description: 'y'.repeat(1_100_000) });
    const anonymous = await fetch(`${server.baseUrl}/api/actors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(anonymous.status).toBe(401);
    const wrongType = await fetch(`${server.baseUrl}/api/actors`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(wrongType.status).toBe(401);
  });
});

describe('404 and 409', () => {
  it('answers 404 in the error shape for an unknown id', async () => {
    for (const [method, body] of [['GET'], ['PATCH', { influence: 1 }], ['DELETE']] as const) {
      const response = await api(method, '/api/actors/no-such-actor', body);
      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({ code: 'not_found', message: expect.stringContaining('no-such-actor') });
    }
  });

  it('answers 409 for a duplicate id and keeps the stored actor', async () => {
    const response = await api('POST', '/api/actors', { id: 'cso-a', name: 'Impostor', kind: 'donor' });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict');
    expect((await api('GET', '/api/actors/cso-a')).body.name).toBe('Women Together');
  });

  it('answers 409 naming an unknown admin area, and writes nothing', async () => {
    const before = await countActors();
    const response = await api('POST', '/api/actors', { name: 'Lost', kind: 'donor', basedIn: ['capital', 'atlantis'] });
    expect(response.status).toBe(409);
    expect(response.body.error.details).toEqual([
      {
        path: 'body.basedIn',
        message: 'no admin area with id "atlantis"',
        messageCode: 'field.missing_record',
        params: { what: 'admin_area', id: 'atlantis' },
      },
    ]);
    expect(await countActors()).toBe(before);
  });
});

describe('hostile text', () => {
  // The audit log records the create as an event node of its own; the map gains exactly one node.
  it('stores quotes, backslashes, Arabic and a Cypher injection verbatim, adding exactly one node', async () => {
    const name = `"quoted" 'single' \\back\\slash\\ جمعية النساء من أجل السلام '}) MATCH (n) DETACH DELETE n //`;
    const countMapNodes = () => server.countMapNodes();
    const nodesBefore = await countMapNodes();
    const created = await api('POST', '/api/actors', { name, kind: 'civil_society', subtype: 'womens_group', aliases: [name] });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe(name);
    expect((await api('GET', `/api/actors/${created.body.id}`)).body.name).toBe(name);
    expect(await countMapNodes()).toBe(nodesBefore + 1);
    // And its first version (record history, issue 14), which countMapNodes leaves out like the audit log.
    expect(await server.count('MATCH (v:Version {recordId: $id}) RETURN count(v)', { id: created.body.id })).toBe(1);
    expect(
      await server.count("MATCH (e:AuditEvent {action: 'create'}) WHERE $id IN e.targetIds RETURN count(e)", { id: created.body.id }),
    ).toBe(1);
    const found = await api('GET', `/api/actors?text=${encodeURIComponent('جمعية النساء')}`);
    expect(found.body.items.map((a: { id: string }) => a.id)).toEqual([created.body.id]);
  });

  it('refuses __proto__ and constructor keys instead of merging them', async () => {
    const response = await api('POST', '/api/actors', '{"name":"x","kind":"donor","__proto__":{"admin":true}}');
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('body.__proto__');
  });
});

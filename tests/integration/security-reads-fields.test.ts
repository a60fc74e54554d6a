/**
 * Field-level authorization and the bulk-read audit. Which fields each role receives is the table
 * in server/presenters/field-access.ts: viewers get no actor description, needs or stance and no
 * tie description or source; leadership no tie source; analysts and administrators everything.
 * A withheld field is absent from the response (not an empty default), on every route that
 * returns it, exports included. Paging through a list (any page beyond the first) is audited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { ActorPageSchema, ActorSchema, TiePageSchema, TieSchema, type Role } from '../../server/contracts/index.js';
import { accessParameters } from '../../server/access/viewer.js';
import { FIELD_ACCESS } from '../../server/presenters/field-access.js';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../../server/db/allowlist.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer();
const tokens = new Map<Role, string>();
const userIds = new Map<Role, string>();

const SECRET = {
  actorDescription: 'Met the minister privately on 2 May',
  need: 'Safe house in the east',
  tieSource: 'Informant K, 3 May',
  tieDescription: 'Money passes through a cousin',
};

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  await request(server.baseUrl, 'PATCH', '/api/actors/cso-a', { description: SECRET.actorDescription, needs: [SECRET.need], stance: 2 });
  await request(server.baseUrl, 'PATCH', '/api/ties/t-funds', { source: SECRET.tieSource, description: SECRET.tieDescription });
  for (const role of ['viewer', 'leadership', 'analyst', 'administrator'] as const) {
    const { token, userId } = await server.userWithToken(`fields-${role}`, role, 'confidential');
    tokens.set(role, token);
    userIds.set(role, userId);
  }
}, 120_000);

const get = async (role: Role, path: string) => {
  const response = await request(server.baseUrl, 'GET', path, undefined, { as: tokens.get(role)! });
  expect(response.status, `${role} ${path}`).toBe(200);
  return response.body;
};

/** The table of field-access.ts, restated: what each role must NOT receive. */
const WITHHELD: Record<Role, { actor: string[]; tie: string[] }> = {
  viewer: { actor: ['description', 'needs', 'stance'], tie: ['description', 'source'] },
  leadership: { actor: [], tie: ['source'] },
  analyst: { actor: [], tie: [] },
  administrator: { actor: [], tie: [] },
};

describe.each(['viewer', 'leadership', 'analyst', 'administrator'] as const)('%s', (role) => {
  const withheld = WITHHELD[role];

  it('reads an actor with exactly the fields the role receives, by id and in the list', async () => {
    const one = ActorSchema.parse(await get(role, '/api/actors/cso-a'));
    const listed = ActorPageSchema.parse(await get(role, '/api/actors?text=Women')).items.find((a) => a.id === 'cso-a')!;
    for (const actor of [one, listed]) {
      for (const field of ['description', 'needs', 'stance']) {
        expect(field in actor, `${role} actor.${field}`).toBe(!withheld.actor.includes(field));
      }
    }
    if (!withheld.actor.includes('needs'))
      expect(one).toMatchObject({ description: SECRET.actorDescription, needs: [SECRET.need], stance: 2 });
  });

  it('reads a tie with exactly the fields the role receives, by id and in the list', async () => {
    const one = TieSchema.parse(await get(role, '/api/ties/t-funds'));
    const listed = TiePageSchema.parse(await get(role, '/api/ties?actor=donor')).items.find((t) => t.id === 't-funds')!;
    for (const tie of [one, listed]) {
      for (const field of ['description', 'source']) expect(field in tie, `${role} tie.${field}`).toBe(!withheld.tie.includes(field));
    }
  });

  it('never receives a withheld value anywhere it reads', async () => {
    const paths = ['/api/actors/cso-a', '/api/actors?limit=500', '/api/ties/t-funds', '/api/ties?limit=1000', '/api/graph'];
    if (role !== 'viewer')
      paths.push('/api/exports/snapshot?profile=full', '/api/exports/csv-edges?profile=full', '/api/exports/graphml?profile=full');
    const text = (await Promise.all(paths.map((path) => get(role, path))))
      .map((body) => (typeof body === 'string' ? body : JSON.stringify(body)))
      .join('\n');
    expect(text.includes(SECRET.actorDescription), 'actor description').toBe(!withheld.actor.includes('description'));
    expect(text.includes(SECRET.need), 'actor needs').toBe(!withheld.actor.includes('needs'));
    expect(text.includes(SECRET.tieDescription), 'tie description').toBe(!withheld.tie.includes('description'));
    expect(text.includes(SECRET.tieSource), 'tie source').toBe(!withheld.tie.includes('source'));
  });

  it('sees a stance on the map only if the role receives it', async () => {
    const graph = await get(role, '/api/graph');
    const node = graph.nodes.find((n: { data: { id: string } }) => n.data.id === 'cso-a').data;
    expect(node.stance).toBe(withheld.actor.includes('stance') ? null : 2);
  });
});

describe('the Cypher itself withholds the fields', () => {
  it("a viewer's queries return no description, needs, stance or source, not even for the presenter to drop", async () => {
    const access = accessParameters({ userId: 'x', role: 'viewer', clearance: 'confidential', grants: [] });
    const fields = FIELD_ACCESS.viewer;
    const [actor] = await server.db.read('actors/get-actor', { id: 'cso-a', access, fields });
    expect(actor!.actor).toMatchObject({ id: 'cso-a', description: null, needs: null, stance: null });
    const [tie] = await server.db.read('ties/get-tie', { id: 't-funds', relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES, access, fields });
    expect(tie!.tie).toMatchObject({ id: 't-funds', source: null, description: null });
    const [page] = await server.db.read('ties/list-ties', {
      relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES,
      actorId: 'donor',
      limit: 10,
      offset: 0,
      access,
      fields,
    });
    expect(JSON.stringify(page)).not.toContain(SECRET.tieSource);
  });
});

describe('bulk reads are audited', () => {
  const bulkReads = (role: Role) =>
    server.count("MATCH (e:AuditEvent {action: 'bulk_read'}) WHERE e.userId = $userId RETURN count(e)", { userId: userIds.get(role)! });

  it('the first page of a list is not recorded; every page beyond it is, with the list, offset and limit', async () => {
    const before = await bulkReads('viewer');
    await get('viewer', '/api/actors?limit=2');
    await get('viewer', '/api/ties?limit=2&offset=0');
    expect(await bulkReads('viewer')).toBe(before);
    await get('viewer', '/api/actors?limit=2&offset=2');
    await get('viewer', '/api/actors?limit=2&offset=4');
    await get('viewer', '/api/ties?limit=2&offset=2');
    expect(await bulkReads('viewer')).toBe(before + 3);
    const events = await request(server.baseUrl, 'GET', `/api/audit?action=bulk_read&userId=${userIds.get('viewer')!}`, undefined, {
      as: tokens.get('administrator')!,
    });
    expect(events.status).toBe(200);
    expect(events.body.map((e: { targetType: string; detail: string }) => `${e.targetType} ${e.detail}`).sort()).toEqual([
      'actor GET /api/actors offset=2 limit=2',
      'actor GET /api/actors offset=4 limit=2',
      'tie GET /api/ties offset=2 limit=2',
    ]);
  });
});

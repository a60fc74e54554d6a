/**
 * Undoing a merge (DELETE /api/merges/:id), against the real Neo4j: the whole map read back
 * after the undo is the map before the merge (actors with every field and alias, ties, roles,
 * engagement participations, mechanism memberships, area links, tombstones, saved views), the
 * undo is audited, happens once, and is refused when the kept actor changed since, when another
 * user asks, or when what it would restore is no longer open to the caller.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../server/contracts/index.js';
import { resetWith } from '../support/analysis-api.js';
import { ANALYSIS_FIXTURE } from '../support/analysis-fixture.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { testNeo4j } from '../support/test-neo4j.js';
import { isMapNode } from '../support/map-nodes.js';

const server = useTestServer();
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const merge = (keptId: string, duplicateIds: string[], as?: string) => api('POST', `/api/actors/${keptId}/merge`, { duplicateIds }, as);
const undo = (mergeId: string, as?: string) => api('DELETE', `/api/merges/${mergeId}`, undefined, as);

const NOT_UNDOABLE =
  'This merge can no longer be undone: the kept actor or its links changed since, or not all of its records are open to you';
const SLOW = 180_000;

/** The analysis fixture with c1 and u1 each split in two, as in merge-api.test.ts. */
const base = ANALYSIS_FIXTURE;
const SPLIT: DatasetInput = {
  ...base,
  actors: [
    ...(base.actors ?? []).map((actor) => (actor.id === 'c1' ? { ...actor, influence: undefined, aliases: ['Alpha'] } : actor)),
    {
      id: 'c1b',
      name: 'WOMEN  A',
      acronym: 'WA',
      aliases: ['Women of A'],
      kind: 'civil_society',
      subtype: 'womens_group',
      influence: 5,
      description: 'Known to the duplicate only',
      basedIn: ['cap'],
      activeIn: ['east'],
    },
    { id: 'u1b', name: 'Agency-One', kind: 'un_entity', subtype: 'agency', basedIn: ['cap'] },
  ],
  ties: [
    ...(base.ties ?? []).map((tie) => {
      if (tie.id === 't6' || tie.id === 't7') return { ...tie, targetId: 'c1b' };
      if (tie.id === 't8') return { ...tie, sourceId: 'u1b' };
      return tie;
    }),
    { id: 't3b', type: 'cooperates_with', sourceId: 'c2', targetId: 'c1b', strength: 1, confidence: 'reported', source: 'Field note' },
    { id: 'tself', type: 'communicates_with', sourceId: 'c1', targetId: 'c1b', strength: 1 },
  ],
  outputRoles: [
    ...(base.outputRoles ?? []).map((role) => (role.actorId === 'u1' ? { ...role, areaIds: ['cap'] } : role)),
    { actorId: 'u1b', outputId: 'o1', role: 'lead', areaIds: ['east'] },
  ],
  mechanisms: (base.mechanisms ?? []).map((mechanism) =>
    mechanism.id === 'mech1' ? { ...mechanism, memberIds: ['u1', 'u1b', 'u2', 'u3'] } : mechanism,
  ),
  engagements: (base.engagements ?? []).map((engagement) => {
    if (engagement.id === 'e2') return { ...engagement, actorIds: ['c1', 'c1b', 'c2'] };
    if (engagement.id === 'e4') return { ...engagement, actorIds: ['c1b'] };
    return engagement;
  }),
};

/**
 * The whole map as sorted text: every node (labels and properties) and every relationship (type,
 * ends and properties), accounts and the audit log aside. Its own driver: the code under test is
 * not the judge.
 */
async function fullRead(): Promise<string[]> {
  const { default: neo4j } = await import('neo4j-driver');
  const settings = testNeo4j();
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  try {
    const text = (value: unknown): string =>
      JSON.stringify(value, (_key, inner: unknown) =>
        neo4j.isInt(inner)
          ? `int:${inner.toString()}`
          : inner !== null &&
              typeof inner === 'object' &&
              'toString' in inner &&
              inner.constructor?.name !== 'Object' &&
              !Array.isArray(inner)
            ? `${inner.constructor.name}:${String(inner)}`
            : inner,
      );
    // Record history (:Version) is append-only like the audit log: an undo adds versions, it does not restore them.
    const nodes = await driver.executeQuery(`MATCH (n) WHERE ${isMapNode('n')} RETURN labels(n) AS labels, properties(n) AS properties`);
    const links = await driver.executeQuery(
      `MATCH (s)-[r]->(e) WHERE NOT (s:User OR s:Session OR s:ApiToken OR s:AuditEvent) RETURN type(r) AS type, labels(s) AS sl, s.id AS s, labels(e) AS el, e.id AS e, properties(r) AS properties`,
    );
    const sorted = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
    return [
      ...nodes.records.map((row) => text({ labels: row.get('labels'), properties: sorted(row.get('properties')) })),
      ...links.records.map((row) => text({ ...row.toObject(), properties: sorted(row.get('properties')) })),
    ].sort();
  } finally {
    await driver.close();
  }
}

beforeEach(async () => {
  await resetWith(server, SPLIT);
});

describe('undoing a merge', () => {
  it(
    'gives back the same map: actors, fields, aliases, ties, roles, engagements, mechanisms, areas, tombstones and views',
    async () => {
      await server.count("MATCH (e:AuditEvent {action: 'merge_undone'}) DETACH DELETE e RETURN count(*)");
      // An earlier merge into the duplicate: its tombstone is redirected by the next merge, and back by the undo.
      await api('POST', '/api/actors', { id: 'c1z', name: 'Women Alpha Group', kind: 'civil_society', confirmDuplicate: true });
      const beforeFirst = await fullRead();
      const first = await merge('c1b', ['c1z']);
      expect(first.status).toBe(200);
      const view = await api('POST', '/api/views', { name: 'Women', positions: { c1b: { x: 1, y: 2 } }, pinned: ['c1b'], state: {} });
      expect(view.status).toBe(201);
      const before = await fullRead();

      const women = await merge('c1', ['c1b']);
      expect(women.status).toBe(200);
      expect(women.body.mergeId).toMatch(/^merge-/);
      const agency = await merge('u1', ['u1b']);
      expect(agency.status).toBe(200);
      expect(await fullRead()).not.toEqual(before);
      expect((await api('GET', '/api/actors/c1z')).body.error.details).toEqual({ mergedInto: 'c1' });

      const undoneAgency = await undo(agency.body.mergeId);
      expect(undoneAgency.status).toBe(200);
      expect(undoneAgency.body).toEqual({ mergeId: agency.body.mergeId, keptId: 'u1', duplicateIds: ['u1b'], undone: true });
      const undoneWomen = await undo(women.body.mergeId);
      expect(undoneWomen.status).toBe(200);

      expect(await fullRead()).toEqual(before);
      expect((await api('GET', '/api/actors/c1b')).body).toMatchObject({
        name: 'WOMEN  A',
        influence: 5,
        aliases: ['Women of A', 'Women Alpha Group'],
      });
      expect((await api('GET', '/api/actors/c1z')).body.error.details).toEqual({ mergedInto: 'c1b' });
      expect(
        await server.count(
          "MATCH (e:AuditEvent {action: 'merge_undone', targetType: 'actor'}) WHERE e.targetIds = ['c1', 'c1b'] RETURN count(e)",
        ),
      ).toBe(1);
      // Undone once: the merge is no more.
      expect((await undo(women.body.mergeId)).status).toBe(404);
      // The merge before it (into the duplicate) can be undone next: merges of merges, in reverse order.
      const view2 = (await api('GET', `/api/views/${view.body.id}`)).body;
      expect(view2.pinned).toEqual(['c1b']);
      expect((await api('DELETE', `/api/views/${view.body.id}`)).status).toBeLessThan(300);
      expect((await undo(first.body.mergeId)).status).toBe(200);
      expect((await api('GET', '/api/actors/c1z')).body).toMatchObject({ name: 'Women Alpha Group' });
      expect(await fullRead()).toEqual(beforeFirst);
      // And it can be done again (redo).
      expect((await merge('c1', ['c1b'])).status).toBe(200);
    },
    SLOW,
  );

  it(
    'refuses, writing nothing, when the kept actor changed since the merge',
    async () => {
      const merged = await merge('c1', ['c1b']);
      expect((await api('PATCH', '/api/actors/c1', { influence: 2 })).status).toBe(200);
      const after = await fullRead();
      const refused = await undo(merged.body.mergeId);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(NOT_UNDOABLE);
      expect(refused.body.error.details).toBeUndefined();
      expect(await fullRead()).toEqual(after);
      // A moved tie changed since: refused too.
      const agency = await merge('u1', ['u1b']);
      expect((await api('PATCH', '/api/ties/t8', { strength: 1 })).status).toBe(200);
      expect((await undo(agency.body.mergeId)).status).toBe(409);
    },
    SLOW,
  );

  it(
    'answers another user as if there were no such merge, and lets an administrator undo it',
    async () => {
      const merged = await merge('u1', ['u1b']);
      const { token: other } = await server.userWithToken('undo-other', 'analyst', 'strictly_confidential');
      const refused = await undo(merged.body.mergeId, other);
      const absent = await undo('merge-no-such', other);
      expect(refused.status).toBe(404);
      expect(refused.body.error.message.replace(merged.body.mergeId, 'X')).toBe(absent.body.error.message.replace('merge-no-such', 'X'));
      const { token: admin } = await server.userWithToken('undo-admin', 'administrator', 'confidential');
      expect((await undo(merged.body.mergeId, admin)).status).toBe(200);
    },
    SLOW,
  );

  it(
    'forgets a merge older than a session, with its copies of the merged records',
    async () => {
      const merged = await merge('u1', ['u1b']);
      expect(await server.count('MATCH (c:MergeActorCopy) RETURN count(c)')).toBe(2);
      await server.count('MATCH (r:MergeRecord) SET r.mergedAt = datetime() - duration({hours: 13}) RETURN count(r)');
      expect((await undo(merged.body.mergeId)).status).toBe(404);
      // The next merge removes the old record and its copies; only its own remain.
      const next = await merge('c1', ['c1b']);
      expect(await server.count('MATCH (r:MergeRecord) RETURN collect(r.id) = [$id]', { id: next.body.mergeId })).toBe(1);
      expect(await server.count("MATCH (c:MergeActorCopy) WHERE c.id IN ['u1', 'u1b'] RETURN count(c)")).toBe(0);
    },
    SLOW,
  );

  it(
    'refuses, writing nothing, when what it would restore is no longer open to the caller',
    async () => {
      await server.count("MATCH ()-[t {id: 't3b'}]->() SET t.sensitivity = 'confidential' RETURN 1");
      const { token } = await server.userWithToken('undo-lowered', 'analyst', 'confidential');
      const merged = await merge('c1', ['c1b'], token);
      expect(merged.status).toBe(200);
      // The combined tie t3 now carries t3b's level; the user's clearance is lowered since.
      await server.userWithToken('undo-lowered', 'analyst', 'internal');
      const after = await fullRead();
      const refused = await undo(merged.body.mergeId, token);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(NOT_UNDOABLE);
      expect(await fullRead()).toEqual(after);
    },
    SLOW,
  );
});

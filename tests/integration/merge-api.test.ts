/**
 * POST /api/actors/:id/merge, its preview, GET /api/actors/duplicates and the same-name warning
 * on create, against the real Neo4j. The analysis fixture is split: "Women A" (c1) and "Agency
 * One" (u1) each have a duplicate holding part of their ties, roles, engagements and mechanism
 * memberships; once merged, every analysis must give the numbers of the unsplit fixture.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import type { DatasetInput } from '../../server/contracts/index.js';
import { analysis, failingFields, resetWith } from '../support/analysis-api.js';
import { ANALYSIS_FIXTURE } from '../support/analysis-fixture.js';
import { request } from '../support/http.js';
import { isMapNode } from '../support/map-nodes.js';

const server = useTestServer();
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const merge = (keptId: string, duplicateIds: string[], as?: string, preview = false) =>
  api('POST', `/api/actors/${keptId}/merge${preview ? '?preview=true' : ''}`, { duplicateIds }, as);

/** The analysis fixture with c1 and u1 each split in two (c1b, u1b), as a careless import would leave them. */
const base = ANALYSIS_FIXTURE;
const SPLIT: DatasetInput = {
  ...base,
  actors: [
    // c1 lacks its influence; its duplicate knows it (a merge fills it in).
    ...(base.actors ?? []).map((actor) => (actor.id === 'c1' ? { ...actor, influence: undefined } : actor)),
    {
      id: 'c1b',
      name: 'WOMEN  A',
      acronym: 'WA',
      aliases: ['Women of A'],
      kind: 'civil_society',
      subtype: 'womens_group',
      influence: 5,
      basedIn: ['cap'],
    },
    { id: 'u1b', name: 'Agency-One', kind: 'un_entity', subtype: 'agency', basedIn: ['cap'] },
  ],
  ties: [
    ...(base.ties ?? []).map((tie) => {
      if (tie.id === 't6') return { ...tie, targetId: 'c1b' };
      if (tie.id === 't7') return { ...tie, targetId: 'c1b' };
      if (tie.id === 't8') return { ...tie, sourceId: 'u1b' };
      return tie;
    }),
    // The same tie recorded on both: combined into one (strength 3, sources joined, highest sensitivity).
    {
      id: 't3b',
      type: 'cooperates_with',
      sourceId: 'c2',
      targetId: 'c1b',
      strength: 1,
      confidence: 'reported',
      source: 'Field note',
      sensitivity: 'confidential',
    },
    // A tie between the two records of one actor: dropped.
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

const ANALYSES = ['coordination', 'engagement', 'conflict-ties'] as const;

async function analysesNow(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  for (const name of ANALYSES) {
    const response = await analysis(server, name);
    expect(response.status, name).toBe(200);
    results[name] = response.body;
  }
  return results;
}

/** Every relationship and node of the map, as text: to show that a refused merge wrote nothing. */
const snapshot = () =>
  server.count(`MATCH (n) WHERE ${isMapNode('n')} OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) * 1000 + count(r)`);
/** The machine running the tests may be shared: merges and analyses get more than the default 30 s. */
const SLOW = 180_000;

beforeEach(async () => {
  await resetWith(server, SPLIT);
});

describe('merging duplicates', () => {
  it(
    'gives the analyses the numbers of a map where the actors had been one from the start',
    async () => {
      await resetWith(server, base);
      const expected = await analysesNow();
      await resetWith(server, SPLIT);
      const split = await analysesNow();
      expect(split.coordination).not.toEqual(expected.coordination);

      const women = await merge('c1', ['c1b']);
      expect(women.status).toBe(200);
      expect(women.body).toMatchObject({
        keptId: 'c1',
        duplicateIds: ['c1b'],
        merged: true,
        moves: { ties: 2, tiesCombined: 1, selfTiesDropped: 1, engagements: 2, areas: 1 },
        fieldsFilled: ['acronym', 'influence'],
        // "WOMEN  A" folds to the kept name: not repeated as an alias.
        aliasesAdded: ['Women of A'],
      });
      const agency = await merge('u1', ['u1b']);
      expect(agency.body.moves).toMatchObject({ ties: 1, outputRoles: 1, mechanisms: 1 });

      const after = await analysesNow();
      for (const name of ANALYSES) expect(after[name], name).toEqual(expected[name]);
    },
    SLOW,
  );

  it(
    'moves ties, roles and engagements, combines identical ties and drops ties to itself',
    async () => {
      await merge('c1', ['c1b']);
      await merge('u1', ['u1b']);
      const t3 = (await api('GET', '/api/ties/t3')).body;
      expect(t3).toMatchObject({
        sourceId: 'c1',
        targetId: 'c2',
        strength: 3,
        confidence: 'corroborated',
        sensitivity: 'confidential',
        source: 'Field note',
      });
      expect((await api('GET', '/api/ties/t3b')).status).toBe(404);
      expect((await api('GET', '/api/ties/tself')).status).toBe(404);
      expect((await api('GET', '/api/ties/t6')).body).toMatchObject({ sourceId: 'd2', targetId: 'c1' });
      // Roles are records with ids (/api/output-roles): each keeps its own, now held by the kept actor.
      expect(await server.count("MATCH (:Actor {id: 'u1'})-[r:LEADS]->(:Output {id: 'o1'}) RETURN count(r)")).toBe(2);
      expect(
        await server.count(
          "MATCH (:Actor {id: 'u1'})-[r:LEADS]->(:Output {id: 'o1'}) UNWIND r.areaIds AS area WITH collect(DISTINCT area) AS areas RETURN CASE WHEN all(a IN ['cap', 'east'] WHERE a IN areas) THEN 1 ELSE 0 END",
        ),
      ).toBe(1);
      expect(await server.count("MATCH (:Actor {id: 'c1'})-[r:PARTICIPATED_IN]->(:Engagement {id: 'e2'}) RETURN count(r)")).toBe(1);
      expect(await server.count("MATCH (:Actor {id: 'u1'})-[r:MEMBER_OF]->() RETURN count(r)")).toBe(1);
      const kept = (await api('GET', '/api/actors/c1')).body;
      expect(kept).toMatchObject({ acronym: 'WA', influence: 5, aliases: ['Women of A'] });
    },
    SLOW,
  );

  it(
    'answers 404 with mergedInto for a merged id, and a plain 404 to those who may not see the kept actor',
    async () => {
      await api('PATCH', '/api/actors/c1', { sensitivity: 'confidential' });
      await merge('c1', ['c1b']);
      const gone = await api('GET', '/api/actors/c1b');
      expect(gone.status).toBe(404);
      expect(gone.body.error.details).toEqual({ mergedInto: 'c1' });
      const { token } = await server.userWithToken('merge-internal', 'analyst', 'internal');
      const hidden = await api('GET', '/api/actors/c1b', undefined, token);
      const absent = await api('GET', '/api/actors/no-such-actor', undefined, token);
      expect(hidden.status).toBe(404);
      expect(hidden.body).toEqual({
        error: {
          ...absent.body.error,
          message: absent.body.error.message.replace('no-such-actor', 'c1b'),
          params: { ...absent.body.error.params, id: 'c1b' },
        },
      });
      // A second merge carries the first one's tombstone along.
      await api('POST', '/api/actors', { id: 'c1c', name: 'Women Alpha', kind: 'civil_society', sensitivity: 'confidential' });
      await merge('c1c', ['c1']);
      expect((await api('GET', '/api/actors/c1b')).body.error.details).toEqual({ mergedInto: 'c1c' });
    },
    SLOW,
  );

  it(
    'previews what would move without writing anything',
    async () => {
      const before = await snapshot();
      const events = await server.count("MATCH (e:AuditEvent {action: 'merge'}) RETURN count(e)");
      const preview = await merge('c1', ['c1b'], undefined, true);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({
        merged: false,
        moves: { ties: 2, tiesCombined: 1, selfTiesDropped: 1 },
        fieldsFilled: ['acronym', 'influence'],
      });
      expect(await snapshot()).toBe(before);
      expect((await api('GET', '/api/actors/c1b')).status).toBe(200);
      expect(await server.count("MATCH (e:AuditEvent {action: 'merge'}) RETURN count(e)")).toBe(events);
    },
    SLOW,
  );

  it(
    'records one merge event with the kept id and the duplicate ids',
    async () => {
      await server.count("MATCH (e:AuditEvent {action: 'merge'}) DETACH DELETE e RETURN count(*)");
      expect((await merge('c1', ['c1b'])).status).toBe(200);
      expect(
        await server.count("MATCH (e:AuditEvent {action: 'merge', targetType: 'actor'}) WHERE e.targetIds = ['c1', 'c1b'] RETURN count(e)"),
      ).toBe(1);
    },
    SLOW,
  );

  it(
    'moves saved views naming a duplicate',
    async () => {
      const view = await api('POST', '/api/views', {
        name: 'Women',
        positions: { c1b: { x: 1, y: 2 } },
        pinned: ['c1b'],
        state: { focus: { actorId: 'c1b', depth: 1 } },
      });
      expect(view.status).toBe(201);
      const result = await merge('c1', ['c1b']);
      expect(result.body.moves).toMatchObject({ views: 1 });
      const moved = (await api('GET', `/api/views/${view.body.id}`)).body;
      expect(moved).toMatchObject({ positions: { c1: { x: 1, y: 2 } }, pinned: ['c1'], state: { focus: { actorId: 'c1' } } });
    },
    SLOW,
  );
});

describe('need to know', () => {
  const NEUTRAL = 'These actors cannot be merged with your access; ask someone cleared for all their records to merge them';

  it(
    'refuses, without saying why and without writing, a merge touching a hidden tie, engagement or a more sensitive duplicate',
    async () => {
      const { token } = await server.userWithToken('merge-internal', 'analyst', 'internal');
      // t3b is confidential: hidden from this user.
      const before = await snapshot();
      const tie = await merge('c1', ['c1b'], token);
      expect(tie.status).toBe(409);
      expect(tie.body.error.message).toBe(NEUTRAL);
      expect(await snapshot()).toBe(before);

      await server.count("MATCH ()-[t {id: 't3b'}]->() SET t.sensitivity = 'internal' RETURN 1");
      await server.count("MATCH (g:Engagement {id: 'e4'}) SET g.sensitivity = 'confidential' RETURN 1");
      const engagement = await merge('c1', ['c1b'], token);
      expect(engagement.status).toBe(409);
      expect(engagement.body.error.message).toBe(NEUTRAL);

      await server.count("MATCH (g:Engagement {id: 'e4'}) SET g.sensitivity = 'internal' RETURN 1");
      await api('PATCH', '/api/actors/u1b', { sensitivity: 'confidential' });
      const { token: cleared } = await server.userWithToken('merge-confidential', 'analyst', 'confidential');
      const above = await merge('u1', ['u1b'], cleared);
      expect(above.status).toBe(409);
      expect(above.body.error.message).toBe(NEUTRAL);
      expect(await snapshot()).toBe(before);
    },
    SLOW,
  );

  it(
    'answers a hidden duplicate exactly as an absent one',
    async () => {
      await api('PATCH', '/api/actors/u1b', { sensitivity: 'confidential' });
      const { token } = await server.userWithToken('merge-internal', 'analyst', 'internal');
      const hidden = await merge('u1', ['u1b'], token);
      const absent = await merge('u1', ['zz-absent'], token);
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.message.replace('u1b', 'X')).toBe(absent.body.error.message.replace('zz-absent', 'X'));
      expect(hidden.body.error.details).toBeUndefined();
    },
    SLOW,
  );

  it(
    'refuses a merge that would move a grant onto a more sensitive actor',
    async () => {
      await api('PATCH', '/api/actors/u1', { sensitivity: 'confidential' });
      await server.userWithToken('merge-granted', 'viewer', 'public', [{ scope: 'actor', targetId: 'u1b' }]);
      const refused = await merge('u1', ['u1b']);
      expect(refused.status).toBe(409);
    },
    SLOW,
  );
});

describe('bad input', () => {
  it(
    'names the failing field',
    async () => {
      for (const [body, field] of [
        [{ duplicateIds: [] }, 'body.duplicateIds'],
        [{ duplicateIds: ['c1'] }, 'body.duplicateIds.0'],
        [{ duplicateIds: ['c1b', 'c1b'] }, 'body.duplicateIds.1'],
        [{ duplicateIds: ['Not An Id'] }, 'body.duplicateIds.0'],
        [{ duplicateIds: ['c1b'], extra: 1 }, 'body.extra'],
      ] as const) {
        const response = await api('POST', '/api/actors/c1/merge', body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(failingFields(response.body)).toContain(field);
      }
    },
    SLOW,
  );
});

describe('possible duplicates', () => {
  it(
    'lists pairs of the whole visible map by the import folding, and not hidden ones',
    async () => {
      const list = await api('GET', '/api/actors/duplicates');
      expect(list.status).toBe(200);
      const pairs = list.body.items.map((pair: { a: { id: string }; b: { id: string } }) => [pair.a.id, pair.b.id].sort().join('+'));
      expect(pairs).toEqual(expect.arrayContaining(['c1+c1b', 'u1+u1b']));
      await api('PATCH', '/api/actors/u1b', { sensitivity: 'confidential' });
      const { token } = await server.userWithToken('merge-internal', 'analyst', 'internal');
      const limited = (await api('GET', '/api/actors/duplicates', undefined, token)).body;
      expect(JSON.stringify(limited)).not.toContain('u1b');
    },
    SLOW,
  );

  it(
    'asks before creating an actor whose folded name, acronym or alias exists, and creates it once confirmed',
    async () => {
      const asked = await api('POST', '/api/actors', { name: 'women a', kind: 'civil_society' });
      expect(asked.status).toBe(409);
      expect(asked.body.error.code).toBe('possible_duplicate');
      expect(asked.body.error.details.existingIds.sort()).toEqual(['c1', 'c1b']);
      const byAcronym = await api('POST', '/api/actors', { name: 'Something else', acronym: 'w.a.', kind: 'civil_society' });
      expect(byAcronym.body.error.details.existingIds).toEqual(['c1b']);
      const confirmed = await api('POST', '/api/actors', { name: 'women a', kind: 'civil_society', confirmDuplicate: true });
      expect(confirmed.status).toBe(201);
      // An actor hidden from the caller is never named, and does not stop the create.
      await api('PATCH', '/api/actors/u1b', { sensitivity: 'confidential' });
      const { token } = await server.userWithToken('merge-internal', 'analyst', 'internal');
      expect((await api('POST', '/api/actors', { name: 'Agency One!', kind: 'un_entity' }, token)).body.error.details.existingIds).toEqual([
        'u1',
      ]);
      await api('DELETE', '/api/actors/u1');
      expect((await api('POST', '/api/actors', { name: 'agency one', kind: 'un_entity' }, token)).status).toBe(201);
    },
    SLOW,
  );
});

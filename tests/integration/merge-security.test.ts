/**
 * The second security review's merge findings, against the real Neo4j:
 * - H1: a merge never moves a grant nor widens what one opens (actor grants on a duplicate or on
 *   the kept actor, area grants whose `opened` list names either): refused with the neutral 409;
 * - L2: the preview counts only the caller's own saved views and says nothing of grants;
 * - L3: import stamps are never copied onto the kept actor;
 * - L8: a merged id names its kept actor only to callers cleared (not merely granted) for both.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../server/contracts/index.js';
import { resetWith } from '../support/analysis-api.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { isMapNode } from '../support/map-nodes.js';

const server = useTestServer();
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const merge = (keptId: string, duplicateIds: string[], as?: string, preview = false) =>
  api('POST', `/api/actors/${keptId}/merge${preview ? '?preview=true' : ''}`, { duplicateIds }, as);

const NEUTRAL = 'These actors cannot be merged with your access; ask someone cleared for all their records to merge them';
const SLOW = 180_000;

/** K and D: two confidential records of one organisation; O: an actor both are tied to. */
const MAP: DatasetInput = {
  meta: {
    name: 'Merge security',
    source: 'tests/integration/merge-security.test.ts',
    fictional: true,
    description: 'Two records of one group',
  },
  areas: [{ id: 'zone', name: 'Zone', pcode: 'Z01' }],
  actors: [
    { id: 'k', name: 'Kept Group', kind: 'civil_society', sensitivity: 'confidential', basedIn: ['zone'] },
    { id: 'd', name: 'Kept Group (2)', kind: 'civil_society', sensitivity: 'confidential', description: 'From the duplicate' },
    { id: 'o', name: 'Other', kind: 'civil_society', sensitivity: 'internal' },
  ],
  ties: [{ id: 'td', type: 'cooperates_with', sourceId: 'd', targetId: 'o', strength: 2, sensitivity: 'confidential' }],
};

/** Every node and link of the map, as a number: a refused merge writes nothing. */
const snapshot = () =>
  server.count(`MATCH (n) WHERE ${isMapNode('n')} OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) * 1000 + count(r)`);

beforeEach(async () => {
  await resetWith(server, MAP);
});

describe('H1: a merge never moves or widens a grant', () => {
  it(
    'refuses a merge when a grant names a duplicate of the same level (reproduction 1)',
    async () => {
      const { token } = await server.userWithToken('h1-granted-d', 'viewer', 'public', [{ scope: 'actor', targetId: 'd' }]);
      const before = await snapshot();
      const refused = await merge('k', ['d']);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(NEUTRAL);
      expect(await snapshot()).toBe(before);
      // The grantee still sees only what was approved: D, not K.
      expect((await api('GET', '/api/actors/k', undefined, token)).status).toBe(404);
      expect((await api('GET', '/api/actors/d', undefined, token)).status).toBe(200);
      await server.userWithToken('h1-granted-d', 'viewer', 'public', []);
    },
    SLOW,
  );

  it(
    'refuses a merge when a grant names the kept actor (reproduction 2)',
    async () => {
      await api('PATCH', '/api/actors/k', { sensitivity: 'strictly_confidential' });
      const { token } = await server.userWithToken('h1-granted-k', 'viewer', 'public', [{ scope: 'actor', targetId: 'k' }]);
      const refused = await merge('k', ['d']);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(NEUTRAL);
      // The grantee does not see D's confidential tie, nor its description on K.
      const kept = await api('GET', '/api/actors/k', undefined, token);
      expect(kept.status).toBe(200);
      expect(JSON.stringify(kept.body)).not.toContain('From the duplicate');
      expect((await api('GET', '/api/ties/td', undefined, token)).status).toBe(404);
      await server.userWithToken('h1-granted-k', 'viewer', 'public', []);
    },
    SLOW,
  );

  it(
    "refuses a merge when an area grant's opened list names the kept actor or a duplicate",
    async () => {
      const { userId } = await server.userWithToken('h1-area', 'viewer', 'public', [{ scope: 'area', targetId: 'zone' }]);
      for (const opened of [['k'], ['d']]) {
        expect(
          await server.count(
            'MATCH (u:User {id: $userId})-[g:GRANTED {scope: "area"}]->(:AdminArea {id: "zone"}) SET g.opened = $opened RETURN count(g)',
            {
              userId,
              opened,
            },
          ),
        ).toBe(1);
        const refused = await merge('k', ['d']);
        expect(refused.status, opened.join()).toBe(409);
        expect(refused.body.error.message).toBe(NEUTRAL);
      }
      // Revoked by an administrator: the merge goes through, and moves no grant.
      await server.userWithToken('h1-area', 'viewer', 'public', []);
      expect((await merge('k', ['d'])).status).toBe(200);
      expect(await server.count('MATCH (:User)-[g:GRANTED]->() RETURN count(g)')).toBe(0);
    },
    SLOW,
  );
});

describe('L2: the preview says nothing of others', () => {
  it(
    "counts only the caller's own saved views, and no grants",
    async () => {
      const { token: other } = await server.userWithToken('l2-other', 'analyst', 'confidential');
      const theirs = await api('POST', '/api/views', { name: 'Theirs', positions: { d: { x: 1, y: 1 } }, pinned: ['d'], state: {} }, other);
      expect(theirs.status).toBe(201);
      const preview = await merge('k', ['d'], undefined, true);
      expect(preview.status).toBe(200);
      expect(preview.body.moves.views).toBe(0);
      expect(preview.body.moves).not.toHaveProperty('grants');
      await api('POST', '/api/views', { name: 'Mine', positions: { d: { x: 1, y: 1 } }, pinned: ['d'], state: {} });
      expect((await merge('k', ['d'], undefined, true)).body.moves.views).toBe(1);
      const merged = await merge('k', ['d']);
      expect(merged.body.moves.views).toBe(1);
      // Their view still follows the merge (it would otherwise name a gone id).
      expect((await api('GET', `/api/views/${theirs.body.id}`, undefined, other)).body.pinned).toEqual(['k']);
    },
    SLOW,
  );
});

describe('L3: import stamps stay where they were written', () => {
  it(
    'never copies createdByImport, writtenByImport or their -At variants onto the kept actor',
    async () => {
      // K was written through the API (no stamp); D by an import.
      await server.count("MATCH (k:Actor {id: 'k'}) REMOVE k.writtenByImportAt RETURN 1");
      await server.count(
        "MATCH (d:Actor {id: 'd'}) SET d.createdByImport = 'job-1', d.writtenByImport = 'job-1', d.writtenByImportAt = datetime(), d.createdByImportAt = datetime() RETURN 1",
      );
      const merged = await merge('k', ['d']);
      expect(merged.status).toBe(200);
      expect(merged.body.fieldsFilled).toEqual(['description']);
      expect(
        await server.count(
          "MATCH (k:Actor {id: 'k'}) RETURN size([key IN keys(k) WHERE key IN ['createdByImport', 'writtenByImport', 'writtenByImportAt', 'createdByImportAt']])",
        ),
      ).toBe(0);
    },
    SLOW,
  );
});

describe('L8: a merged id names its kept actor only to those cleared for both', () => {
  it(
    'answers a plain 404 to a user who sees the kept actor only through a grant, or not the merged one by clearance',
    async () => {
      expect((await merge('k', ['d'])).status).toBe(200);
      // K is lowered after the merge; D was confidential when it was merged.
      expect((await api('PATCH', '/api/actors/k', { sensitivity: 'internal' })).status).toBe(200);
      const cleared = await api('GET', '/api/actors/d');
      expect(cleared.body.error.details).toEqual({ mergedInto: 'k' });

      // Sees K by clearance, but D was confidential: plain 404.
      const { token: internal } = await server.userWithToken('l8-internal', 'analyst', 'internal');
      const absent = await api('GET', '/api/actors/no-such', undefined, internal);
      const plain = (response: { body: { error: { message: string } } }, id: string) =>
        response.body.error.message.replace(`"${id}"`, '"X"');
      const hidden = await api('GET', '/api/actors/d', undefined, internal);
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.details).toBeUndefined();
      expect(plain(hidden, 'd')).toBe(plain(absent, 'no-such'));
    },
    SLOW,
  );

  it(
    'answers a plain 404 to a user who sees the kept actor only through an actor grant',
    async () => {
      await api('PATCH', '/api/actors/d', { sensitivity: 'public' });
      await api('PATCH', '/api/actors/k', { sensitivity: 'public' });
      await api('PATCH', '/api/ties/td', { sensitivity: 'public' });
      expect((await merge('k', ['d'])).status).toBe(200);
      await api('PATCH', '/api/actors/k', { sensitivity: 'confidential' });
      const { token } = await server.userWithToken('l8-granted', 'viewer', 'public', [{ scope: 'actor', targetId: 'k' }]);
      expect((await api('GET', '/api/actors/k', undefined, token)).status).toBe(200);
      const answer = await api('GET', '/api/actors/d', undefined, token);
      expect(answer.status).toBe(404);
      expect(answer.body.error.details).toBeUndefined();
      await server.userWithToken('l8-granted', 'viewer', 'public', []);
    },
    SLOW,
  );
});

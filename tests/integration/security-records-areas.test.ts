/**
 * Security review 2, M2: a refused area delete must not tell visible from hidden references. The
 * answer counts only what the caller may see, in the same words whether or not hidden records
 * point to the area too; an area only hidden records point to is refused like any other; every
 * refusal is audited (a delete is a probe that can be repeated area by area).
 *
 * Two districts of the east, each with one internal actor based there; in the first, a
 * confidential defender too, hidden from the internal analyst. A third holds only a hidden one.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { as, auditSince } from '../support/security-writes.js';

vi.setConfig({ testTimeout: 120_000 });

const server = useTestServer({ reset: 'each' });
const run = Math.random().toString(36).slice(2, 8);
let internal: { userId: string; token: string };
let auditEvents: Awaited<ReturnType<typeof auditSince>>;

beforeAll(async () => {
  internal = await server.userWithToken(`rec-areas-internal-${run}`, 'analyst', 'internal');
});

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  const cleared = as(server, server.token);
  for (const id of ['d-hidden', 'd-plain', 'd-only-hidden']) {
    expect((await cleared('POST', '/api/areas', { id, name: `District ${id}`, level: 2, parentId: 'east' })).status).toBe(201);
  }
  const actor = async (name: string, basedIn: string, sensitivity: string) =>
    expect(
      (await cleared('POST', '/api/actors', { name, kind: 'civil_society', sensitivity, basedIn: [basedIn], confirmDuplicate: true }))
        .status,
    ).toBe(201);
  await actor('Riverside Women', 'd-hidden', 'internal');
  await actor('Hill Farmers', 'd-plain', 'internal');
  await actor('Defender One', 'd-hidden', 'confidential');
  await actor('Defender Two', 'd-only-hidden', 'confidential');
  auditEvents = await auditSince(server);
});

describe('M2: refusing an area delete', () => {
  it('answers the same for an area with a hidden confidential actor as for one with the same visible references only', async () => {
    const withHidden = await as(server, internal.token)('DELETE', '/api/areas/d-hidden');
    const plain = await as(server, internal.token)('DELETE', '/api/areas/d-plain');
    expect(withHidden.status).toBe(409);
    expect(withHidden.body).toEqual(plain.body);
    expect(withHidden.body.error.message).toBe(
      'This area cannot be deleted: 1 actor points to it, counting only records you can see. Deleting an area needs it to be unused.',
    );
    expect(withHidden.body.error.details).toEqual([
      { path: 'references.actors', message: '1 actor', messageCode: 'field.area_references', params: { references: 'actors', count: 1 } },
    ]);
  });

  it('refuses an area only hidden records point to with the same words, counting none, and leaves it', async () => {
    const onlyHidden = await as(server, internal.token)('DELETE', '/api/areas/d-only-hidden');
    expect(onlyHidden.status).toBe(409);
    expect(onlyHidden.body.error.message).toBe(
      'This area cannot be deleted: 0 records point to it, counting only records you can see. Deleting an area needs it to be unused.',
    );
    expect(JSON.stringify(onlyHidden.body)).not.toMatch(/may not see|Defender/);
    expect(await server.count("MATCH (a:AdminArea {id: 'd-only-hidden'}) RETURN count(a)")).toBe(1);
  });

  it('audits every refused delete, with the area, as a denied access', async () => {
    for (const id of ['d-hidden', 'd-plain', 'd-only-hidden']) {
      expect((await as(server, internal.token)('DELETE', `/api/areas/${id}`)).status).toBe(409);
    }
    const refused = (await auditEvents('access_denied')).filter((event) => event.userId === internal.userId);
    expect(refused.map((event) => [event.targetType, event.targetIds, event.detail]).sort()).toEqual([
      ['area', ['d-hidden'], 'DELETE /api/areas/:id: in use'],
      ['area', ['d-only-hidden'], 'DELETE /api/areas/:id: in use'],
      ['area', ['d-plain'], 'DELETE /api/areas/:id: in use'],
    ]);
    expect(await auditEvents('delete')).toEqual([]);
  });
});

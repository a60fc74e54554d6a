/**
 * Issue #12, the export gaps: the snapshot carries a lead or support role's id, dates and note and
 * a coordination mechanism's chair, and importing it back restores them (export -> empty ->
 * import -> export gives the same roles and mechanisms). Profiles other than `full` strip the
 * role's note with the other free text.
 */
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { download, upload } from '../support/transfers/transfer-client.js';

const server = useTestServer({ reset: 'each' });

interface Role {
  id?: string;
  actorId: string;
  from?: string;
  to?: string;
  note?: string;
}

const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

describe('snapshot: roles and chairs (#12)', () => {
  it("carries a role's id, dates and note and a mechanism's chair through export -> empty -> import", async () => {
    await loadDataset(server.db, FIXTURE);
    const role = await request(server.baseUrl, 'POST', '/api/output-roles', {
      actorId: 'donor',
      outputId: 'o1',
      role: 'support',
      areaIds: ['east'],
      from: '2026-01-01',
      to: '2026-12-31',
      note: 'Funds the eastern programme',
    });
    expect(role.status).toBe(201);
    const mechanism = await request(server.baseUrl, 'POST', '/api/mechanisms', {
      name: 'Capital coordination',
      kind: 'cluster',
      memberIds: ['un', 'gov'],
      chairId: 'gov',
    });
    expect(mechanism.status).toBe(201);

    const first = JSON.parse((await download(server.baseUrl, 'snapshot')).text);
    expect(first.dataset.outputRoles).toContainEqual({
      id: role.body.id,
      actorId: 'donor',
      outputId: 'o1',
      role: 'support',
      areaIds: ['east'],
      from: '2026-01-01',
      to: '2026-12-31',
      note: 'Funds the eastern programme',
    });
    expect(first.dataset.mechanisms).toContainEqual(expect.objectContaining({ id: mechanism.body.id, chairId: 'gov' }));

    await server.reset();
    const imported = await upload(server.baseUrl, 'map.snapshot.json', JSON.stringify(first));
    expect(imported.status, JSON.stringify(imported.body.problems?.slice(0, 3))).toBe(201);
    const restored = await request(server.baseUrl, 'GET', `/api/output-roles/${role.body.id}`);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ from: '2026-01-01', to: '2026-12-31', note: 'Funds the eastern programme', areaIds: ['east'] });
    const chaired = await request(server.baseUrl, 'GET', `/api/mechanisms/${mechanism.body.id}`);
    expect(chaired.body).toMatchObject({ chairId: 'gov', memberIds: ['gov', 'un'] });

    const second = JSON.parse((await download(server.baseUrl, 'snapshot')).text);
    expect([...second.dataset.outputRoles].sort(byJson)).toEqual([...first.dataset.outputRoles].sort(byJson));
    expect(second.dataset.mechanisms).toEqual(first.dataset.mechanisms);
    // Importing it again changes nothing.
    expect((await upload(server.baseUrl, 'map.snapshot.json', JSON.stringify(first))).status).toBe(201);
    const third = JSON.parse((await download(server.baseUrl, 'snapshot')).text);
    expect([...third.dataset.outputRoles].sort(byJson)).toEqual([...first.dataset.outputRoles].sort(byJson));
  }, 120_000);

  it("leaves the role's note out of the internal profile, and refuses a chair who is not a member", async () => {
    await loadDataset(server.db, FIXTURE);
    expect(
      (await request(server.baseUrl, 'POST', '/api/output-roles', { actorId: 'donor', outputId: 'o1', role: 'support', note: 'Private' }))
        .status,
    ).toBe(201);
    const internal = JSON.parse((await download(server.baseUrl, 'snapshot', '?profile=internal')).text);
    expect((internal.dataset.outputRoles as Role[]).find((row) => row.actorId === 'donor')).not.toHaveProperty('note');
    const file = JSON.stringify({
      meta: { name: 'x', source: 'test', fictional: true, description: '' },
      mechanisms: [{ id: 'm-x', name: 'Group', kind: 'cluster', memberIds: ['un'], chairId: 'gov' }],
    });
    const refused = await upload(server.baseUrl, 'x.json', file);
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toEqual([
      {
        line: null,
        column: 'mechanisms.0.chairId',
        sheet: null,
        reason: 'the chair must be one of the members',
        messageCode: 'field.chair_among_members',
        params: {},
      },
    ]);
  }, 120_000);
});

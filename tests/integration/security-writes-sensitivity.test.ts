/**
 * Lowering a sensitivity level needs clearance for the record's current level (never a grant),
 * and is audited as `sensitivity_lowered` with the codes before and after; raising stays capped
 * at the writer's clearance. Imports never lower a level by themselves: a record already in the
 * map keeps its sensitivity and text fields unless its row states otherwise, and the importer
 * may lower it.
 *
 * Fixture: cso-b (Youth Voice, a human rights defender for this test) is confidential.
 *   granted: analyst cleared internal, with a grant on cso-b (the confirmed exploit's account)
 *   cleared: analyst cleared confidential
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { as, auditSince, importAs, kumuWorkbook, snapshot } from '../support/security-writes.js';

const server = useTestServer({ reset: 'each' });
let granted: { userId: string; token: string };
let cleared: { userId: string; token: string };
let internal: { userId: string; token: string };
let auditEvents: Awaited<ReturnType<typeof auditSince>>;

const sensitivityOf = async (path: string) => (await as(server, cleared.token)('GET', path)).body.sensitivity;

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  expect((await as(server, server.token)('PATCH', '/api/actors/cso-b', { sensitivity: 'confidential' })).status).toBe(200);
  expect((await as(server, server.token)('PATCH', '/api/ties/t-comm', { sensitivity: 'confidential' })).status).toBe(200);
  granted = await server.userWithToken('sw-granted', 'analyst', 'internal', [{ scope: 'actor', targetId: 'cso-b' }]);
  cleared = await server.userWithToken('sw-cleared', 'analyst', 'confidential');
  internal = await server.userWithToken('sw-internal', 'analyst', 'internal');
  auditEvents = await auditSince(server);
});

describe('PATCH', () => {
  it('refuses the confirmed exploit: a grant on a confidential actor does not allow making it public', async () => {
    const response = await as(server, granted.token)('PATCH', '/api/actors/cso-b', { sensitivity: 'public' });
    expect(response.status).toBe(403);
    expect(response.body.error.details[0].path).toBe('body.sensitivity');
    expect(await sensitivityOf('/api/actors/cso-b')).toBe('confidential');
    expect((await as(server, internal.token)('GET', '/api/actors/cso-b')).status).toBe(404);
    expect(await auditEvents('sensitivity_lowered')).toEqual([]);
  });

  it('refuses lowering a tie through a grant on one of its ends', async () => {
    const response = await as(server, granted.token)('PATCH', '/api/ties/t-comm', { sensitivity: 'internal' });
    expect(response.status).toBe(403);
    expect(await sensitivityOf('/api/ties/t-comm')).toBe('confidential');
  });

  it('lets someone cleared for the current level lower it, audited with before and after (codes only)', async () => {
    expect((await as(server, cleared.token)('PATCH', '/api/actors/cso-b', { sensitivity: 'public' })).status).toBe(200);
    expect((await as(server, cleared.token)('PATCH', '/api/ties/t-comm', { sensitivity: 'internal' })).status).toBe(200);
    const events = await auditEvents('sensitivity_lowered');
    expect(events.map((e) => [e.userId, e.targetType, e.targetIds, e.detail]).sort()).toEqual([
      [cleared.userId, 'actor', ['cso-b'], 'confidential->public'],
      [cleared.userId, 'tie', ['t-comm'], 'confidential->internal'],
    ]);
    expect(JSON.stringify(events)).not.toContain('Youth Voice');
    // An ordinary update is still recorded as such, once.
    expect((await auditEvents('update')).filter((e) => e.targetIds[0] === 'cso-b' && e.userId === cleared.userId)).toHaveLength(1);
  });

  it('never raises above the writer’s clearance, and raising within it is not a lowering', async () => {
    expect((await as(server, internal.token)('PATCH', '/api/actors/gov', { sensitivity: 'confidential' })).status).toBe(403);
    expect((await as(server, cleared.token)('PATCH', '/api/actors/gov', { sensitivity: 'confidential' })).status).toBe(200);
    expect((await as(server, granted.token)('PATCH', '/api/ties/t-funds', { sensitivity: 'confidential' })).status).toBe(403);
    expect(await auditEvents('sensitivity_lowered')).toEqual([]);
  });
});

describe('POST', () => {
  it('creates at most at the writer’s clearance, and a create can never lower an existing record', async () => {
    expect(
      (await as(server, internal.token)('POST', '/api/actors', { name: 'Secret', kind: 'civil_society', sensitivity: 'confidential' }))
        .status,
    ).toBe(403);
    expect(
      (
        await as(server, internal.token)('POST', '/api/ties', {
          type: 'funds',
          sourceId: 'donor',
          targetId: 'gov',
          sensitivity: 'confidential',
        })
      ).status,
    ).toBe(403);
    const over = await as(server, granted.token)('POST', '/api/actors', {
      id: 'cso-b',
      name: 'Youth Voice',
      kind: 'civil_society',
      sensitivity: 'public',
    });
    expect(over.status).toBe(409);
    const tie = await as(server, granted.token)('POST', '/api/ties', {
      id: 't-comm',
      type: 'communicates_with',
      sourceId: 'cso-a',
      targetId: 'cso-b',
      sensitivity: 'public',
    });
    expect(tie.status).toBe(409);
    expect(await sensitivityOf('/api/actors/cso-b')).toBe('confidential');
    expect(await sensitivityOf('/api/ties/t-comm')).toBe('confidential');
    const created = await as(server, cleared.token)('POST', '/api/actors', {
      name: 'Raised',
      kind: 'civil_society',
      sensitivity: 'confidential',
    });
    expect(created.status).toBe(201);
  });
});

const actorRow = (fields: Record<string, unknown>) => ({ name: 'Youth Voice', kind: 'civil_society', ...fields });

describe('snapshot import', () => {
  it('refuses a row lowering a level through a grant, naming the row; imports it for someone cleared, audited', async () => {
    const file = snapshot({ actors: [actorRow({ id: 'cso-b', sensitivity: 'public' })] });
    const refused = await importAs(server, granted.token, 'lower.json', file);
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toEqual([
      {
        line: null,
        column: 'actors.0',
        sheet: null,
        reason: 'lowering the sensitivity from confidential needs your own clearance for confidential',
        messageCode: 'import.lowering_needs_clearance',
        params: { level: 'confidential' },
      },
    ]);
    expect(await sensitivityOf('/api/actors/cso-b')).toBe('confidential');
    const imported = await importAs(server, cleared.token, 'lower.json', file);
    expect(imported.status).toBe(201);
    expect(await sensitivityOf('/api/actors/cso-b')).toBe('public');
    expect((await auditEvents('sensitivity_lowered')).map((e) => [e.targetIds, e.detail])).toEqual([[['cso-b'], 'confidential->public']]);
  });

  it('refuses raising above the importer’s clearance, for a new record and an existing one', async () => {
    const file = snapshot({
      actors: [
        actorRow({ id: 'brand-new', name: 'New', sensitivity: 'confidential' }),
        actorRow({ id: 'gov', name: 'Ministry of Peace', kind: 'government', sensitivity: 'strictly_confidential' }),
      ],
    });
    const refused = await importAs(server, internal.token, 'raise.json', file);
    expect(refused.status).toBe(422);
    expect(refused.body.problems.map((p: { column: string; reason: string }) => [p.column, p.reason])).toEqual([
      ['actors.0', 'sensitivity confidential is above your clearance'],
      ['actors.1', 'sensitivity strictly_confidential is above your clearance'],
    ]);
    expect(
      (
        await importAs(
          server,
          cleared.token,
          'raise.json',
          snapshot({ actors: [actorRow({ id: 'gov', name: 'Ministry of Peace', kind: 'government', sensitivity: 'confidential' })] }),
        )
      ).status,
    ).toBe(201);
    expect(await sensitivityOf('/api/actors/gov')).toBe('confidential');
  });

  it('keeps the sensitivity and text fields of an existing record when the row leaves them out', async () => {
    await as(server, cleared.token)('PATCH', '/api/actors/cso-a', { sensitivity: 'confidential', description: 'Kept notes' });
    const file = snapshot({ actors: [{ id: 'cso-a', name: 'Women Together', kind: 'civil_society' }] });
    expect((await importAs(server, cleared.token, 'keep.json', file)).status).toBe(201);
    const actor = (await as(server, cleared.token)('GET', '/api/actors/cso-a')).body;
    expect(actor).toMatchObject({ sensitivity: 'confidential', description: 'Kept notes', subtype: 'womens_group', influence: 4 });
  });
});

describe('Kumu workbook import', () => {
  const header = ['ID', 'Label', 'Type', 'Sensitivity', 'Description'];
  it('refuses lowering through a grant with the sheet and line, and raising above clearance; lowers for someone cleared', async () => {
    const lower = await kumuWorkbook([header, ['cso-b', 'Youth Voice', 'Civil society', 'public', '']]);
    const refused = await importAs(server, granted.token, 'lower.xlsx', lower);
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toEqual([
      {
        line: 2,
        column: 'A (ID)',
        sheet: 'Elements',
        reason: 'lowering the sensitivity from confidential needs your own clearance for confidential',
        messageCode: 'import.lowering_needs_clearance',
        params: { level: 'confidential' },
      },
    ]);
    const raise = await importAs(
      server,
      internal.token,
      'raise.xlsx',
      await kumuWorkbook([header, ['', 'Brand New', 'Civil society', 'confidential', '']]),
    );
    expect(raise.status).toBe(422);
    expect(raise.body.problems[0]).toMatchObject({
      line: 2,
      sheet: 'Elements',
      reason: 'sensitivity confidential is above your clearance',
    });
    expect((await importAs(server, cleared.token, 'lower.xlsx', lower)).status).toBe(201);
    expect(await sensitivityOf('/api/actors/cso-b')).toBe('public');
    expect((await auditEvents('sensitivity_lowered')).map((e) => e.detail)).toEqual(['confidential->public']);
  });

  it('keeps sensitivity and description of an element matched by label when its cells are empty', async () => {
    await as(server, cleared.token)('PATCH', '/api/actors/cso-a', { sensitivity: 'confidential', description: 'Kept notes' });
    const file = await kumuWorkbook([header, ['', 'Women Together', 'Civil society', '', '']]);
    const imported = await importAs(server, cleared.token, 'keep.xlsx', file);
    expect(imported.status).toBe(201);
    expect(await server.count("MATCH (a:Actor {name: 'Women Together'}) RETURN count(a)")).toBe(1);
    expect((await as(server, cleared.token)('GET', '/api/actors/cso-a')).body).toMatchObject({
      sensitivity: 'confidential',
      description: 'Kept notes',
    });
  });
});

describe('3W CSV import', () => {
  const csv = 'Organisation,Sector,Country\nAlpha Relief,Protection,Country One\n';

  it('never lowers: a routine re-import keeps a raised sensitivity, the description and the kind', async () => {
    expect((await importAs(server, cleared.token, 'march.csv', csv)).status).toBe(201);
    const [first] = (await as(server, cleared.token)('GET', '/api/actors?text=Alpha%20Relief')).body.items;
    expect(first.sensitivity).toBe('internal');
    await as(server, cleared.token)('PATCH', `/api/actors/${first.id}`, {
      sensitivity: 'confidential',
      description: 'Works with detainees',
      kind: 'government',
      subtype: 'ministry',
    });
    expect((await importAs(server, cleared.token, 'april.csv', csv)).status).toBe(201);
    const after = (await as(server, cleared.token)('GET', '/api/actors?text=Alpha%20Relief')).body;
    expect(after.total).toBe(1);
    expect(after.items[0]).toMatchObject({
      id: first.id,
      sensitivity: 'confidential',
      description: 'Works with detainees',
      kind: 'government',
      subtype: 'ministry',
    });
    expect(await server.count(`MATCH (a:Actor {id: $id}) RETURN size(labels(a))`, { id: first.id })).toBe(2);
    expect(await auditEvents('sensitivity_lowered')).toEqual([]);
  });

  it('a re-import by someone not cleared for the raised level leaves the record alone and creates a separate one', async () => {
    expect((await importAs(server, cleared.token, 'march.csv', csv)).status).toBe(201);
    const [first] = (await as(server, cleared.token)('GET', '/api/actors?text=Alpha%20Relief')).body.items;
    await as(server, cleared.token)('PATCH', `/api/actors/${first.id}`, { sensitivity: 'confidential' });
    expect((await importAs(server, internal.token, 'april.csv', csv)).status).toBe(201);
    expect(await sensitivityOf(`/api/actors/${first.id}`)).toBe('confidential');
    expect((await as(server, cleared.token)('GET', '/api/actors?text=Alpha%20Relief')).body.total).toBe(2);
  });
});

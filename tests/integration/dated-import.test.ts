/**
 * Dated imports (issue 14): an import "as of" a date writes versions that begin then, so the map
 * as of that date shows it and the map before does not; the audit event says the date; a date in
 * the future or not a date is a 400 naming `query.asOf`, and a date before the newest version of
 * a record the import writes a 409 naming the field and the record, with nothing written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { upload } from '../support/transfers/transfer-client.js';

const server = useTestServer();
const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const table = (...names: string[]) => `Organisation,Sector\n${names.map((name) => `${name},Protection`).join('\n')}\n`;
const dated = (asOf: string) => ({ query: `&asOf=${encodeURIComponent(asOf)}` });

async function namesOnMap(asOf?: string): Promise<string[]> {
  const graph = await request(server.baseUrl, 'GET', `/api/graph${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`);
  expect(graph.status).toBe(200);
  return graph.body.nodes.map((node: { data: { label?: string; name?: string } }) => node.data.name ?? node.data.label);
}

beforeAll(async () => {
  await server.reset();
});

describe('an import dated D', () => {
  const D = day(-10);

  it('shows on the map as of D, not before; today too; the audit says the date', async () => {
    const imported = await upload(server.baseUrl, 'q3-3w.csv', table('Dated Relief Network'), dated(D));
    expect(imported.status, JSON.stringify(imported.body?.problems)).toBe(201);
    expect(await namesOnMap(`${D}T00:00:00Z`)).toContain('Dated Relief Network');
    expect(await namesOnMap(`${day(-11)}T12:00:00Z`)).not.toContain('Dated Relief Network');
    expect(await namesOnMap()).toContain('Dated Relief Network');
    const admin = await server.userWithToken('dated-import-admin', 'administrator', 'strictly_confidential');
    const events = await request(server.baseUrl, 'GET', '/api/audit?action=import', undefined, { as: admin.token });
    expect(events.body.find((event: { targetIds: string[] }) => event.targetIds.includes(imported.body.importId))).toMatchObject({
      detail: `imported as of ${D}T00:00:00.000Z`,
    });
  });

  it('refuses a date in the future or not a date: 400 naming query.asOf', async () => {
    for (const asOf of [day(2), '2026-13-45', 'last quarter']) {
      const refused = await upload(server.baseUrl, 'q3-3w.csv', table('Future Relief Network'), dated(asOf));
      expect(refused.status, asOf).toBe(400);
      expect(refused.body.error.details.map((d: { path: string }) => d.path)).toContain('query.asOf');
    }
    expect(await namesOnMap()).not.toContain('Future Relief Network');
  });

  it('refuses a date before the newest version of a record it writes: 409 naming the field and the record, nothing written', async () => {
    // The actor of the first test has a version from D: a file dated before D that names it is refused.
    const before = await upload(server.baseUrl, 'q2-3w.csv', table('Dated Relief Network', 'Earlier Relief Network'), dated(day(-12)));
    expect(before.status).toBe(409);
    expect(before.body.error.details[0].path).toBe('query.asOf');
    expect(before.body.error.message).toContain('"Dated Relief Network"');
    expect(before.body.error.message).toContain(`${D}T00:00:00.000Z`);
    expect(await namesOnMap()).not.toContain('Earlier Relief Network');
    // The same holds for a dry run (the dialog's check), and for an edit made today.
    const dry = await upload(server.baseUrl, 'q2-3w.csv', table('Dated Relief Network'), { query: `&dryRun=true&asOf=${day(-12)}` });
    expect(dry.status).toBe(409);
    const [actor] = (await request(server.baseUrl, 'GET', '/api/actors?text=Dated%20Relief')).body.items;
    expect((await request(server.baseUrl, 'PATCH', `/api/actors/${actor.id}`, { influence: 4 })).status).toBe(200);
    expect((await upload(server.baseUrl, 'q3-3w.csv', table('Dated Relief Network'), dated(day(-1)))).status).toBe(409);
    // Dated now (no date): an ordinary import is never refused for its date.
    expect((await upload(server.baseUrl, 'q4-3w.csv', table('Dated Relief Network'))).status).toBe(201);
  });
});

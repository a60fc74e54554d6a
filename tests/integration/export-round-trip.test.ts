/**
 * Round trips against the real Neo4j: export the snapshot of the handbook + demo map, empty the
 * database, import it, export again: identical (ignoring order). Same for the Kumu workbook.
 */
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { seedDatabase } from '../../server/seed/seed-database.js';
import { request } from '../support/http.js';
import { download, upload } from '../support/transfers/transfer-client.js';

const server = useTestServer();

/** Sorts every array (by its JSON) so that comparisons ignore order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

describe('snapshot round trip', () => {
  // A real seed and a full import: about 60 s alone on a cold Neo4j, more among a run's first
  // files, while the database plans every query for the first time.
  it('export -> empty -> import -> export gives the same dataset', { timeout: 240_000 }, async () => {
    await server.reset();
    await seedDatabase(server.db, 'demo');
    const first = JSON.parse((await download(server.baseUrl, 'snapshot')).text);
    expect(first.dataset.actors.length).toBeGreaterThan(150);
    expect(first.dataset.engagements.length).toBeGreaterThan(0);
    await server.reset();
    const imported = await upload(server.baseUrl, 'map.snapshot.json', JSON.stringify(first), { contentType: 'application/octet-stream' });
    expect(imported.status, JSON.stringify(imported.body.problems?.slice(0, 3))).toBe(201);
    expect(imported.body.file.format).toBe('snapshot');
    const second = JSON.parse((await download(server.baseUrl, 'snapshot')).text);
    expect(canonical(second.dataset)).toEqual(canonical(first.dataset));
  });

  it(
    "carries what the API writes beyond the seed: an engagement's follow-ups and an area's other names",
    { timeout: 120_000 },
    async () => {
      await server.reset();
      await seedDatabase(server.db, 'demo');
      const areas = (await request(server.baseUrl, 'GET', '/api/areas')).body as { id: string }[];
      const named = await request(server.baseUrl, 'PATCH', `/api/areas/${areas[0]!.id}`, { names: { fr: 'Zone nommée', ar: 'منطقة' } });
      expect(named.status).toBe(200);
      const logged = (await request(server.baseUrl, 'GET', '/api/engagements?limit=1')).body.items[0];
      const followUps = [
        { text: 'Send the minutes', due: '2027-01-20', done: false },
        { text: 'Call back', due: null, done: true },
      ];
      expect((await request(server.baseUrl, 'PATCH', `/api/engagements/${logged.id}`, { followUps })).status).toBe(200);

      const first = JSON.parse((await download(server.baseUrl, 'snapshot')).text);
      expect(first.dataset.areas.find((area: { id: string }) => area.id === areas[0]!.id).names).toEqual({
        ar: 'منطقة',
        fr: 'Zone nommée',
      });
      await server.reset();
      const imported = await upload(server.baseUrl, 'map.snapshot.json', JSON.stringify(first), { contentType: 'application/json' });
      expect(imported.status, JSON.stringify(imported.body.problems?.slice(0, 3))).toBe(201);
      expect((await request(server.baseUrl, 'GET', `/api/engagements/${logged.id}`)).body.followUps).toEqual(followUps);
      expect((await request(server.baseUrl, 'GET', `/api/areas/${areas[0]!.id}`)).body.names).toEqual({ ar: 'منطقة', fr: 'Zone nommée' });

      // A re-import whose rows leave the follow-ups and names out keeps them.
      const without = structuredClone(first);
      for (const engagement of without.dataset.engagements) delete engagement.followUps;
      for (const area of without.dataset.areas) delete area.names;
      expect(
        (await upload(server.baseUrl, 'again.snapshot.json', JSON.stringify(without), { contentType: 'application/json' })).status,
      ).toBe(201);
      expect((await request(server.baseUrl, 'GET', `/api/engagements/${logged.id}`)).body.followUps).toEqual(followUps);
      expect((await request(server.baseUrl, 'GET', `/api/areas/${areas[0]!.id}`)).body.names).toEqual({ ar: 'منطقة', fr: 'Zone nommée' });
    },
  );

  it('refuses a snapshot naming an unknown actor, with the JSON path, and writes nothing', async () => {
    await server.reset();
    const dataset = {
      meta: { name: 'x', source: 'test', fictional: true, description: '' },
      actors: [{ id: 'a', name: 'A', kind: 'donor' }],
      ties: [{ id: 't', type: 'funds', sourceId: 'a', targetId: 'ghost' }],
    };
    const result = await upload(server.baseUrl, 'bad.json', JSON.stringify(dataset));
    expect(result.status).toBe(422);
    expect(result.body.problems).toEqual([
      {
        line: null,
        column: 'ties.0.targetId',
        sheet: null,
        reason: 'no actor "ghost" in the file or the map',
        messageCode: 'import.actor_not_in_file_or_map',
        params: { id: 'ghost' },
      },
    ]);
    expect(await server.count('MATCH (a:Actor) RETURN count(a)')).toBe(0);
  });
});

describe('Kumu workbook round trip', () => {
  it('what we export we import back unchanged', { timeout: 120_000 }, async () => {
    await server.reset();
    await seedDatabase(server.db, 'demo');
    const first = await download(server.baseUrl, 'kumu');
    const firstGraph = JSON.parse((await download(server.baseUrl, 'cytoscape')).text).elements;
    await server.reset();
    const imported = await upload(server.baseUrl, 'map.kumu.xlsx', first.bytes);
    expect(imported.status, JSON.stringify(imported.body.problems?.slice(0, 3))).toBe(201);
    expect(imported.body.file.format).toBe('kumu');
    const secondGraph = JSON.parse((await download(server.baseUrl, 'cytoscape')).text).elements;
    // Every actor and tie field the workbook carries comes back; "fictional" is not a Kumu column,
    // and a tie's evidence grade is computed from claims, which a workbook does not carry back.
    const strip = (elements: { data: Record<string, unknown> }[]) =>
      elements.map(({ data: { fictional: _f, evidenceGrade: _g, evidenceContested: _c, ...data } }) => data);
    expect(canonical(strip(secondGraph.nodes))).toEqual(canonical(strip(firstGraph.nodes)));
    expect(canonical(strip(secondGraph.edges))).toEqual(canonical(strip(firstGraph.edges)));
    const again = await download(server.baseUrl, 'kumu');
    expect(again.bytes.length).toBeGreaterThan(0);
  });
});

/**
 * All or nothing, for real: a 10,000-row file with bad rows writes nothing and names every bad
 * line (header counted) and column; an import interrupted mid-way (every connection to Neo4j cut
 * inside the write transaction, new ones refused) leaves nothing, and running it again gives the
 * same graph as a clean run.
 */
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import type { ImportReport } from '../../server/contracts/index.js';
import { createDatabase } from '../../server/db/database.js';
import { runImport } from '../../server/imports/run-import.js';
import { startBoltFaultProxy } from '../support/bolt-fault-proxy.js';
import { download, upload } from '../support/transfers/transfer-client.js';
import { SYSTEM_VIEWER } from '../../server/access/viewer.js';
import { authHeaders } from '../support/http.js';
import { testNeo4j } from '../support/test-neo4j.js';

const server = useTestServer({ reset: 'each' });
const mapNodes = () => server.countMapNodes();
const SECTORS = ['Protection', 'Shelter', 'Food', 'Return', 'Livelihood', 'Health'];

/** A 10,000-row table (header on line 1): row n is on line n + 1. `bad` maps row numbers to a bad organisation cell. */
function bigTable(bad: Record<number, string> = {}): string {
  const lines = ['Organisation,Sector,Country,Admin1'];
  for (let row = 1; row <= 10_000; row += 1) {
    const org = bad[row] ?? `Partner Organisation ${row % 2500}`;
    lines.push(`${org},${SECTORS[row % SECTORS.length]},Country ${row % 5},Region ${row % 40}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('a 10,000-row file with invalid rows', () => {
  it('writes nothing and names line 7,001 and every other bad line with its column', async () => {
    const result = await upload(server.baseUrl, 'big.csv', bigTable({ 7000: '', 9000: 'x'.repeat(301) }), { contentType: 'text/csv' });
    expect(result.status).toBe(422);
    expect(result.body.status).toBe('refused');
    expect(result.body.rows).toEqual({ total: 10_000, validated: 10_000 });
    expect(result.body.problems).toEqual([
      {
        line: 7001,
        column: 'A (Organisation)',
        sheet: null,
        reason: 'the organisation name is empty',
        messageCode: 'import.org_empty',
        params: {},
      },
      {
        line: 9001,
        column: 'A (Organisation)',
        sheet: null,
        reason: 'the organisation name has 301 characters; at most 300',
        messageCode: 'import.name_too_long',
        params: { length: 301, maximum: 300 },
      },
    ]);
    expect(await mapNodes()).toBe(0);
  });

  it('imports the same file once fixed, and the job can be followed with GET /api/imports/:id', async () => {
    const result = await upload(server.baseUrl, 'big.csv', bigTable(), { contentType: 'text/csv', query: '&createAreas=true' });
    expect(result.status).toBe(201);
    expect(result.body.counts).toMatchObject({ actors: 2500, areas: 45, activities: 6 });
    const job = await fetch(`${server.baseUrl}/api/imports/${result.body.importId}`, { headers: authHeaders(server.baseUrl) }).then(
      (response) => response.json(),
    );
    expect(job).toMatchObject({ status: 'imported', rows: { total: 10_000, validated: 10_000 } });
    expect(job.records.written).toBe(job.records.total);
  });

  it('answers 202 at once with ?async=true and the job reports progress until imported', async () => {
    const result = await upload(server.baseUrl, 'big.csv', bigTable(), { contentType: 'text/csv', query: '&async=true' });
    expect(result.status).toBe(202);
    const seen: ImportReport[] = [];
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const job = (await fetch(`${server.baseUrl}${result.headers.get('location')}`, { headers: authHeaders(server.baseUrl) }).then(
        (response) => response.json(),
      )) as ImportReport;
      seen.push(job);
      if (!['validating', 'writing'].includes(job.status)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen.at(-1)?.status).toBe('imported');
    expect(seen.at(-1)?.records.written).toBeGreaterThan(0);
  });
});

describe('an interrupted import', () => {
  it(
    'leaves nothing when the database goes away mid-write, and a re-run gives the same graph as a clean run',
    { timeout: 240_000 },
    async () => {
      const file = { name: 'big.csv', bytes: new TextEncoder().encode(bigTable()), contentType: 'text/csv' };
      // Imported actors get random ids, so runs are compared with every actor id replaced by its name.
      const clean = async () => {
        await runImport(server.db, file, SYSTEM_VIEWER);
        const dataset = JSON.parse((await download(server.baseUrl, 'snapshot')).text).dataset;
        const names = new Map<string, string>(dataset.actors.map((actor: { id: string; name: string }) => [actor.id, actor.name]));
        const byName = (id: string) => names.get(id) ?? id;
        return {
          ...dataset,
          actors: dataset.actors
            .map((actor: { id: string }) => ({ ...actor, id: byName(actor.id) }))
            .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)),
          outputStances: dataset.outputStances
            .map((stance: { actorId: string }) => ({ ...stance, actorId: byName(stance.actorId) }))
            .sort((a: { actorId: string; targetId: string }, b: { actorId: string; targetId: string }) =>
              `${a.actorId} ${a.targetId}`.localeCompare(`${b.actorId} ${b.targetId}`),
            ),
        };
      };
      const cleanRun = await clean();
      await server.reset();

      const neo4j = testNeo4j();
      const proxy = await startBoltFaultProxy(neo4j.uri);
      const doomed = createDatabase({ uri: proxy.uri, user: neo4j.user, password: neo4j.password, queries: server.queries });
      let batches = 0;
      try {
        await expect(
          runImport(doomed, file, SYSTEM_VIEWER, {
            afterBatch: (written, total) => {
              batches += 1;
              if (written > 0 && written < total) proxy.cut();
            },
          }),
        ).rejects.toThrow();
      } finally {
        await doomed.close().catch(() => undefined);
        await proxy.close();
      }
      expect(batches).toBe(1);
      expect(await server.count('MATCH (a:Actor) RETURN count(a)')).toBe(0);
      expect(await mapNodes()).toBe(0);

      const rerun = await clean();
      expect(rerun.actors).toHaveLength(2500);
      expect(rerun).toEqual(cleanRun);
    },
  );
});

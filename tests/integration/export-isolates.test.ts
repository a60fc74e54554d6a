/**
 * "Leave out actors without ties" (issue 13, point 5) on every export format against the real
 * Neo4j: the actors without a tie in the exported view are gone, and nothing else in the file
 * changes (every other actor and every tie is byte for byte the same record). Isolates are those
 * of the exported view: an actor whose ties are all filtered out counts. Also: the date filter of
 * the view (`at`), which the export dialog sends, now reaches the export's ties as it does the map's.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { download } from '../support/transfers/transfer-client.js';

const server = useTestServer();

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, {
    ...FIXTURE,
    actors: [
      ...(FIXTURE.actors ?? []),
      { id: 'lonely', name: 'Lonely Council', kind: 'civil_society', subtype: 'advocacy_group', basedIn: ['east'] },
      { id: 'old-friend', name: 'Old Friend', kind: 'civil_society', subtype: 'advocacy_group', basedIn: ['east'] },
    ],
    ties: [
      ...(FIXTURE.ties ?? []),
      { id: 't-old', type: 'cooperates_with', sourceId: 'old-friend', targetId: 'gov', validFrom: '2019-01-01', validTo: '2020-12-31' },
    ],
  });
});

interface Records {
  nodes: Record<string, unknown>;
  edges: Record<string, unknown>;
}

const blocks = (text: string, tag: string) =>
  Object.fromEntries([...text.matchAll(new RegExp(`<${tag} id="([^"]+)"[\\s\\S]*?</${tag}>`, 'g'))].map((m) => [m[1]!, m[0]]));
const csvRows = (text: string) =>
  Object.fromEntries((parse(text, { columns: true }) as Record<string, string>[]).map((row) => [row.id!, row]));
const sheetRows = (workbook: ExcelJS.Workbook, name: string) => {
  const rows: Record<string, unknown> = {};
  workbook.getWorksheet(name)?.eachRow((row, index) => {
    if (index > 1) rows[String(row.getCell(1).value)] = JSON.stringify(row.values);
  });
  return rows;
};

/** Every actor and tie of a downloaded file, keyed by id, as the file holds them. */
async function recordsOf(format: ExportFormat, file: { text: string; bytes: Uint8Array }): Promise<Records> {
  switch (format) {
    case 'graphml':
    case 'gexf':
    case 'gexf12':
      return { nodes: blocks(file.text, 'node'), edges: blocks(file.text, 'edge') };
    case 'cytoscape': {
      const json = JSON.parse(file.text) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { id: string } }[] } };
      const byId = (items: { data: { id: string } }[]) => Object.fromEntries(items.map((item) => [item.data.id, item]));
      return { nodes: byId(json.elements.nodes), edges: byId(json.elements.edges) };
    }
    case 'csv': {
      const files = unzipSync(file.bytes);
      return { nodes: csvRows(strFromU8(files['nodes.csv']!)), edges: csvRows(strFromU8(files['edges.csv']!)) };
    }
    case 'csv-nodes':
      return { nodes: csvRows(file.text), edges: {} };
    case 'csv-edges':
      return { nodes: {}, edges: csvRows(file.text) };
    case 'kumu': {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
      return { nodes: sheetRows(workbook, 'Elements'), edges: sheetRows(workbook, 'Connections') };
    }
    case 'snapshot': {
      const { dataset } = JSON.parse(file.text) as { dataset: { actors: { id: string }[]; ties: { id: string }[] } };
      return {
        nodes: Object.fromEntries(dataset.actors.map((a) => [a.id, a])),
        edges: Object.fromEntries(dataset.ties.map((t) => [t.id, t])),
      };
    }
  }
}

const without = (records: Record<string, unknown>, ids: string[]) =>
  Object.fromEntries(Object.entries(records).filter(([id]) => !ids.includes(id)));

describe('leaving out actors without ties', () => {
  it.each(EXPORT_FORMATS.map((format) => [format]))(
    '%s: the isolate is gone and every other actor and tie is unchanged',
    async (format) => {
      const all = await download(server.baseUrl, format);
      const tiedOnly = await download(server.baseUrl, format, '?withoutIsolates=true');
      expect(tiedOnly.status).toBe(200);
      const before = await recordsOf(format, all);
      const after = await recordsOf(format, tiedOnly);
      if (format !== 'csv-edges') expect(Object.keys(before.nodes)).toContain('lonely');
      expect(Object.keys(after.nodes)).not.toContain('lonely');
      expect(after.nodes).toEqual(without(before.nodes, ['lonely']));
      expect(after.edges).toEqual(before.edges);
      expect(JSON.parse(tiedOnly.headers.get('x-actor-map-export') ?? '{}')).toMatchObject({
        withoutIsolates: true,
        filters: { withoutIsolates: ['true'] },
      });
      expect(tiedOnly.headers.get('content-disposition')).toMatch(/filename="actor-map-tied-only-\d{4}-\d{2}-\d{2}\./);
    },
  );

  it('counts the ties of the exported view: an actor whose ties are filtered out is left out too', async () => {
    const file = await download(server.baseUrl, 'snapshot', '?kinds=civil_society&tieTypes=communicates_with&withoutIsolates=true');
    const snapshot = JSON.parse(file.text);
    // hostile's tie goes to the ministry, outside the view; lonely and old-friend have none in it.
    expect(snapshot.dataset.actors.map((actor: { id: string }) => actor.id).sort()).toEqual(['cso-a', 'cso-b']);
    expect(snapshot.dataset.ties.map((tie: { id: string }) => tie.id)).toEqual(['t-comm']);
    expect(snapshot.export).toMatchObject({
      withoutIsolates: true,
      actors: 2,
      ties: 1,
      filters: { kinds: ['civil_society'], withoutIsolates: ['true'] },
    });
  });

  it('without the option the file keeps every actor and says so', async () => {
    const file = await download(server.baseUrl, 'snapshot', '?withoutIsolates=false');
    const snapshot = JSON.parse(file.text);
    expect(snapshot.dataset.actors.map((actor: { id: string }) => actor.id)).toEqual(expect.arrayContaining(['lonely', 'old-friend']));
    expect(snapshot.export.withoutIsolates).toBe(false);
    expect(snapshot.export.filters).toEqual({});
  });

  it('refuses a value that is not a yes or no, naming the field', async () => {
    const file = await download(server.baseUrl, 'graphml', '?withoutIsolates=maybe');
    expect(file.status).toBe(400);
    expect(file.text).toContain('withoutIsolates');
  });
});

describe('the date of the view', () => {
  it('keeps only the ties valid on that date, as the map does; the actor whose tie ended is then an isolate', async () => {
    const onDate = JSON.parse((await download(server.baseUrl, 'snapshot', '?at=2025-06-01')).text);
    expect(onDate.dataset.ties.map((tie: { id: string }) => tie.id)).not.toContain('t-old');
    expect(onDate.export.filters).toMatchObject({ at: ['2025-06-01'] });
    const then = JSON.parse((await download(server.baseUrl, 'snapshot', '?at=2020-06-01&withoutIsolates=true')).text);
    expect(then.dataset.ties.map((tie: { id: string }) => tie.id)).toContain('t-old');
    expect(then.dataset.actors.map((actor: { id: string }) => actor.id)).toContain('old-friend');
    const tiedOnly = JSON.parse((await download(server.baseUrl, 'snapshot', '?at=2025-06-01&withoutIsolates=true')).text);
    expect(tiedOnly.dataset.actors.map((actor: { id: string }) => actor.id)).not.toContain('old-friend');
  });
});

/**
 * Every export format against the real Neo4j: GraphML read back by NetworkX and igraph, GEXF 1.3
 * validated with xmllint against the published XSD (1.2 well-formed), Cytoscape.js JSON, CSV with
 * injection neutralised, Kumu workbook, snapshot; filters and metadata.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { testTempFolder } from '../support/temp-folder.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { download } from '../support/transfers/transfer-client.js';

const GEXF_XSD = fileURLToPath(new URL('../../../shared/schemas/gexf-1.3/gexf.xsd', import.meta.url));
const READER = fileURLToPath(new URL('../support/readers/read_graphml.py', import.meta.url));
const dir = testTempFolder('export');
const server = useTestServer();

const HOSTILE = {
  id: 'hostile',
  name: '=HYPERLINK("http://x","click")',
  kind: 'civil_society',
  subtype: 'advocacy_group',
  description: '-2+3 <b>&</b> "quoted", line\nbreak',
  aliases: ['@alias', '+plus'],
  needs: ['\tTabbed'],
  influence: 3,
  sensitivity: 'confidential',
} as const;

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, {
    ...FIXTURE,
    actors: [...(FIXTURE.actors ?? []), HOSTILE],
    ties: [
      ...(FIXTURE.ties ?? []),
      { id: 't-hostile', type: 'influences', sourceId: 'hostile', targetId: 'gov', description: '=cmd|calc', strength: 3 },
    ],
  });
});

describe('GraphML', () => {
  it('is read by NetworkX and igraph with the same nodes, edges and typed attributes', async () => {
    const file = await download(server.baseUrl, 'graphml');
    expect(file.status).toBe(200);
    const path = join(dir, 'map.graphml');
    writeFileSync(path, file.bytes);
    const read = JSON.parse(execFileSync('/usr/bin/python3', [READER, path], { encoding: 'utf8' }));
    for (const reader of [read.networkx, read.igraph]) {
      expect(Object.keys(reader.nodes).sort()).toEqual(['cso-a', 'cso-b', 'donor', 'gov', 'hostile', 'party', 'un']);
      expect(reader.edges.map((edge: { id: string }) => edge.id).sort()).toEqual([
        't-affil',
        't-comm',
        't-conflict',
        't-coop',
        't-funds',
        't-hostile',
      ]);
      expect(reader.nodes['cso-a']).toMatchObject({ label: 'Women Together', kind: 'civil_society', influence: 4, womenFocus: false });
      expect(reader.nodes.hostile).toMatchObject({
        label: HOSTILE.name,
        description: HOSTILE.description,
        aliases: '@alias|+plus',
        sensitivity: 'confidential',
      });
      const funds = reader.edges.find((edge: { id: string }) => edge.id === 't-funds');
      expect(funds).toMatchObject({
        source: 'donor',
        target: 'cso-a',
        data: { type: 'funds', directed: true, strength: 2, outputId: 'o1' },
      });
    }
    expect(typeof read.networkx.nodes['cso-a'].influence).toBe('number');
    expect(read.networkx.graph).toMatchObject({ map: 'Actor Map', sensitivity: 'confidential' });
  });
});

describe('GEXF', () => {
  it('1.3 is valid against the published XSD', async () => {
    const file = await download(server.baseUrl, 'gexf');
    const path = join(dir, 'map.gexf');
    writeFileSync(path, file.bytes);
    expect(() => execFileSync('/usr/bin/xmllint', ['--noout', '--schema', GEXF_XSD, path], { stdio: 'pipe' })).not.toThrow();
    expect(file.text).toContain('version="1.3"');
    expect(file.text).toMatch(/<edge id="t-coop"[^>]*type="undirected"/);
  });

  it('1.2 is well-formed with the 1.2 namespace', async () => {
    const file = await download(server.baseUrl, 'gexf12');
    const path = join(dir, 'map12.gexf');
    writeFileSync(path, file.bytes);
    expect(() => execFileSync('/usr/bin/xmllint', ['--noout', path], { stdio: 'pipe' })).not.toThrow();
    expect(file.text).toContain('xmlns="http://www.gexf.net/1.2draft"');
  });
});

describe('Cytoscape.js JSON', () => {
  it('has network data, nodes with name and edges with interaction', async () => {
    const file = await download(server.baseUrl, 'cytoscape');
    const json = JSON.parse(file.text);
    expect(json.data).toMatchObject({ name: 'Actor Map', sensitivity: 'confidential' });
    expect(json.elements.nodes).toHaveLength(7);
    expect(json.elements.nodes.find((node: { data: { id: string } }) => node.data.id === 'un').data).toMatchObject({
      name: 'UN Agency',
      kind: 'un_entity',
    });
    expect(json.elements.edges.find((edge: { data: { id: string } }) => edge.data.id === 't-funds').data).toMatchObject({
      source: 'donor',
      target: 'cso-a',
      interaction: 'funds',
    });
  });
});

describe('CSV', () => {
  it('zips nodes.csv, edges.csv and metadata.json; risky text is neutralised, numbers stay numbers', async () => {
    const file = await download(server.baseUrl, 'csv');
    expect(file.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(file.bytes);
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'metadata.json', 'nodes.csv']);
    const nodesText = strFromU8(files['nodes.csv'] as Uint8Array);
    expect(nodesText.split('\r\n')[0]).toMatch(/^id,label,kind,/);
    const nodes = parse(nodesText, { columns: true }) as Record<string, string>[];
    const hostile = nodes.find((row) => row.id === 'hostile');
    expect(hostile?.label).toBe(`'${HOSTILE.name}`);
    expect(hostile?.description).toBe(`'${HOSTILE.description}`);
    expect(hostile?.aliases).toBe("'@alias|+plus");
    expect(hostile?.needs).toBe("'\tTabbed");
    expect(hostile?.influence).toBe('3');
    const edges = parse(strFromU8(files['edges.csv'] as Uint8Array), { columns: true }) as Record<string, string>[];
    expect(edges.find((row) => row.id === 't-hostile')).toMatchObject({ description: "'=cmd|calc", strength: '3', directed: 'true' });
    expect(JSON.parse(strFromU8(files['metadata.json'] as Uint8Array))).toMatchObject({
      map: 'Actor Map',
      sensitivity: 'confidential',
      actors: 7,
    });
  });

  it('serves the nodes and edges files on their own endpoints', async () => {
    const nodes = await download(server.baseUrl, 'csv-nodes');
    const edges = await download(server.baseUrl, 'csv-edges');
    expect(nodes.headers.get('content-type')).toContain('text/csv');
    expect(nodes.text.trimEnd().split('\r\n')).toHaveLength(8);
    expect(edges.text.trimEnd().split('\r\n')).toHaveLength(7);
  });
});

describe('Kumu workbook', () => {
  it('has Elements and Connections in the Kumu layout', async () => {
    const file = await download(server.baseUrl, 'kumu');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Elements', 'Connections', 'Areas', 'About']);
    expect((workbook.getWorksheet('Elements')?.getRow(1).values as string[]).slice(1, 6)).toEqual([
      'ID',
      'Label',
      'Type',
      'Description',
      'Tags',
    ]);
    expect((workbook.getWorksheet('Connections')?.getRow(1).values as string[]).slice(1, 5)).toEqual(['ID', 'From', 'To', 'Type']);
    expect(workbook.getWorksheet('Elements')?.rowCount).toBe(8);
  });
});

describe('filters and metadata', () => {
  it('exports only the filtered view and says so in the header and the file', async () => {
    const file = await download(server.baseUrl, 'snapshot', '?kinds=civil_society&tieTypes=communicates_with&name=East%20view');
    const snapshot = JSON.parse(file.text);
    expect(snapshot.dataset.actors.map((actor: { id: string }) => actor.id).sort()).toEqual(['cso-a', 'cso-b', 'hostile']);
    expect(snapshot.dataset.ties.map((tie: { id: string }) => tie.id)).toEqual(['t-comm']);
    expect(snapshot.export).toMatchObject({
      map: 'East view',
      filters: { kinds: ['civil_society'], tieTypes: ['communicates_with'] },
      sensitivity: 'confidential',
    });
    const header = JSON.parse(file.headers.get('x-actor-map-export') ?? '{}');
    expect(header).toMatchObject({ map: 'East view', actors: 3, ties: 1 });
    expect(Date.parse(header.exportedAt)).not.toBeNaN();
    expect(file.headers.get('content-disposition')).toMatch(/attachment; filename="east-view-\d{4}-\d{2}-\d{2}\.snapshot\.json"/);
  });

  it('refuses an unknown format with 400', async () => {
    expect((await download(server.baseUrl, 'pdf')).status).toBe(400);
  });
});

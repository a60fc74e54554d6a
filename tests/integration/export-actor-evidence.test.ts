/**
 * Actors' evidence grades in the graph exports (issue 15), as ties have them: every actor carries
 * `evidenceGrade` and `evidenceContested` (what its attribute claims amount to) in CSV, GraphML,
 * GEXF, Cytoscape JSON and the Kumu workbook, at the exporter's clearance in a full export and at
 * the audience's below it. The case: an actor's stance said by a public report and by a strictly
 * confidential key informant is corroborated for the exporter, single-source for an internal or
 * shareable audience, whose own sources are the public report alone. GEXF stays valid against 1.3.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { testTempFolder } from '../support/temp-folder.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { download } from '../support/transfers/transfer-client.js';

const GEXF_XSD = fileURLToPath(new URL('../../../shared/schemas/gexf-1.3/gexf.xsd', import.meta.url));
const dir = testTempFolder('actor-evidence');
const server = useTestServer();

const MAP: DatasetInput = {
  meta: { name: 'Actor evidence export', source: 'tests', fictional: true, description: '' },
  actors: [
    { id: 'cso', name: 'Women Peace Network', kind: 'civil_society', sensitivity: 'public' },
    { id: 'office', name: 'Peace Office', kind: 'government', sensitivity: 'public' },
  ],
  ties: [{ id: 'tie-1', type: 'cooperates_with', sourceId: 'cso', targetId: 'office', sensitivity: 'public' }],
};

async function post(path: string, body: Record<string, unknown>) {
  const created = await request(server.baseUrl, 'POST', path, body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
}

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, MAP);
  await post('/api/sources', { id: 'public-report', title: 'Public report', kind: 'report', reliability: 'B', sensitivity: 'public' });
  // A key informant is strictly confidential by default.
  await post('/api/sources', { id: 'informant', title: 'Informant', kind: 'key_informant', reliability: 'A' });
  for (const sourceId of ['public-report', 'informant'])
    await post('/api/claims', { sourceId, actorId: 'cso', attribute: 'stance', value: 2, credibility: 2 });
});

const PROFILES = { full: 'corroborated', internal: 'single_source', shareable: 'single_source' } as const;

describe("actors' evidence grades in exports", () => {
  it('the API agrees: corroborated for the exporter', async () => {
    expect((await request(server.baseUrl, 'GET', '/api/actors/cso')).body.evidence).toMatchObject({ grade: 'corroborated' });
  });

  it('CSV nodes: the exporter grade in full, the audience grade in internal and shareable', async () => {
    for (const [profile, grade] of Object.entries(PROFILES)) {
      const file = await download(server.baseUrl, 'csv-nodes', `?profile=${profile}`);
      const rows = parse(file.text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
      expect(
        rows.find((row) => row.id === 'cso'),
        profile,
      ).toMatchObject({ evidenceGrade: grade, evidenceContested: 'false' });
      expect(rows.find((row) => row.id === 'office')?.evidenceGrade, profile).toBe('unsourced');
    }
  });

  it('GraphML and GEXF (valid against 1.3): the grade as a node attribute, the audience grade below full', async () => {
    for (const [profile, grade] of Object.entries(PROFILES)) {
      const graphml = await download(server.baseUrl, 'graphml', `?profile=${profile}`);
      const key = /<key id="([^"]+)" for="node" attr\.name="evidenceGrade"/.exec(graphml.text)?.[1];
      expect(key, profile).toBeDefined();
      expect(graphml.text, profile).toMatch(new RegExp(`<node id="cso"[^>]*>(?:(?!</node>)[\\s\\S])*<data key="${key}">${grade}</data>`));

      const gexf = await download(server.baseUrl, 'gexf', `?profile=${profile}`);
      const path = join(dir, `${profile}.gexf`);
      writeFileSync(path, gexf.bytes);
      expect(() => execFileSync('/usr/bin/xmllint', ['--noout', '--schema', GEXF_XSD, path], { stdio: 'pipe' })).not.toThrow();
      const attribute = /<attributes class="node"(?:(?!<\/attributes>)[\s\S])*<attribute id="([^"]+)" title="evidenceGrade"/.exec(
        gexf.text,
      )?.[1];
      expect(attribute, profile).toBeDefined();
      expect(gexf.text, profile).toMatch(new RegExp(`<node id="cso"(?:(?!</node>)[\\s\\S])*<attvalue for="${attribute}" value="${grade}"`));
    }
  });

  it('Cytoscape JSON and the Kumu workbook: the same grades', async () => {
    for (const [profile, grade] of Object.entries(PROFILES)) {
      const cytoscape = JSON.parse((await download(server.baseUrl, 'cytoscape', `?profile=${profile}`)).text);
      const node = cytoscape.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'cso');
      expect(node.data, profile).toMatchObject({ evidenceGrade: grade, evidenceContested: false });

      const file = await download(server.baseUrl, 'kumu', `?profile=${profile}`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet('Elements')!;
      const header = sheet.getRow(1).values as string[];
      const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).values as unknown[]);
      const cso = rows.find((row) => row[header.indexOf('ID')] === 'cso');
      expect(cso?.[header.indexOf('Evidence Grade')], profile).toBe(grade);
      expect(cso?.[header.indexOf('Evidence Contested')], profile).toBe('no');
    }
  });

  it('the snapshot carries no actor grade (grades come from claims, which it does not carry)', async () => {
    const snapshot = JSON.parse((await download(server.baseUrl, 'snapshot', '?profile=full')).text);
    for (const actor of snapshot.dataset.actors) expect(Object.keys(actor).filter((key) => key.startsWith('evidence'))).toEqual([]);
  });
});

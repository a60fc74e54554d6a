/**
 * Evidence grades in the graph exports (issue 15): every tie carries `evidenceGrade` and
 * `evidenceContested` as attributes (CSV, GraphML, GEXF, Cytoscape JSON, Kumu), at the exporter's
 * clearance in a full export and at the audience's level below it: an internal export grades a tie
 * with the sources an internal reader may see, a shareable one with public sources only, so a
 * strictly confidential key informant never turns a tie "corroborated" outside. The snapshot
 * (a dataset to re-import) carries no grade: grades come from claims, which it does not carry.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { download } from '../support/transfers/transfer-client.js';

const server = useTestServer();
let internalToken: string;

const PUBLIC_MAP: DatasetInput = {
  meta: { name: 'Evidence export', source: 'tests', fictional: true, description: '' },
  actors: [
    { id: 'ngo', name: 'Open Network', kind: 'civil_society', sensitivity: 'public' },
    { id: 'office', name: 'Peace Office', kind: 'government', sensitivity: 'public' },
    { id: 'union', name: 'Teachers Union', kind: 'civil_society', sensitivity: 'public' },
  ],
  ties: [
    // Public report + internal report: corroborated for internal readers, single source in public.
    { id: 'tie-internal', type: 'cooperates_with', sourceId: 'ngo', targetId: 'office', sensitivity: 'public' },
    // Public report + key informant: corroborated only for those cleared for the informant.
    { id: 'tie-informant', type: 'cooperates_with', sourceId: 'union', targetId: 'office', sensitivity: 'public' },
  ],
};

async function post(path: string, body: Record<string, unknown>) {
  const created = await request(server.baseUrl, 'POST', path, body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
}

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, PUBLIC_MAP);
  internalToken = (await server.userWithToken('evidence-export-internal', 'analyst', 'internal')).token;
  await post('/api/sources', { id: 'public-report', title: 'Public report', kind: 'report', reliability: 'B', sensitivity: 'public' });
  await post('/api/sources', {
    id: 'internal-report',
    title: 'Internal report',
    kind: 'report',
    reliability: 'A',
    sensitivity: 'internal',
  });
  await post('/api/sources', { id: 'informant', title: 'Informant', kind: 'key_informant', reliability: 'A' });
  for (const tieId of ['tie-internal', 'tie-informant']) await post('/api/claims', { sourceId: 'public-report', tieId, credibility: 2 });
  await post('/api/claims', { sourceId: 'internal-report', tieId: 'tie-internal', credibility: 2 });
  await post('/api/claims', { sourceId: 'informant', tieId: 'tie-informant', credibility: 2 });
});

/** The edges CSV of an export as rows keyed by column. */
async function edges(query: string, token?: string): Promise<Record<string, string>[]> {
  const file = token
    ? await fetch(`${server.baseUrl}/api/exports/csv-edges${query}`, { headers: { authorization: `Bearer ${token}` } }).then(
        async (response) => ({ status: response.status, text: await response.text() }),
      )
    : await download(server.baseUrl, 'csv-edges', query);
  expect(file.status).toBe(200);
  const [header, ...lines] = file.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])));
}
const gradeOf = (rows: Record<string, string>[], id: string) => rows.find((row) => Object.values(row).includes(id))?.evidenceGrade;

describe('evidence grades in exports', () => {
  it('a full export grades at the exporter clearance; lower profiles at their audience level', async () => {
    const full = await edges('?profile=full');
    expect(gradeOf(full, 'tie-internal')).toBe('corroborated');
    expect(gradeOf(full, 'tie-informant')).toBe('corroborated');

    const internal = await edges('?profile=internal');
    expect(gradeOf(internal, 'tie-internal')).toBe('corroborated');
    // The informant is above internal: one source left.
    expect(gradeOf(internal, 'tie-informant')).toBe('single_source');

    const shareable = await edges('?profile=shareable');
    expect(gradeOf(shareable, 'tie-internal')).toBe('single_source');
    expect(gradeOf(shareable, 'tie-informant')).toBe('single_source');
  });

  it('an exporter cleared for internal exports the grade they see, never one they may not', async () => {
    const full = await edges('?profile=full', internalToken);
    expect(gradeOf(full, 'tie-informant')).toBe('single_source');
    expect(gradeOf(full, 'tie-internal')).toBe('corroborated');
  });

  it('every graph format names the attributes; the snapshot carries no grade', async () => {
    const graphml = await download(server.baseUrl, 'graphml', '?profile=internal');
    expect(graphml.text).toMatch(/<key [^>]*attr\.name="evidenceGrade"/);
    expect(graphml.text).toMatch(/<key [^>]*attr\.name="evidenceContested"/);
    const gexf = await download(server.baseUrl, 'gexf', '?profile=internal');
    expect(gexf.text).toMatch(/<attribute [^>]*title="evidenceGrade"/);
    const cytoscape = JSON.parse((await download(server.baseUrl, 'cytoscape', '?profile=internal')).text);
    const edge = cytoscape.elements.edges.find((e: any) => e.data.id === 'tie-informant');
    expect(edge.data).toMatchObject({ evidenceGrade: 'single_source', evidenceContested: false });
    const snapshot = JSON.parse((await download(server.baseUrl, 'snapshot', '?profile=full')).text);
    expect(snapshot.dataset.ties.length).toBe(2);
    for (const tie of snapshot.dataset.ties) expect(Object.keys(tie).filter((key) => key.startsWith('evidence'))).toEqual([]);
  });
});

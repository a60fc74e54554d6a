/**
 * The grant-and-tie rule of cypher/fragments/visibility.cypher, pinned: an actor grant or an area
 * grant opens a granted actor's ties only up to that actor's own sensitivity. A grant on a
 * confidential defender shows its confidential ties but never its strictly confidential one, and
 * a grant never lifts a tie above the granted end (an internal actor opened by an area grant does
 * not open its confidential ties). Checked on every route that returns ties.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import type { DatasetInput } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer();
const tokens = new Map<string, string>();

const EXTRA: DatasetInput = {
  meta: { name: 'Grants and ties', source: 'tests', fictional: true, description: '' },
  areas: [{ id: 'west', name: 'West', pcode: 'TT03' }],
  actors: [
    {
      id: 'hrd',
      name: 'Defender',
      kind: 'civil_society',
      subtype: 'human_rights_defender',
      sensitivity: 'confidential',
      basedIn: ['west'],
    },
    { id: 'cso-w', name: 'West Network', kind: 'civil_society', subtype: 'womens_group', sensitivity: 'internal', basedIn: ['west'] },
  ],
  ties: [
    { id: 't-hrd-conf', type: 'cooperates_with', sourceId: 'hrd', targetId: 'cso-a', sensitivity: 'confidential' },
    { id: 't-hrd-strict', type: 'communicates_with', sourceId: 'hrd', targetId: 'cso-a', sensitivity: 'strictly_confidential' },
    { id: 't-hrd-int', type: 'communicates_with', sourceId: 'gov', targetId: 'hrd', sensitivity: 'internal' },
    { id: 't-w-conf', type: 'cooperates_with', sourceId: 'cso-w', targetId: 'gov', sensitivity: 'confidential' },
    { id: 't-w-int', type: 'communicates_with', sourceId: 'cso-w', targetId: 'cso-a', sensitivity: 'internal' },
  ],
};

/** Who, and which of the extra ties they must see. */
const CASES: Array<{ name: string; grants: { scope: 'actor' | 'area'; targetId: string }[]; ties: string[] }> = [
  { name: 'no grant', grants: [], ties: ['t-w-int'] },
  { name: 'actor grant on the defender', grants: [{ scope: 'actor', targetId: 'hrd' }], ties: ['t-hrd-conf', 't-hrd-int', 't-w-int'] },
  { name: 'area grant on its area', grants: [{ scope: 'area', targetId: 'west' }], ties: ['t-hrd-conf', 't-hrd-int', 't-w-int'] },
  { name: 'actor grant on an internal actor', grants: [{ scope: 'actor', targetId: 'cso-w' }], ties: ['t-w-int'] },
];
const EXTRA_TIES = EXTRA.ties!.map((tie) => tie.id);

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  await loadDataset(server.db, EXTRA);
  for (const [index, { name, grants }] of CASES.entries()) {
    tokens.set(name, (await server.userWithToken(`grants-${index}`, 'analyst', 'internal', grants)).token);
  }
}, 120_000);

const extraTiesIn = (text: string) =>
  EXTRA_TIES.filter((id) => text.includes(`"${id}"`) || text.includes(`>${id}<`) || text.includes(`${id},`)).sort();

describe.each(CASES)('an internal analyst with $name', ({ name, ties }) => {
  const get = async (path: string) => {
    const response = await request(server.baseUrl, 'GET', path, undefined, { as: tokens.get(name)! });
    expect(response.status, path).toBe(200);
    return typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  };

  it.each([
    '/api/ties?limit=1000',
    '/api/graph',
    '/api/exports/snapshot?profile=full',
    '/api/exports/graphml?profile=full',
    '/api/exports/csv-edges?profile=full',
  ])("sees exactly the granted ties up to the granted actor's own sensitivity in %s", async (path) => {
    expect(extraTiesIn(await get(path))).toEqual([...ties].sort());
  });

  it('reads each tie by id exactly when it is visible, and a hidden one answers as a missing one', async () => {
    for (const id of EXTRA_TIES) {
      const response = await request(server.baseUrl, 'GET', `/api/ties/${id}`, undefined, { as: tokens.get(name)! });
      expect(response.status, id).toBe(ties.includes(id) ? 200 : 404);
    }
  });
});

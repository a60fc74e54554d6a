/**
 * The access matrix, extended: roles x clearances x grants, against a reference model written
 * here independently of the Cypher (the rule as cypher/fragments/visibility.cypher documents it),
 * on a map where hidden ties join visible actors, hidden engagements sit among visible ones and a
 * coordination mechanism has hidden members only. For every identity, the sets AND the numbers
 * must match the model: list totals, tie counts per actor, the map, the engagement analysis
 * (engagements, participations, by area, never engaged), the coordination analysis (mechanisms,
 * leads per output and area), and every export format in every profile.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import {
  EXPORT_PROFILES,
  ROLE_PERMISSIONS,
  SENSITIVITY_LEVELS,
  type DatasetInput,
  type Grant,
  type Role,
  type Sensitivity,
} from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { request } from '../support/http.js';

type Level = Sensitivity;
const rank = (level: Level) => SENSITIVITY_LEVELS.indexOf(level);

// Ids are chosen so that none is a substring of another, or of anything else an export writes.
const ACTORS = [
  { id: 'mc-civaff', name: 'Qx Civil Affairs', kind: 'mission_component', sensitivity: 'public', basedIn: ['capital'] },
  { id: 'pub-gov', name: 'Qx Ministry', kind: 'government', subtype: 'ministry', sensitivity: 'public', basedIn: ['capital'] },
  { id: 'pub-donor', name: 'Qx Donor', kind: 'donor', subtype: 'bilateral_donor', sensitivity: 'public', basedIn: ['capital'] },
  { id: 'int-un', name: 'Qx Agency', kind: 'un_entity', sensitivity: 'internal', basedIn: ['capital'] },
  {
    id: 'int-cso',
    name: 'Qx Women East',
    kind: 'civil_society',
    subtype: 'womens_group',
    sensitivity: 'internal',
    basedIn: ['east'],
    influence: 4,
  },
  {
    id: 'conf-hrd',
    name: 'Qx Defender',
    kind: 'civil_society',
    subtype: 'human_rights_defender',
    sensitivity: 'confidential',
    basedIn: ['east'],
    influence: 5,
  },
  { id: 'conf-party', name: 'Qx Front', kind: 'conflict_party', subtype: 'armed_group', sensitivity: 'confidential', basedIn: ['west'] },
  {
    id: 'sc-src',
    name: 'Qx Source',
    kind: 'civil_society',
    subtype: 'individual',
    sensitivity: 'strictly_confidential',
    basedIn: ['west'],
    influence: 5,
  },
] as const;

const TIES = [
  { id: 'tie-01', type: 'cooperates_with', sourceId: 'pub-gov', targetId: 'int-un', sensitivity: 'public' },
  { id: 'tie-02', type: 'communicates_with', sourceId: 'pub-gov', targetId: 'int-un', sensitivity: 'confidential' },
  { id: 'tie-03', type: 'cooperates_with', sourceId: 'int-cso', targetId: 'conf-hrd', sensitivity: 'confidential' },
  { id: 'tie-04', type: 'communicates_with', sourceId: 'int-cso', targetId: 'conf-hrd', sensitivity: 'strictly_confidential' },
  { id: 'tie-05', type: 'affiliated_with', sourceId: 'conf-hrd', targetId: 'conf-party', sensitivity: 'internal' },
  { id: 'tie-06', type: 'communicates_with', sourceId: 'sc-src', targetId: 'int-cso', sensitivity: 'internal' },
  { id: 'tie-07', type: 'funds', sourceId: 'pub-donor', targetId: 'int-cso', sensitivity: 'internal', outputId: 'o1' },
  { id: 'tie-08', type: 'cooperates_with', sourceId: 'int-un', targetId: 'int-cso', sensitivity: 'strictly_confidential' },
  { id: 'tie-09', type: 'in_conflict_with', sourceId: 'conf-party', targetId: 'pub-gov', sensitivity: 'public' },
  { id: 'tie-10', type: 'cooperates_with', sourceId: 'pub-gov', targetId: 'pub-donor', sensitivity: 'internal' },
] as const;

const ENGAGEMENTS = [
  { id: 'eng-01', areaId: 'capital', sensitivity: 'internal', actorIds: ['int-cso', 'pub-gov'] },
  { id: 'eng-02', areaId: 'east', sensitivity: 'internal', actorIds: ['conf-hrd'] },
  { id: 'eng-03', areaId: 'east', sensitivity: 'confidential', actorIds: ['int-cso'] },
  { id: 'eng-04', areaId: 'west', sensitivity: 'public', actorIds: ['sc-src'] },
  { id: 'eng-05', areaId: 'capital', sensitivity: 'strictly_confidential', actorIds: ['pub-gov'] },
  { id: 'eng-06', areaId: 'east', sensitivity: 'internal', actorIds: ['conf-hrd', 'int-cso'] },
  { id: 'eng-07', areaId: 'capital', sensitivity: 'public', actorIds: ['pub-gov'] },
] as const;

const MECHANISMS = [
  { id: 'mech-cap', areaIds: ['capital'], memberIds: ['int-un', 'pub-donor'] },
  { id: 'mech-east', areaIds: ['east'], memberIds: ['conf-hrd'] },
  { id: 'mech-west', areaIds: ['west'], memberIds: ['sc-src'] },
] as const;

const ROLES = [
  { actorId: 'int-un', role: 'lead', areaIds: ['capital'] },
  { actorId: 'conf-hrd', role: 'lead', areaIds: ['east'] },
  { actorId: 'sc-src', role: 'lead', areaIds: ['west'] },
  { actorId: 'int-cso', role: 'support', areaIds: ['east'] },
] as const;

const AREAS = ['capital', 'east', 'west'] as const;

const DATASET: DatasetInput = {
  meta: { name: 'Matrix with hidden ties and engagements', source: 'tests', fictional: true, description: '' },
  areas: [
    { id: 'capital', name: 'Capital', pcode: 'MX01', isCapital: true },
    { id: 'east', name: 'East', pcode: 'MX02' },
    { id: 'west', name: 'West', pcode: 'MX03' },
  ],
  actors: ACTORS.map((actor) => ({ ...actor, basedIn: [...actor.basedIn] })),
  ties: TIES.map((tie) => ({ ...tie })),
  outputs: [{ id: 'o1', title: 'Matrix output', summary: '', activities: [], benchmarks: [], risks: [] }],
  outputRoles: ROLES.map((role) => ({ ...role, outputId: 'o1', areaIds: [...role.areaIds] })),
  mechanisms: MECHANISMS.map((m) => ({
    id: m.id,
    name: `Group ${m.id}`,
    kind: 'cluster' as const,
    areaIds: [...m.areaIds],
    outputIds: ['o1'],
    memberIds: [...m.memberIds],
  })),
  engagements: ENGAGEMENTS.map((g, index) => ({
    id: g.id,
    date: `2026-02-${String(index + 10)}`,
    sectionId: 'mc-civaff',
    actorIds: [...g.actorIds],
    format: 'meeting' as const,
    areaId: g.areaId,
    sensitivity: g.sensitivity,
  })),
};

interface Identity {
  name: string;
  role: Role;
  clearance: Level;
  grants: Grant[];
}
const IDENTITIES: Identity[] = [
  { name: 'viewer-internal', role: 'viewer', clearance: 'internal', grants: [] },
  { name: 'analyst-internal', role: 'analyst', clearance: 'internal', grants: [] },
  { name: 'analyst-confidential', role: 'analyst', clearance: 'confidential', grants: [] },
  { name: 'analyst-strict', role: 'analyst', clearance: 'strictly_confidential', grants: [] },
  { name: 'leadership-confidential', role: 'leadership', clearance: 'confidential', grants: [] },
  { name: 'admin-strict', role: 'administrator', clearance: 'strictly_confidential', grants: [] },
  { name: 'analyst-internal-actor-grant', role: 'analyst', clearance: 'internal', grants: [{ scope: 'actor', targetId: 'conf-hrd' }] },
  { name: 'analyst-public-area-grant', role: 'analyst', clearance: 'public', grants: [{ scope: 'area', targetId: 'east' }] },
];

/** The reference model: what an identity may see, by the documented rule. */
function model(identity: Identity) {
  const cap = identity.role === 'administrator' && identity.clearance === 'strictly_confidential' ? 'confidential' : identity.clearance;
  const levels = new Set(SENSITIVITY_LEVELS.slice(0, rank(cap) + 1));
  const actorGrants = new Set(identity.grants.filter((g) => g.scope === 'actor').map((g) => g.targetId));
  const areaGrants = new Set(identity.grants.filter((g) => g.scope === 'area').map((g) => g.targetId));
  const byId = new Map<string, (typeof ACTORS)[number]>(ACTORS.map((a) => [a.id, a]));
  const opened = (id: string) => actorGrants.has(id) || byId.get(id)!.basedIn.some((area) => areaGrants.has(area));
  const actorVisible = (id: string) => levels.has(byId.get(id)!.sensitivity) || opened(id);
  const actors = ACTORS.filter((a) => actorVisible(a.id)).map((a) => a.id);
  const ties = TIES.filter(
    (t) =>
      actorVisible(t.sourceId) &&
      actorVisible(t.targetId) &&
      (levels.has(t.sensitivity) ||
        [t.sourceId, t.targetId].some((end) => opened(end) && rank(t.sensitivity) <= rank(byId.get(end)!.sensitivity))),
  );
  const engagements = ENGAGEMENTS.filter((g) => levels.has(g.sensitivity) && g.actorIds.some(actorVisible)).map((g) => ({
    ...g,
    present: g.actorIds.filter(actorVisible),
  }));
  const mechanisms = MECHANISMS.filter((m) => m.memberIds.some(actorVisible)).map((m) => m.id);
  const engaged = new Set(engagements.flatMap((g) => g.present));
  return {
    actorVisible,
    sensitivityOf: (id: string) => byId.get(id)!.sensitivity as Level,
    actors,
    ties: ties.map((t) => t.id),
    tiesOf: (id: string) => ties.filter((t) => t.sourceId === id || t.targetId === id).length,
    engagements,
    participations: engagements.reduce((sum, g) => sum + g.present.length, 0),
    // Areas in the default scope: where a visible actor is based, or a counted engagement was held
    // (a hidden actor's area is not "worked" for this viewer).
    byArea: Object.fromEntries(
      AREAS.filter(
        (area) =>
          ACTORS.some((a) => actorVisible(a.id) && (a.basedIn as readonly string[]).includes(area)) ||
          engagements.some((g) => g.areaId === area),
      ).map((area) => [area, engagements.filter((g) => g.areaId === area).length]),
    ),
    neverEngaged: ACTORS.filter((a) => actorVisible(a.id) && a.kind === 'civil_society' && !engaged.has(a.id))
      .map((a) => a.id)
      .sort(),
    mechanisms,
    leads: Object.fromEntries(
      AREAS.map((area) => [
        area,
        ROLES.filter((r) => r.role === 'lead' && r.areaIds.includes(area as never) && actorVisible(r.actorId)).map((r) => r.actorId),
      ]),
    ),
    hiddenIds: [
      ...ACTORS.filter((a) => !actorVisible(a.id)).flatMap((a) => [a.id, a.name]),
      ...TIES.filter((t) => !ties.includes(t)).map((t) => t.id),
      ...ENGAGEMENTS.filter((g) => !engagements.some((e) => e.id === g.id)).map((g) => g.id),
      ...MECHANISMS.filter((m) => !mechanisms.includes(m.id)).map((m) => m.id),
    ],
  };
}

const server = useTestServer();
const tokens = new Map<string, string>();

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, DATASET);
  for (const identity of IDENTITIES) {
    tokens.set(
      identity.name,
      (await server.userWithToken(`rm-${identity.name}`, identity.role, identity.clearance, identity.grants)).token,
    );
  }
}, 120_000);

const sorted = (values: Iterable<string>) => [...values].sort();
const FORMATS = ['snapshot', 'graphml', 'gexf', 'gexf12', 'cytoscape', 'csv', 'csv-nodes', 'csv-edges', 'kumu'] as const;
const ZIPPED = new Set(['csv', 'kumu']);

async function download(token: string, format: string, profile: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.baseUrl}/api/exports/${format}?profile=${profile}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200 || !ZIPPED.has(format)) return { status: response.status, text: new TextDecoder().decode(bytes) };
  return {
    status: 200,
    text: Object.values(unzipSync(bytes))
      .map((file) => strFromU8(file))
      .join('\n'),
  };
}

describe.each(IDENTITIES)('$name', (identity) => {
  const expected = model(identity);
  const may = (permission: 'read' | 'analyse' | 'export') => ROLE_PERMISSIONS[identity.role].includes(permission);
  const get = async (path: string) => {
    const response = await request(server.baseUrl, 'GET', path, undefined, { as: tokens.get(identity.name)! });
    return response;
  };

  it('lists exactly the visible actors and ties, with totals to match', async () => {
    const actors = (await get('/api/actors?limit=500')).body;
    expect(actors.total).toBe(expected.actors.length);
    expect(sorted(actors.items.map((a: { id: string }) => a.id))).toEqual(sorted(expected.actors));
    const ties = (await get('/api/ties?limit=1000')).body;
    expect(ties.total).toBe(expected.ties.length);
    expect(sorted(ties.items.map((t: { id: string }) => t.id))).toEqual(sorted(expected.ties));
  });

  it("counts each visible actor's ties as the model does, and answers 404 for a hidden actor's", async () => {
    for (const actor of ACTORS) {
      const response = await get(`/api/ties?actor=${actor.id}`);
      expect(response.status).toBe(200);
      expect(response.body.total, actor.id).toBe(expected.actorVisible(actor.id) ? expected.tiesOf(actor.id) : 0);
      expect((await get(`/api/actors/${actor.id}`)).status, actor.id).toBe(expected.actorVisible(actor.id) ? 200 : 404);
    }
  });

  it('draws exactly the visible actors and ties on the map', async () => {
    const graph = (await get('/api/graph')).body;
    expect(sorted(graph.nodes.map((n: { data: { id: string } }) => n.data.id))).toEqual(sorted(expected.actors));
    expect(sorted(graph.edges.map((e: { data: { id: string } }) => e.data.id))).toEqual(sorted(expected.ties));
  });

  it('the engagement analysis counts what the model counts', async () => {
    const response = await get('/api/analysis/engagement?minInfluence=1');
    if (!may('analyse')) return void expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ engagements: expected.engagements.length, participations: expected.participations });
    expect(Object.fromEntries(response.body.byArea.map((row: { key: string; engagements: number }) => [row.key, row.engagements]))).toEqual(
      expected.byArea,
    );
    expect(sorted(response.body.neverEngaged.map((a: { id: string }) => a.id))).toEqual(expected.neverEngaged);
    const text = JSON.stringify(response.body);
    for (const hidden of expected.hiddenIds) expect(text).not.toContain(hidden);
  });

  it('the coordination analysis names only visible mechanisms and leads', async () => {
    const response = await get('/api/analysis/coordination');
    if (!may('analyse')) return void expect(response.status).toBe(403);
    const cells = response.body.cells as { areaId: string; mechanismIds: string[]; leads: { id: string }[] }[];
    expect(sorted(new Set(cells.flatMap((cell) => cell.mechanismIds)))).toEqual(sorted(expected.mechanisms));
    for (const cell of cells)
      expect(sorted(cell.leads.map((lead) => lead.id)), cell.areaId).toEqual(sorted(expected.leads[cell.areaId] ?? []));
    const text = JSON.stringify(response.body);
    for (const hidden of expected.hiddenIds) expect(text).not.toContain(hidden);
  });

  describe.each([...EXPORT_PROFILES])('exports, profile %s', (profile) => {
    const ceiling = profile === 'full' ? rank('strictly_confidential') : profile === 'internal' ? rank('internal') : rank('public');
    // Shareable keeps public actors only; internal keeps all but renames those above internal.
    const kept = expected.actors.filter((id) => profile !== 'shareable' || rank(expected.sensitivityOf(id)) <= ceiling);
    const named = kept.filter((id) => rank(expected.sensitivityOf(id)) <= ceiling);
    const keptTies = TIES.filter(
      (t) =>
        expected.ties.includes(t.id) &&
        kept.includes(t.sourceId) &&
        kept.includes(t.targetId) &&
        (profile !== 'shareable' || rank(t.sensitivity) <= ceiling),
    );

    it('the snapshot holds exactly the records and numbers of the model', async () => {
      const file = await download(tokens.get(identity.name)!, 'snapshot', profile);
      if (!may('export')) return void expect(file.status).toBe(403);
      const { dataset } = JSON.parse(file.text);
      expect(dataset.actors).toHaveLength(kept.length);
      expect(sorted(dataset.actors.map((a: { id: string }) => a.id).filter((id: string) => !id.startsWith('p-')))).toEqual(sorted(named));
      expect(dataset.ties).toHaveLength(keptTies.length);
      const engagements = expected.engagements.filter(
        (g) => g.present.some((id) => kept.includes(id)) && (profile !== 'shareable' || rank(g.sensitivity) <= ceiling),
      );
      expect(sorted(dataset.engagements.map((g: { id: string }) => g.id))).toEqual(sorted(engagements.map((g) => g.id)));
      expect(dataset.engagements.reduce((sum: number, g: { actorIds: string[] }) => sum + g.actorIds.length, 0)).toBe(
        engagements.reduce((sum, g) => sum + g.present.filter((id) => kept.includes(id)).length, 0),
      );
      const mechanisms = MECHANISMS.filter((m) => m.memberIds.some((id) => kept.includes(id))).map((m) => m.id);
      expect(sorted(dataset.mechanisms.map((m: { id: string }) => m.id))).toEqual(sorted(mechanisms));
    });

    it.each(FORMATS)('%s holds no hidden record, no id above the profile, and every visible actor it may name', async (format) => {
      const file = await download(tokens.get(identity.name)!, format, profile);
      if (!may('export')) return void expect(file.status).toBe(403);
      expect(file.status).toBe(200);
      for (const hidden of expected.hiddenIds) expect(file.text, hidden).not.toContain(hidden);
      for (const id of expected.actors.filter((a) => !named.includes(a))) expect(file.text, id).not.toContain(id);
      // The bare CSV files hold one table each: nodes, or edges.
      if (format !== 'csv-edges') for (const id of named) expect(file.text, id).toContain(id);
      if (profile === 'full' && format !== 'csv-nodes') for (const tie of keptTies) expect(file.text, tie.id).toContain(tie.id);
    });
  });
});

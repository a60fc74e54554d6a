/**
 * Imports that match what is already there (issue 12, section 3), against the real Neo4j: the
 * real UNHCR 3W imported twice gives the same graph and links the reference agencies (no second
 * UNHCR, WFP, UNICEF, IOM, UNFPA or UN Women); a list of armed groups with coded kinds,
 * non-Latin names, repeated names and parent references is read once mapped and re-imports
 * unchanged; a person's "same as" is followed; a mis-guessed reading is not "checked".
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { readReferenceDataset } from '../../server/seed/seed-database.js';
import { request } from '../support/http.js';
import { THREE_W, download, readShared, upload } from '../support/transfers/transfer-client.js';

const server = useTestServer({ reset: 'each' });
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url)));
const withMapping = (mapping: unknown) => `&mapping=${encodeURIComponent(JSON.stringify(mapping))}`;
const graphCounts = async () => [
  await server.countMapNodes(),
  await server.count('MATCH (:Actor)-[r]->() RETURN count(r)'),
  await server.count('MATCH (a:Actor) UNWIND coalesce(a.aliases, []) AS alias RETURN count(alias)'),
];

beforeEach(async () => {
  await loadDataset(server.db, readReferenceDataset());
});

describe('the UNHCR 3W table and the reference agencies', () => {
  it('links UNHCR, WFP, UNICEF, IOM, UNFPA and UN Women to the reference actors, and gives the same graph when imported twice', async () => {
    // The person chose to create the countries and regions the map lacks (by default they are only
    // warnings: import-missing-areas.test.ts), so the agencies gain the places the 3W puts them in.
    const withAreas = { query: '&createAreas=true' };
    const first = await upload(server.baseUrl, 'unhcr-3w.csv', readShared(THREE_W), withAreas);
    expect(first.status).toBe(201);
    const matched = Object.fromEntries(
      first.body.matches.filter((m: { status: string }) => m.status === 'matched').map((m: { name: string; id: string }) => [m.name, m.id]),
    );
    expect(matched).toEqual({
      UNHCR: 'unhcr',
      UNICEF: 'unicef',
      WFP: 'wfp',
      IOM: 'iom',
      OIM: 'iom',
      'OIM / IOM': 'iom',
      'UN Women': 'un-women',
      UNFPA: 'unfpa',
      UNESCO: 'unesco',
      UNDP: 'undp',
    });
    expect(first.body.matches.filter((m: { status: string }) => m.status === 'created')).toHaveLength(247);
    for (const acronym of ['UNHCR', 'WFP', 'UNICEF', 'IOM', 'UNFPA', 'UN Women']) {
      expect(
        await server.count('MATCH (a:Actor) WHERE a.acronym = $acronym OR a.name = $acronym RETURN count(a)', { acronym }),
        acronym,
      ).toBe(1);
    }
    // The reference actor keeps its name and gains the places the 3W puts it in.
    expect(
      await server.count(
        "MATCH (a:Actor {id: 'unhcr', name: 'Office of the United Nations High Commissioner for Refugees'})-[:ACTIVE_IN]->() RETURN count(*)",
      ),
    ).toBeGreaterThan(5);
    const before = await graphCounts();
    const again = await upload(server.baseUrl, 'unhcr-3w.csv', readShared(THREE_W), withAreas);
    expect(again.status).toBe(201);
    expect(again.body.matches.filter((m: { status: string }) => m.status === 'created')).toEqual([]);
    expect(await graphCounts()).toEqual(before);
  });

  it('follows a person\'s "same as" and "new", and refuses an id the importer cannot see', async () => {
    const table = 'Organisation,Sector\nRefugee Office Chad,Protection\nUNICEF,Education\n';
    const sameAs = await upload(server.baseUrl, 'small.csv', table, {
      query: withMapping({ matches: { 'Refugee Office Chad': 'unhcr', UNICEF: 'new' } }),
    });
    expect(sameAs.status).toBe(201);
    expect(sameAs.body.matches.map((m: { status: string; id: string | null }) => [m.status, m.id])).toEqual([
      ['matched', 'unhcr'],
      ['created', null],
    ]);
    expect(await server.count("MATCH (a:Actor {id: 'unhcr'}) WHERE 'Refugee Office Chad' IN a.aliases RETURN count(a)")).toBe(1);
    expect(await server.count("MATCH (a:Actor {name: 'UNICEF'}) RETURN count(a)")).toBe(1);
    const unknown = await upload(server.baseUrl, 'small.csv', table, { query: withMapping({ matches: { UNICEF: 'no-such-actor' } }) });
    expect(unknown.status).toBe(422);
    expect(unknown.body.problems[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/names no actor you can see/) });
  });
});

const ARMED_GROUPS = {
  columns: {
    org: 'name',
    externalId: 'actor_id',
    originalName: 'name_original',
    kind: 'type_code',
    areas: 'region',
    reference: 'parent_id',
    aliases: 'other_names',
  },
  externalIdScheme: 'acled',
  kindValues: { 2: 'conflict_party', 3: 'conflict_party', 4: 'government' },
  referenceRelation: 'splinter_of',
  referenceTieType: 'affiliated_with',
};

describe('a list of armed groups', () => {
  it('is read once mapped: original-script names and ids stored, searched and exported, parents tied, and a re-import changes nothing', async () => {
    const first = await upload(server.baseUrl, 'armed-groups.csv', fixture('armed-groups.csv'), { query: withMapping(ARMED_GROUPS) });
    expect(first.status, JSON.stringify(first.body.problems)).toBe(201);
    expect(first.body.counts).toMatchObject({ actors: 6, ties: 2 });
    expect(first.body.warnings.map((w: { line: number; reason: string }) => `${w.line}: ${w.reason}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2: 2 actors are named "Eastern Liberation Front".*kept apart/),
        expect.stringMatching(/^7: "AG-999" is the acled id of no row/),
      ]),
    );
    const found = await request(server.baseUrl, 'GET', `/api/actors?text=${encodeURIComponent('ጃብሃት')}`);
    expect(
      found.body.items.map((a: { originalName: string; externalIds: unknown; kind: string }) => [a.originalName, a.externalIds, a.kind]),
    ).toEqual([['ጃብሃት ምሥራቅ', [{ scheme: 'acled', value: 'AG-002' }], 'conflict_party']]);
    expect((await request(server.baseUrl, 'GET', '/api/actors?text=AG-005')).body.items.map((a: { name: string }) => a.name)).toEqual([
      'Ministry of Defence',
    ]);
    expect(
      await server.count(
        "MATCH (:Actor {name: 'Highland Defence Brigades – Splinter'})-[t:AFFILIATED_WITH {description: 'Splinter of'}]->(:Actor {name: 'Highland Defence Brigades'}) RETURN count(t)",
      ),
    ).toBe(1);
    const snapshot = JSON.parse((await download(server.baseUrl, 'snapshot')).text);
    expect(snapshot.dataset.actors.find((a: { name: string }) => a.name === 'Ministry of Defence')).toMatchObject({
      externalIds: [{ scheme: 'acled', value: 'AG-005' }],
    });
    const before = await graphCounts();
    const again = await upload(server.baseUrl, 'armed-groups.csv', fixture('armed-groups.csv'), { query: withMapping(ARMED_GROUPS) });
    expect(again.status).toBe(201);
    expect(again.body.matches.map((m: { status: string; by: string }) => `${m.status} ${m.by}`)).toEqual(
      Array(6).fill('matched externalId'),
    );
    expect(await graphCounts()).toEqual(before);
  });

  it('flags a mis-guessed reading instead of "checked", and reads the file once the person maps it', async () => {
    const guessed = await upload(server.baseUrl, 'armed-groups-misguessed.csv', fixture('armed-groups-misguessed.csv'), {
      query: '&dryRun=true',
    });
    expect(guessed.status).toBe(422);
    expect(guessed.body.status).toBe('needs_mapping');
    expect(guessed.body.mappingDoubts.map((d: { reason: string }) => d.reason)).toEqual([
      expect.stringMatching(/40 rows name only 4 actors/),
      expect.stringMatching(/37 admin areas named by short codes/),
    ]);
    expect(guessed.body.columns.map((c: { field: string | null }) => c.field)).toEqual(['org', null, 'adm1']);
    expect(await server.count("MATCH (a:Actor) WHERE a.name STARTS WITH 'Group ' RETURN count(a)")).toBe(0);
    const mapped = await upload(server.baseUrl, 'armed-groups-misguessed.csv', fixture('armed-groups-misguessed.csv'), {
      query: withMapping({
        columns: { org: 'Name', kind: 'Actor' },
        kindValues: {
          'Rebel group': 'conflict_party',
          'Political militia': 'conflict_party',
          'Identity militia': 'conflict_party',
          'State forces': 'government',
        },
      }),
    });
    expect(mapped.status).toBe(201);
    expect(mapped.body.mappingDoubts).toEqual([]);
    expect(await server.count("MATCH (a:Actor:ConflictParty) WHERE a.name STARTS WITH 'Group ' RETURN count(a)")).toBe(30);
  });
});

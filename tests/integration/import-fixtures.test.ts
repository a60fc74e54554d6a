/**
 * POST /api/imports with the real 3W table and every messy fixture of ../shared/data/import-fixtures,
 * against the real Neo4j: each imports with the expected counts or is refused as a whole with a
 * located reason; the 3W import gives its organisations, sectors and areas and flags duplicates.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { readReferenceDataset } from '../../server/seed/seed-database.js';
import { FIXTURES_DIR, THREE_W, readShared, upload } from '../support/transfers/transfer-client.js';

const server = useTestServer({ reset: 'each' });
const mapNodes = async () => (await server.countMapNodes()) - (await server.count('MATCH (d:Dataset) RETURN count(d)'));

/** What each fixture gives: imported counts, or the located reason it is refused. */
const EXPECTED: Record<
  string,
  { status: number; actors?: number; areas?: number; activities?: number; problem?: RegExp; line?: number | null }
> = {
  'input-valid.csv': { status: 201, actors: 3, areas: 7, activities: 3 },
  'input-valid-latin1.csv': { status: 201, actors: 3, areas: 7, activities: 3 },
  'input-valid-csv.zip': { status: 201, actors: 3, areas: 7, activities: 3 },
  'input-valid.xlsx': { status: 201, actors: 3, areas: 7, activities: 3 },
  'input-valid-xlsx.NOEXT': { status: 201, actors: 3, areas: 7, activities: 3 },
  'input-merged.xlsx': { status: 201, actors: 3, areas: 7, activities: 3 },
  'input-fuzzy.csv': { status: 201, actors: 3, areas: 7, activities: 3 },
  'input-untagged.csv': { status: 201, actors: 3, areas: 7, activities: 3 },
  'input-multiple-headers.csv': { status: 201, actors: 2, areas: 2, activities: 0 },
  'input-invalid.csv': { status: 422, problem: /hashtags without their "#"/, line: 3 },
  'input-multiline.csv': { status: 422, problem: /no column holds the organisation/, line: 1 },
  'input-broken.xlsx': { status: 422, problem: /no worksheet that can be read/, line: null },
  'input-zip-invalid.zip': { status: 422, problem: /exactly one \.csv file; this zip holds input-valid\.xlsx/, line: null },
};

describe('every file of ../shared/data/import-fixtures', () => {
  it('has an expectation for each file', () => {
    expect(readdirSync(FIXTURES_DIR).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.status === 201 ? `imports ${expected.actors} actors` : 'is refused with a located reason'}`, async () => {
      // The map is empty: the fixtures' areas are created only on request (createAreas; import-missing-areas.test.ts).
      const result = await upload(server.baseUrl, name, readShared(new URL(name, FIXTURES_DIR)), { query: '&createAreas=true' });
      expect(result.status, JSON.stringify(result.body.problems)).toBe(expected.status);
      if (expected.status === 201) {
        expect(result.body.status).toBe('imported');
        expect(result.body.counts).toMatchObject({ actors: expected.actors, areas: expected.areas, activities: expected.activities });
        expect(await server.count('MATCH (a:Actor) RETURN count(a)')).toBe(expected.actors);
        expect(await server.count('MATCH (a:AdminArea) RETURN count(a)')).toBe(expected.areas);
        expect(await server.count('MATCH (a:Activity) RETURN count(a)')).toBe(expected.activities);
      } else {
        expect(result.body.status).toBe('refused');
        expect(result.body.problems[0].reason).toMatch(expected.problem as RegExp);
        expect(result.body.problems[0].line).toBe(expected.line);
        expect(await mapNodes()).toBe(0);
      }
    });
  }

  it('reads the latin-1 file as windows-1252 and keeps the accents', async () => {
    const result = await upload(server.baseUrl, 'input-valid-latin1.csv', readShared(new URL('input-valid-latin1.csv', FIXTURES_DIR)), {
      query: '&createAreas=true',
    });
    expect(result.body.file).toMatchObject({ encoding: 'windows-1252', delimiter: ',' });
    expect(await server.count("MATCH (a:AdminArea {name: 'Panamá'}) RETURN count(a)")).toBe(1);
    expect(await server.count("MATCH (a:AdminArea {name: 'Chocó'}) RETURN count(a)")).toBe(1);
  });

  it('names the header and hashtag lines and warns about hashtags written without "#"', async () => {
    const result = await upload(server.baseUrl, 'input-fuzzy.csv', readShared(new URL('input-fuzzy.csv', FIXTURES_DIR)));
    expect(result.body).toMatchObject({ headerLine: 2, hashtagLine: 3 });
    const warnings: { column: string; reason: string }[] = result.body.warnings;
    expect(warnings.filter((warning) => !/the map has no admin area/.test(warning.reason)).map((warning) => warning.column)).toEqual([
      'G',
      'H',
    ]);
    // Its 7 areas are not in the (empty) map: each is a warning too, and none is created by default.
    expect(result.body.missingAreas).toHaveLength(7);
    expect(await server.count('MATCH (a:AdminArea) RETURN count(a)')).toBe(0);
  });
});

describe('unhcr-3w.csv', () => {
  it('imports its 257 organisations (267 spellings), 40 sectors and 74 areas, links the reference agencies and suggests other duplicates', async () => {
    await loadDataset(server.db, readReferenceDataset());
    const before = await server.count('MATCH (a:Actor) RETURN count(a)');
    const result = await upload(server.baseUrl, 'unhcr-3w.csv', readShared(THREE_W), {
      contentType: 'text/csv',
      query: '&createAreas=true',
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ headerLine: 1, hashtagLine: 2, rows: { total: 2250, validated: 2250 } });
    // 267 spellings; "GIZ"/"GiZ", "Oxfam"/"OXFAM", "UN Women"/"UNWOMEN"... fold to 257 organisations, and
    // UNHCR, UNICEF, WFP, IOM ("IOM", "OIM", "OIM / IOM"), UN Women, UNFPA, UNESCO and UNDP are the reference actors.
    expect(result.body.counts).toMatchObject({ actors: 255, areas: 74, activities: 40 });
    expect(await server.count('MATCH (a:Actor) RETURN count(a)')).toBe(before + 247);
    expect(await server.count('MATCH (a:AdminArea {level: 0}) RETURN count(a)')).toBe(17);
    expect(await server.count('MATCH (a:AdminArea {level: 1}) RETURN count(a)')).toBe(57);
    expect(await server.count("MATCH (x:Activity) WHERE x.id STARTS WITH 'sector-' RETURN count(x)")).toBe(40);
    expect(
      await server.count("MATCH (:Output {id: 'return-reintegration'})-[:HAS_ACTIVITY]->(x:Activity {title: 'Return'}) RETURN count(x)"),
    ).toBe(1);
    expect(await server.count("MATCH (a:Actor) WHERE a.acronym = 'UNHCR' OR a.name = 'UNHCR' RETURN count(a)")).toBe(1);
    expect(await server.count("MATCH (a:Actor) WHERE toLower(a.name) IN ['giz', 'oxfam'] RETURN count(a)")).toBe(2);
    const pairs = result.body.duplicates.map(
      (d: { reason: string; a: { name: string }; b: { name: string } }) => `${d.reason}: ${[d.a.name, d.b.name].sort().join(' / ')}`,
    );
    // "Shelter Box"/"ShelterBox" fold to one name; what folding cannot tell stays a suggestion for a person.
    expect(pairs).toEqual(expect.arrayContaining(['acronym: OMS / WHO', 'acronym: SC / Save The Children', 'acronym: WVI / World Vision']));
  });

  it('gives the same graph when imported twice (stable ids, MERGE)', async () => {
    const bytes = readShared(THREE_W);
    await upload(server.baseUrl, 'unhcr-3w.csv', bytes, { query: '&createAreas=true' });
    const counts = async () => [await mapNodes(), await server.count('MATCH ()-[r]->() RETURN count(r)')];
    const first = await counts();
    const again = await upload(server.baseUrl, 'unhcr-3w.csv', bytes, { query: '&createAreas=true' });
    expect(again.status).toBe(201);
    expect(await counts()).toEqual(first);
  });

  it('validates without writing on a dry run', async () => {
    const result = await upload(server.baseUrl, 'unhcr-3w.csv', readShared(THREE_W), { query: '&dryRun=true' });
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('validated');
    expect(result.body.counts.actors).toBe(257);
    expect(await mapNodes()).toBe(0);
  });
});

describe('column mapping step', () => {
  const table = 'Who,Where,What\nAlpha Relief,North,Food\nBeta Aid,South,Shelter\n';

  it('asks for a mapping when no column is recognised, listing the columns with samples', async () => {
    const result = await upload(server.baseUrl, 'unknown.csv', table, { contentType: 'text/csv' });
    expect(result.status).toBe(422);
    expect(result.body.status).toBe('needs_mapping');
    expect(result.body.columns[0]).toMatchObject({ letter: 'A', header: 'Who', samples: ['Alpha Relief', 'Beta Aid'] });
    expect(await mapNodes()).toBe(0);
  });

  it('imports with the mapping a person gives', async () => {
    const mapping = JSON.stringify({ headerLine: 1, columns: { org: 'Who', adm1: 'B', sector: 'What' } });
    const result = await upload(server.baseUrl, 'unknown.csv', table, {
      contentType: 'text/csv',
      query: `&mapping=${encodeURIComponent(mapping)}&createAreas=true`,
    });
    expect(result.status).toBe(201);
    expect(result.body.counts).toMatchObject({ actors: 2, areas: 2, activities: 2 });
  });
});

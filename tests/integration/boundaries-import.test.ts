/**
 * POST /api/areas/boundaries and GET /api/areas/geometry against the real Neo4j: a COD-AB-style
 * GeoJSON matched by p-code, a geoBoundaries-style TopoJSON matched by folded name, a zipped
 * shapefile; a dry run writes nothing; unmatched features reported (or created when asked);
 * malformed geometry refused at its feature number with nothing stored lost; who may import;
 * the audit event.
 */
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { authHeaders, request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'each' });
const fixture = (name: string) => readFileSync(new URL(`../fixtures/boundaries/${name}`, import.meta.url));

async function upload(name: string, query = '', token?: string) {
  const headers = token ? { authorization: `Bearer ${token}` } : authHeaders(server.baseUrl);
  const response = await fetch(`${server.baseUrl}/api/areas/boundaries?filename=${name}${query}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': name.endsWith('.zip') ? 'application/zip' : 'application/geo+json' },
    body: fixture(name),
  });
  return { status: response.status, body: await response.json() };
}
/** The fixture shapefile zip with one of its parts changed by `damage` (the damaged part stays in the zip). */
function damagedShapefile(extension: '.shp' | '.dbf', damage: (bytes: Uint8Array) => Uint8Array): Uint8Array<ArrayBuffer> {
  const files = unzipSync(fixture('cod-ab-adm1-shp.zip'));
  const name = Object.keys(files).find((entry) => entry.endsWith(extension)) as string;
  return new Uint8Array(zipSync({ ...files, [name]: damage(files[name] as Uint8Array) }));
}

async function uploadBytes(bytes: Uint8Array<ArrayBuffer>) {
  const response = await fetch(`${server.baseUrl}/api/areas/boundaries?filename=damaged.zip`, {
    method: 'POST',
    headers: { ...authHeaders(server.baseUrl), 'content-type': 'application/zip' },
    body: bytes,
  });
  return { status: response.status, body: await response.json() };
}

const geometry = async (query = '') => (await request(server.baseUrl, 'GET', `/api/areas/geometry${query}`)).body;
const withBoundary = () => server.count('MATCH (a:AdminArea) WHERE a.boundary IS NOT NULL RETURN count(a)');

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  await server.count(
    "CREATE (c:AdminArea {id: 'country', name: 'Testland', pcode: 'TT', level: 0, isCapital: false}) WITH c MATCH (a:AdminArea) WHERE a.id IN ['capital', 'east'] SET a.parentId = 'country' RETURN count(a)",
  );
});

describe('importing boundaries', () => {
  it('matches a COD-AB GeoJSON by p-code, reports the unmatched feature, stores display and original, serves the geometry', async () => {
    const checked = await upload('cod-ab-adm1.geojson', '&dryRun=true');
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ status: 'validated', format: 'geojson', features: 3 });
    expect(await withBoundary()).toBe(0);

    // The audit log outlives a reset of the map: count this import's event against what was there.
    const importEvents = () =>
      server.count(
        "MATCH (e:AuditEvent {action: 'import', targetType: 'area'}) WHERE 'capital' IN e.targetIds AND 'east' IN e.targetIds RETURN count(e)",
      );
    const eventsBefore = await importEvents();
    const imported = await upload('cod-ab-adm1.geojson');
    expect(imported.status).toBe(201);
    expect(imported.body.matched).toEqual([
      { feature: 1, name: 'Capital', pcode: 'TT01', areaId: 'capital', by: 'pcode' },
      { feature: 2, name: 'East', pcode: 'TT02', areaId: 'east', by: 'pcode' },
    ]);
    expect(imported.body.unmatched).toEqual([
      {
        feature: 3,
        name: 'Northland',
        pcode: 'TT03',
        level: 1,
        reason: 'no area has its p-code or name',
        messageCode: 'boundary.no_area_matches',
        params: {},
      },
    ]);
    expect(imported.body.created).toEqual([]);
    expect(await server.count("MATCH (a:AdminArea {id: 'east'}) WHERE a.boundaryOriginal CONTAINS '12.2' RETURN count(a)")).toBe(1);
    expect(await importEvents()).toBe(eventsBefore + 1);

    const collection = await geometry('?level=1&parent=TT');
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.bbox).toEqual([10, 0, 12.4, 1]);
    expect(collection.features.map((feature: { properties: unknown }) => feature.properties)).toEqual([
      { id: 'capital', pcode: 'TT01', name: 'Capital', level: 1, parent: 'TT', parentId: 'country', isCapital: true },
      { id: 'east', pcode: 'TT02', name: 'East', level: 1, parent: 'TT', parentId: 'country', isCapital: false },
    ]);
    expect(collection.features[1].geometry.type).toBe('MultiPolygon');
    expect((await geometry('?level=0')).features).toEqual([]);
    expect((await geometry('?parent=elsewhere')).features).toEqual([]);
  });

  it('creates the areas of unmatched features only when asked, under their parent', async () => {
    const imported = await upload('cod-ab-adm1.geojson', '&createAreas=true');
    expect(imported.status).toBe(201);
    expect(imported.body.created).toEqual([
      expect.objectContaining({ feature: 3, name: 'Northland', pcode: 'TT03', level: 1, parentId: 'country' }),
    ]);
    const created = await request(server.baseUrl, 'GET', `/api/areas/${imported.body.created[0].areaId}`);
    expect(created.body).toMatchObject({ name: 'Northland', pcode: 'TT03', level: 1, parentId: 'country', names: { fr: 'Pays du Nord' } });
    expect(await withBoundary()).toBe(3);
  });

  it('matches a geoBoundaries TopoJSON by folded name (case and accents), and reports the name that fits no area', async () => {
    const imported = await upload('geoboundaries-adm1.topojson');
    expect(imported.status).toBe(201);
    expect(imported.body.format).toBe('topojson');
    expect(imported.body.matched.map((m: { areaId: string; by: string }) => [m.areaId, m.by])).toEqual([
      ['capital', 'name'],
      ['east', 'name'],
    ]);
    expect(imported.body.unmatched).toEqual([expect.objectContaining({ feature: 3, name: 'Hinterland' })]);
    expect(await withBoundary()).toBe(2);
  });

  it('reads a zipped shapefile with its .dbf attributes (p-code matched without case)', async () => {
    const imported = await upload('cod-ab-adm1-shp.zip');
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ format: 'shapefile', features: 2, unmatched: [] });
    expect(imported.body.matched.map((m: { areaId: string }) => m.areaId)).toEqual(['capital', 'east']);
    const east = (await geometry()).features.find((feature: { id: string }) => feature.id === 'east');
    expect(east.geometry.type).toBe('MultiPolygon');
  });
});

describe('refusals', () => {
  it('refuses an unclosed ring at its feature number and keeps the boundaries already stored', async () => {
    expect((await upload('cod-ab-adm1.geojson')).status).toBe(201);
    const before = await geometry();
    const refused = await upload('malformed.geojson');
    expect(refused.status).toBe(422);
    expect(refused.body.status).toBe('refused');
    expect(refused.body.problems).toEqual([
      {
        feature: 2,
        reason: 'ring 1: is not closed (its last position differs from its first)',
        messageCode: 'boundary.ring_not_closed',
        params: { polygon: 0, ring: 1 },
      },
    ]);
    expect(await geometry()).toEqual(before);
  });

  it('refuses a point and a file that is no GeoJSON, naming why', async () => {
    const point = await upload('not-a-polygon.geojson');
    expect(point.body.problems).toEqual([
      {
        feature: 2,
        reason: 'has a Point geometry; only Polygon and MultiPolygon are boundaries',
        messageCode: 'boundary.not_a_polygon',
        params: { type: 'Point' },
      },
    ]);
    const response = await fetch(`${server.baseUrl}/api/areas/boundaries`, {
      method: 'POST',
      headers: { ...authHeaders(server.baseUrl), 'content-type': 'application/json' },
      body: '{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[200,0],[201,0],[201,1],[200,0]]]}}',
    });
    expect(response.status).toBe(422);
    expect((await response.json()).problems[0]).toEqual({
      feature: 1,
      reason: 'ring 1: position 1 has longitude 200, outside -180..180 (projected coordinates?)',
      messageCode: 'boundary.longitude_out_of_range',
      params: { polygon: 0, ring: 1, position: 1, longitude: 200 },
    });
    expect(await withBoundary()).toBe(0);
  });

  it('says a malformed feature as a code with its polygon, ring and position, beside the English, at its feature number', async () => {
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { ADM1_PCODE: 'TT01' }, geometry: { type: 'Polygon', coordinates: [square] } },
        {
          type: 'Feature',
          properties: { ADM1_PCODE: 'TT02' },
          geometry: { type: 'MultiPolygon', coordinates: [[square], [square, [...square.slice(0, 2), [1, 95], [0, 0]]]] },
        },
      ],
    };
    const response = await fetch(`${server.baseUrl}/api/areas/boundaries?dryRun=true`, {
      method: 'POST',
      headers: { ...authHeaders(server.baseUrl), 'content-type': 'application/geo+json' },
      body: JSON.stringify(collection),
    });
    expect(response.status).toBe(422);
    expect((await response.json()).problems).toEqual([
      {
        feature: 2,
        reason: 'polygon 2, ring 2: position 3 has latitude 95, outside -90..90',
        messageCode: 'boundary.latitude_out_of_range',
        params: { polygon: 2, ring: 2, position: 3, latitude: 95 },
      },
    ]);
  });

  it('names the shapefile record that is cut short or cannot be read, and stores nothing', async () => {
    // The fixture's .shp holds two polygon records: the first at byte 100 (8-byte header, 144 bytes of content), the second after it.
    const cut = await uploadBytes(damagedShapefile('.shp', (shp) => shp.slice(0, shp.length - 20)));
    expect(cut.status).toBe(422);
    expect(cut.body.problems).toEqual([
      {
        feature: 2,
        reason: 'record 2 of the .shp is cut short (the file ends inside it)',
        messageCode: 'boundary.shp_record_cut_short',
        params: { record: 2 },
      },
    ]);
    const garbled = await uploadBytes(
      damagedShapefile('.shp', (shp) => {
        const copy = shp.slice();
        // The first record's point count (content offset 40) far beyond the points it holds.
        new DataView(copy.buffer).setInt32(100 + 8 + 40, 1_000_000, true);
        return copy;
      }),
    );
    expect(garbled.status).toBe(422);
    expect(garbled.body.problems).toEqual([
      {
        feature: 1,
        reason: 'the geometry of record 1 of the .shp could not be read',
        messageCode: 'boundary.shp_record_unreadable',
        params: { record: 1 },
      },
    ]);
    const shortDbf = await uploadBytes(damagedShapefile('.dbf', (dbf) => dbf.slice(0, dbf.length - 10)));
    expect(shortDbf.body.problems).toEqual([
      expect.objectContaining({ feature: 2, messageCode: 'boundary.dbf_record_cut_short', params: { record: 2 } }),
    ]);
    expect(await withBoundary()).toBe(0);
  });

  it('lets only those who may edit areas import boundaries', async () => {
    const { token } = await server.userWithToken('reader-geo', 'viewer', 'public');
    const refused = await upload('cod-ab-adm1.geojson', '', token);
    expect(refused.status).toBe(403);
    expect(await withBoundary()).toBe(0);
  });
});

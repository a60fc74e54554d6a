/**
 * GET /api/areas/geometry?asOf= against the real Neo4j (issue 16 with the rounds' timeline): the
 * areas and their boundaries as they were at a past date. A boundary imported again is drawn as it
 * was before; an area made since is left out and one deleted since is still drawn; an area's first
 * boundary holds before its import too; a database whose boundaries predate boundary history gets
 * it at the start-up baseline; an unknown round or a future date is a 400 naming `asOf`.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { historyClock } from '../../server/history/versions.js';
import { recordHistoryBaseline } from '../../server/history/baseline.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { authHeaders, request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'each' });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-02T09:00:00Z');
const T1 = T0 + 7 * DAY;
const T2 = T1 + 7 * DAY;
const T3 = T2 + 7 * DAY;
const iso = (at: number) => new Date(at).toISOString();
const realNow = historyClock.now;
afterAll(() => {
  historyClock.now = realNow;
});

interface Feature {
  id: string;
  properties: { name: string; pcode: string | null };
  geometry: { type: string; coordinates: unknown };
}

const codAb = JSON.parse(readFileSync(new URL('../fixtures/boundaries/cod-ab-adm1.geojson', import.meta.url), 'utf8')) as {
  features: Array<{ properties: Record<string, unknown>; geometry: { coordinates: unknown } }>;
};
const ORIGINAL_CAPITAL = [
  [
    [10, 0],
    [10.5, 0],
    [11, 0.2],
    [11, 1],
    [10, 1],
    [10, 0],
  ],
];
const REDRAWN_CAPITAL = [
  [
    [10, 0],
    [10.4, 0],
    [11, 0.3],
    [11, 1],
    [10, 1],
    [10, 0],
  ],
];

/** The COD-AB fixture, Capital's polygon replaced by `capital`, only the features whose p-codes are given. */
function boundaryFile(capital: unknown, pcodes: string[]): string {
  const features = codAb.features
    .filter((feature) => pcodes.includes(String(feature.properties.ADM1_PCODE)))
    .map((feature) =>
      feature.properties.ADM1_PCODE === 'TT01' ? { ...feature, geometry: { type: 'Polygon', coordinates: capital } } : feature,
    );
  return JSON.stringify({ ...codAb, features });
}

async function upload(body: string, at: number, query = '') {
  historyClock.now = () => at;
  const response = await fetch(`${server.baseUrl}/api/areas/boundaries?filename=areas.geojson${query}`, {
    method: 'POST',
    headers: { ...authHeaders(server.baseUrl), 'content-type': 'application/geo+json' },
    body,
  });
  const report = (await response.json()) as { status: string; created: Array<{ areaId: string }> };
  expect(response.status, JSON.stringify(report)).toBe(201);
  return report;
}

async function geometryAsOf(at?: number): Promise<Feature[]> {
  const path = at === undefined ? '/api/areas/geometry' : `/api/areas/geometry?asOf=${encodeURIComponent(iso(at))}`;
  const response = await request(server.baseUrl, 'GET', path);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return (response.body as { features: Feature[] }).features;
}
/** The fixture's areas inside a country, as COD-AB files nest them (a created area needs its parent). */
const WITH_COUNTRY = {
  ...FIXTURE,
  areas: [
    { id: 'country', name: 'Testland', pcode: 'TT', level: 0 },
    ...(FIXTURE.areas ?? []).map((area) => ({ ...area, level: 1, parentId: 'country' })),
  ],
};
const ids = (features: Feature[]) => features.map((feature) => feature.id).sort();
const capitalOf = (features: Feature[]) => features.find((feature) => feature.id === 'capital')?.geometry.coordinates;

describe('the boundaries as of a past date', () => {
  let northland = '';

  beforeEach(async () => {
    // Areas from T0; boundaries for two of them at T1; Capital redrawn and Northland made at T2; Northland deleted at T3.
    historyClock.now = () => T0;
    await loadDataset(server.db, WITH_COUNTRY);
    await upload(boundaryFile(ORIGINAL_CAPITAL, ['TT01', 'TT02']), T1);
    const second = await upload(boundaryFile(REDRAWN_CAPITAL, ['TT01', 'TT02', 'TT03']), T2, '&createAreas=true');
    northland = second.created[0]?.areaId ?? '';
    expect(northland).not.toBe('');
    historyClock.now = () => T3;
    const deleted = await request(server.baseUrl, 'DELETE', `/api/areas/${northland}`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(204);
    historyClock.now = realNow;
  });

  it('draws a boundary imported again as it was, and leaves out an area not made yet', async () => {
    const between = await geometryAsOf(T1 + HOUR);
    expect(ids(between)).toEqual(['capital', 'east']);
    expect(capitalOf(between)).toEqual(ORIGINAL_CAPITAL);

    const today = await geometryAsOf();
    expect(ids(today)).toEqual(['capital', 'east']);
    expect(capitalOf(today)).toEqual(REDRAWN_CAPITAL);
  });

  it('still draws an area deleted since, with its name and p-code of then', async () => {
    const then = await geometryAsOf(T2 + HOUR);
    expect(ids(then)).toEqual(['capital', 'east', northland].sort());
    expect(then.find((feature) => feature.id === northland)?.properties).toMatchObject({ name: 'Northland', pcode: 'TT03' });
    expect(capitalOf(then)).toEqual(REDRAWN_CAPITAL);
  });

  it("draws an area's first boundary before its import too, and nothing before the areas existed", async () => {
    expect(capitalOf(await geometryAsOf(T0 + HOUR))).toEqual(ORIGINAL_CAPITAL);
    expect(await geometryAsOf(T0 - DAY)).toEqual([]);
  });

  it('gives a database whose boundaries predate boundary history one at the start-up baseline', async () => {
    expect(await server.count('MATCH (b:BoundaryVersion) DETACH DELETE b RETURN count(*)')).toBeGreaterThan(0);
    expect(await geometryAsOf(T1 + HOUR)).toEqual([]);
    await recordHistoryBaseline(server.db);
    // The boundaries known now are the first known: they hold from the beginning.
    const between = await geometryAsOf(T1 + HOUR);
    expect(ids(between)).toEqual(['capital', 'east']);
    expect(capitalOf(between)).toEqual(REDRAWN_CAPITAL);
    // Idempotent: a second baseline writes no other version.
    const versions = await server.count('MATCH (b:BoundaryVersion) RETURN count(b)');
    await recordHistoryBaseline(server.db);
    expect(await server.count('MATCH (b:BoundaryVersion) RETURN count(b)')).toBe(versions);
  });

  it('answers an unknown round and a future date with a 400 naming asOf', async () => {
    const unknown = await request(server.baseUrl, 'GET', '/api/areas/geometry?asOf=no-such-round');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('query.asOf');
    expect(JSON.stringify(unknown.body)).toContain('no-such-round');
    const future = await request(server.baseUrl, 'GET', `/api/areas/geometry?asOf=${encodeURIComponent(iso(Date.now() + 30 * DAY))}`);
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body)).toContain('as_of.future');
  });
});

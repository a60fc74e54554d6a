/**
 * GET /api/areas/picture against the real Neo4j: per-area counts and arcs come only from what the
 * caller may see. A confidential actor, a confidential tie between visible actors and a meeting
 * of the hidden actor alone change the cleared analyst's picture and leave a lower-cleared
 * viewer's picture exactly as it was. As of a mapping round, every layer is the picture of that
 * round: an actor, a tie, a meeting and a lead role added after it count only today. Then the demo: its areas have boundaries, and the map shows
 * where nobody leads return and reintegration.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { seedDemo } from '../support/demo-snapshot.js';

const server = useTestServer({ reset: 'once' });
const picture = async (query: string, as?: string) => {
  const response = await request(server.baseUrl, 'GET', `/api/areas/picture?${query}`, undefined, as ? { as } : {});
  expect(response.status).toBe(200);
  return response.body;
};
const LAYERS = ['layer=actors', 'layer=ties', 'layer=ties&endKind=conflict_party', 'layer=engagements&from=2026-01-01&to=2026-12-31'];
let lowToken = '';

beforeAll(async () => {
  await loadDataset(server.db, FIXTURE);
  await loadDataset(server.db, {
    meta: { name: 'Section', source: 'tests', fictional: true, description: '' },
    actors: [{ id: 'ca', name: 'Civil Affairs', kind: 'mission_component', subtype: 'civil_affairs', basedIn: ['capital'] }],
  });
  lowToken = (await server.userWithToken('low-geo', 'viewer', 'internal')).token;
  const logged = await request(server.baseUrl, 'POST', '/api/engagements', {
    date: '2026-03-02',
    sectionId: 'ca',
    actorIds: ['cso-a', 'gov'],
    format: 'workshop',
    areaId: 'capital',
  });
  expect(logged.status).toBe(201);
});

describe('need to know', () => {
  it('counts hidden actors, ties and meetings for the cleared analyst only', async () => {
    const before = await Promise.all(LAYERS.map((query) => picture(query, lowToken)));
    const analystBefore = await Promise.all(LAYERS.map((query) => picture(query)));
    expect(before).toEqual(analystBefore);
    expect(before[0].areas).toContainEqual(expect.objectContaining({ areaId: 'east', based: 2, active: 2 }));
    expect(before[3].areas).toEqual([expect.objectContaining({ areaId: 'capital', engagements: 1 })]);

    const hidden = await request(server.baseUrl, 'POST', '/api/actors', {
      name: 'Shadow Brigade',
      kind: 'conflict_party',
      sensitivity: 'confidential',
      basedIn: ['east'],
    });
    expect(hidden.status).toBe(201);
    for (const tie of [
      { type: 'in_conflict_with', sourceId: hidden.body.id, targetId: 'gov', sensitivity: 'internal' },
      { type: 'communicates_with', sourceId: 'cso-b', targetId: 'gov', sensitivity: 'confidential' },
    ])
      expect((await request(server.baseUrl, 'POST', '/api/ties', tie)).status).toBe(201);
    const meeting = { date: '2026-04-01', sectionId: 'ca', actorIds: [hidden.body.id], format: 'meeting', areaId: 'east' };
    expect((await request(server.baseUrl, 'POST', '/api/engagements', meeting)).status).toBe(201);

    expect(await Promise.all(LAYERS.map((query) => picture(query, lowToken)))).toEqual(before);
    const analyst = await Promise.all(LAYERS.map((query) => picture(query)));
    expect(analyst[0].areas).toContainEqual(expect.objectContaining({ areaId: 'east', based: 3 }));
    const arc = (result: { arcs: { from: string; to: string; count: number }[] }) =>
      result.arcs.find((candidate) => candidate.from === 'capital' && candidate.to === 'east')?.count ?? 0;
    expect(arc(analyst[1])).toBe(arc(before[1]) + 2);
    expect(arc(analyst[2])).toBe(arc(before[2]) + 1);
    expect(analyst[3].areas).toContainEqual(expect.objectContaining({ areaId: 'east', engagements: 1 }));
  });

  it('filters arcs by tie type', async () => {
    const result = await picture('layer=ties&tieTypes=communicates_with');
    expect(result.arcs.length).toBeGreaterThan(0);
    for (const arc of result.arcs) expect(Object.keys(arc.byType)).toEqual(['communicates_with']);
  });
});

describe('as of a round', () => {
  const COORDINATION = 'layer=coordination&output=o1';

  it('leaves out of every layer what changed after the round, and counts it today', async () => {
    const queries = [...LAYERS, COORDINATION];
    const before = await Promise.all(queries.map((query) => picture(query)));
    const round = await request(server.baseUrl, 'POST', '/api/rounds', { name: 'Before the eastern office' });
    expect(round.status).toBe(201);
    // A write in the round's own millisecond would belong to it: the changes come strictly later.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const office = await request(server.baseUrl, 'POST', '/api/actors', {
      name: 'Eastern Relief Office',
      kind: 'un_entity',
      basedIn: ['east'],
    });
    expect(office.status).toBe(201);
    for (const [path, body] of [
      ['/api/ties', { type: 'cooperates_with', sourceId: office.body.id, targetId: 'gov' }],
      ['/api/engagements', { date: '2026-05-04', sectionId: 'ca', actorIds: [office.body.id], format: 'meeting', areaId: 'east' }],
      ['/api/output-roles', { actorId: office.body.id, outputId: 'o1', role: 'lead', areaIds: ['east'] }],
    ] as const)
      expect((await request(server.baseUrl, 'POST', path, body)).status, path).toBe(201);

    const asOfRound = await Promise.all(queries.map((query) => picture(`${query}&asOf=${round.body.id}`)));
    expect(asOfRound).toEqual(before);
    const today = await Promise.all(queries.map((query) => picture(query)));
    const east = (result: { areas: { areaId: string; based: number; engagements: number; coverage: string | null }[] }) =>
      result.areas.find((area) => area.areaId === 'east');
    expect(east(today[0])!.based).toBe(east(before[0])!.based + 1);
    expect(today[1]).not.toEqual(before[1]);
    expect(east(today[3])!.engagements).toBe((east(before[3])?.engagements ?? 0) + 1);
    expect(east(before[4])?.coverage).toBe('gap');
    expect(east(today[4])?.coverage).not.toBe('gap');
  });

  it('answers 400 naming query.asOf for a round the map does not have', async () => {
    const response = await request(server.baseUrl, 'GET', '/api/areas/picture?layer=actors&asOf=no-such-round');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('query.asOf');
  });
});

describe('the demo', () => {
  it('gives every demo area a boundary and shows where nobody leads return and reintegration', async () => {
    await server.reset();
    await seedDemo(server);
    const geometry = await request(server.baseUrl, 'GET', '/api/areas/geometry');
    expect(geometry.body.features).toHaveLength(8);
    expect(geometry.body.features.filter((feature: { properties: { isCapital: boolean } }) => feature.properties.isCapital)).toHaveLength(
      1,
    );
    const coordination = await picture('layer=coordination&output=return-reintegration');
    expect(coordination.output).toBe('return-reintegration');
    expect(coordination.areas.some((area: { coverage: string }) => area.coverage === 'gap')).toBe(true);
  }, 120_000); // seeding the demo takes over 30 s when other jobs load both cores
});

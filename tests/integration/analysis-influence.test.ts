/**
 * GET /api/analysis/influence on the real Neo4j: values worked out by hand on the fixture, the
 * tie-type and date filters, repeatable communities, parameter validation, and agreement with
 * NetworkX on the demo graph.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { InfluenceResultSchema } from '../../server/contracts/index.js';
import { loadVisibleGraph } from '../../server/analyses/visible-graph.js';
import { analysis, failingFields, resetWith } from '../support/analysis-api.js';
import { ANALYSIS_FIXTURE } from '../support/analysis-fixture.js';
import { COMPARED_METRICS, maxDifferences, networkxCentralities } from '../support/analysis-networkx.js';
import { SYSTEM_VIEWER } from '../../server/access/viewer.js';
import { seedDemo } from '../support/demo-snapshot.js';

const server = useTestServer();

const byId = (body: { actors: Array<{ id: string }> }) => new Map(body.actors.map((actor) => [actor.id, actor as any]));

describe('influence on the hand-worked fixture', () => {
  beforeAll(() => resetWith(server, ANALYSIS_FIXTURE));

  it('gives degrees, brokers, closeness and reach as worked out by hand', async () => {
    const response = await analysis(server, 'influence');
    expect(response.status).toBe(200);
    const body = InfluenceResultSchema.parse(response.body);
    expect(body.actorCount).toBe(12);
    expect(body.tieCount).toBe(9);
    const actors = byId(body);
    // c1: ties t3, t5, t6, t7, t9 with strengths 3 + 2 + 2 + 1 + 3.
    expect(actors.get('c1')).toMatchObject({ degree: 5, weightedDegree: 11, reach: 7, name: 'Women A' });
    // n = 12, so (n-1)(n-2) = 110. c1 is on every path between its 4 leaves (6 pairs) and from a
    // leaf to c2, p1 or p2 (12 pairs): 18 pairs, counted both ways = 36/110.
    expect(actors.get('c1').betweenness).toBeCloseTo(36 / 110, 12);
    // c2 joins {c1, c3, d1, d2, m1} to {p1, p2}: 10 pairs = 20/110. p1 brokers nothing (p2 is reached via c2).
    expect(actors.get('c2').betweenness).toBeCloseTo(20 / 110, 12);
    expect(actors.get('p1').betweenness).toBe(0);
    // c1 reaches 7 others, 5 at distance 1 and 2 at distance 2: (7/9) * (7/11).
    expect(actors.get('c1').closeness).toBeCloseTo(49 / 99, 12);
    // The isolated actors: nothing at all, each its own community.
    for (const id of ['c4', 'u3']) {
      expect(actors.get(id)).toMatchObject({ degree: 0, reach: 0, betweenness: 0, closeness: 0 });
      // Power iteration on A + I shrinks an isolated actor's share toward 0 (NetworkX gives the same tiny value).
      expect(actors.get(id).eigenvector).toBeLessThan(1e-12);
    }
    expect(actors.get('c4').community).not.toBe(actors.get('u3').community);
    expect(actors.get('u1').community).toBe(actors.get('u2').community);
    // Brokers first.
    expect(body.actors.slice(0, 2).map((actor) => actor.id)).toEqual(['c1', 'c2']);
  });

  it('counts direction when asked: funding flows into c1, the undirected ties both ways', async () => {
    const actors = byId((await analysis(server, 'influence', { directed: 'true' })).body);
    expect(actors.get('c1')).toMatchObject({ inDegree: 5, outDegree: 3, degree: 5 });
    expect(actors.get('d1')).toMatchObject({ inDegree: 0, outDegree: 1 });
    expect(actors.get('p1')).toMatchObject({ inDegree: 2, outDegree: 1 });
  });

  it('keeps only the requested tie types and the ties valid on the date', async () => {
    const funds = (await analysis(server, 'influence', { tieTypes: 'funds' })).body;
    expect(funds.tieCount).toBe(2);
    expect(byId(funds).get('c1').degree).toBe(2);
    // t8 (u1-u2) is valid from 2026-01-01 only.
    const before = (await analysis(server, 'influence', { date: '2025-12-31' })).body;
    expect(before.tieCount).toBe(8);
    expect(byId(before).get('u1').degree).toBe(0);
    expect(byId((await analysis(server, 'influence', { date: '2026-03-01' })).body).get('u1').degree).toBe(1);
  });

  it('repeats the same communities on every call', async () => {
    const first = (await analysis(server, 'influence')).body;
    const second = (await analysis(server, 'influence')).body;
    expect(second.communities).toEqual(first.communities);
    expect(second.modularity).toBe(first.modularity);
  });

  it('refuses bad parameters with 400 naming the field', async () => {
    for (const [query, field] of [
      [{ directed: 'maybe' }, 'query.directed'],
      [{ tieTypes: 'friends_with' }, 'query.tieTypes'],
      [{ date: '2026-02-30' }, 'query.date'],
      [{ colour: 'red' }, 'query.colour'],
    ] as const) {
      const response = await analysis(server, 'influence', query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(
        failingFields(response.body).some((path) => path.startsWith(field)),
        JSON.stringify(response.body),
      ).toBe(true);
    }
  });
});

describe('influence on the demo scenario agrees with NetworkX', () => {
  beforeAll(async () => {
    await server.reset();
    await seedDemo(server);
  }, 120_000);

  for (const directed of [false, true]) {
    it(`every metric within 1e-6 (directed=${directed})`, async () => {
      const body = InfluenceResultSchema.parse((await analysis(server, 'influence', { directed: String(directed) })).body);
      // The graph exported for NetworkX is the one the analysis computes on.
      const graph = await loadVisibleGraph(server.db, {}, SYSTEM_VIEWER);
      const reference = networkxCentralities(
        {
          nodes: graph.actors.map((actor) => actor.id),
          ties: graph.ties.map((tie) => ({ source: tie.sourceId, target: tie.targetId, directed: tie.directed, strength: tie.strength })),
        },
        directed,
      );
      const differences = maxDifferences(body.actors, reference);
      console.info(
        `NetworkX max abs diff, demo graph (${body.actorCount} actors, ${body.tieCount} ties), directed=${directed}:`,
        differences,
      );
      for (const metric of COMPARED_METRICS) expect(differences[metric], metric).toBeLessThan(1e-6);
    });
  }
});

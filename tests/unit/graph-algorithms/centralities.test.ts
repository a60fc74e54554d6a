/**
 * Centralities without a database: hand-worked values on a tiny graph, agreement with NetworkX
 * on a generated 1,000-actor map (both directednesses), and a 5,000-actor run in the worker
 * thread while the event loop keeps serving timers.
 */
import { describe, expect, it } from 'vitest';
import { toTieArrays } from '../../../server/graph-algorithms/graph-arrays.js';
import { runInfluenceJob } from '../../../server/analyses/influence-compute.js';
import { computeInfluenceArrays, type InfluenceArrays } from '../../../server/graph-algorithms/influence-arrays.js';
import { COMPARED_METRICS, maxDifferences, networkxCentralities, type RawGraph } from '../../support/analysis-networkx.js';
import { generateActorGraph } from '../../support/analysis-random-graph.js';

function compute(graph: RawGraph, directed: boolean): InfluenceArrays {
  const ties = graph.ties.map((tie) => ({ sourceId: tie.source, targetId: tie.target, directed: tie.directed, strength: tie.strength }));
  return computeInfluenceArrays({ ties: toTieArrays(graph.nodes, ties), ids: graph.nodes, directed });
}

function perActor(graph: RawGraph, arrays: InfluenceArrays) {
  return graph.nodes.map((id, v) => ({
    id,
    ...Object.fromEntries(COMPARED_METRICS.map((metric) => [metric, Number((arrays[metric] as ArrayLike<number>)[v])])),
  })) as Array<Record<(typeof COMPARED_METRICS)[number], number> & { id: string }>;
}

describe('centralities on a path a - b - c plus an isolated d', () => {
  const graph: RawGraph = {
    nodes: ['a', 'b', 'c', 'd'],
    ties: [
      { source: 'a', target: 'b', directed: true, strength: 3 },
      { source: 'b', target: 'c', directed: false, strength: 1 },
      { source: 'b', target: 'c', directed: false, strength: 2 },
    ],
  };

  it('counts parallel ties in degree but not in paths (undirected)', () => {
    const r = compute(graph, false);
    expect([...r.degree]).toEqual([1, 3, 2, 0]);
    expect([...r.weightedDegree]).toEqual([3, 6, 3, 0]);
    // b lies on the only shortest path a-c: 2 ordered pairs / ((n-1)(n-2)) = 2/6.
    expect(r.betweenness[1]).toBeCloseTo(1 / 3, 12);
    expect(r.betweenness[0]).toBe(0);
    // closeness of a: reaches 3 of 4, distances 1 + 2: (2/3) * (2/3).
    expect(r.closeness[0]).toBeCloseTo(4 / 9, 12);
    expect(r.closeness[3]).toBe(0);
    expect([...r.reach]).toEqual([2, 2, 2, 0]);
    expect(r.pageRank.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 12);
    expect(r.membership[0]).toBe(r.membership[2]);
    expect(r.membership[3]).not.toBe(r.membership[0]);
  });

  it('follows direction when asked: a -> b only, closeness counts who reaches the actor', () => {
    const r = compute(graph, true);
    expect([...r.outDegree]).toEqual([1, 2, 2, 0]);
    expect([...r.inDegree]).toEqual([0, 3, 2, 0]);
    // Nobody reaches a, so its (inward) closeness is 0; a reaches c through b.
    expect(r.closeness[0]).toBe(0);
    expect([...r.reach]).toEqual([2, 1, 1, 0]);
    // Paths through b: a->c only (c->a does not exist): 1/6.
    expect(r.betweenness[1]).toBeCloseTo(1 / 6, 12);
  });
});

describe('agreement with NetworkX on a generated 1,000-actor map', () => {
  const graph = generateActorGraph(1000, 4000, 1000);
  for (const directed of [false, true]) {
    it(`every metric within 1e-6 (directed=${directed})`, () => {
      const differences = maxDifferences(perActor(graph, compute(graph, directed)), networkxCentralities(graph, directed));
      console.info(`NetworkX max abs diff, 1,000 actors, directed=${directed}:`, differences);
      for (const metric of COMPARED_METRICS) expect(differences[metric], metric).toBeLessThan(1e-6);
    });
  }
});

describe('large maps run off the event loop', () => {
  it('keeps firing timers while a 5,000-actor, 20,000-tie influence job runs in the worker', async () => {
    const graph = generateActorGraph(5000, 20000, 5000);
    const ties = graph.ties.map((tie) => ({ sourceId: tie.source, targetId: tie.target, directed: tie.directed, strength: tie.strength }));
    let ticksDuringJob = 0;
    const timer = setInterval(() => (ticksDuringJob += 1), 5);
    const started = Date.now();
    const result = await runInfluenceJob({ ties: toTieArrays(graph.nodes, ties), ids: graph.nodes, directed: false }, { mode: 'worker' });
    const elapsed = Date.now() - started;
    clearInterval(timer);
    console.info(`5,000 actors / 20,000 ties in the worker: ${elapsed} ms, ${ticksDuringJob} timer ticks meanwhile`);
    expect(result.betweenness).toHaveLength(5000);
    expect(result.pageRank.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9);
    // Computed inline the same job would let no timer fire until it finished.
    expect(ticksDuringJob).toBeGreaterThan(10);
  }, 60_000);
});

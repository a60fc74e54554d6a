/**
 * Betweenness and closeness where their shortcuts matter: maps with many trees hanging off a core
 * (pruned and counted in closed form), components that are trees or pairs, more than one batch of
 * 32 sources, both directednesses; and betweenness summed over source ranges, as two threads would.
 */
import { describe, expect, it } from 'vitest';
import {
  betweennessCentrality,
  betweennessSums,
  closenessCentrality,
  computeCentralities,
  normaliseBetweenness,
} from '../../../server/graph-algorithms/centralities.js';
import { buildCsr, toTieArrays, type TieArrays } from '../../../server/graph-algorithms/graph-arrays.js';
import { mulberry32 } from '../../../server/random/mulberry32.js';
import { networkxCentralities, type RawGraph } from '../../support/analysis-networkx.js';

/**
 * A seeded map shaped like a real one: a core with cycles; trees hanging from it, some deep;
 * a component that is a tree, a pair, isolated actors; parallel ties; a third of ties one-way.
 */
function mapWithTrees(seed: number): RawGraph {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const nodes: string[] = [];
  const ties: RawGraph['ties'] = [];
  const add = () => nodes.push(`actor-${String(nodes.length).padStart(4, '0')}`) - 1;
  const tie = (s: number, t: number) =>
    ties.push({ source: nodes[s] as string, target: nodes[t] as string, directed: random() < 0.33, strength: 1 + pick(3) });
  const core = 90;
  for (let i = 0; i < core; i += 1) {
    add();
    if (i > 0) tie(i, pick(i));
    if (i > 2) tie(i, pick(i));
  }
  // Each tree vertex hangs from one earlier vertex: chains form when it picks a recent tree vertex.
  for (let i = 0; i < 110; i += 1) {
    const v = add();
    tie(v, random() < 0.5 ? pick(core) : v - 1 - pick(Math.min(3, v - core + 1)));
  }
  const treeRoot = add();
  for (let i = 0; i < 14; i += 1) tie(add(), treeRoot + pick(i + 1));
  tie(add(), add());
  for (let i = 0; i < 3; i += 1) add();
  for (let i = 0; i < 12; i += 1) {
    const { source, target } = ties[pick(ties.length)] as RawGraph['ties'][number];
    ties.push({ source: target, target: source, directed: false, strength: 1 });
  }
  return { nodes, ties };
}

function tieArrays(graph: RawGraph): TieArrays {
  return toTieArrays(
    graph.nodes,
    graph.ties.map((tie) => ({ sourceId: tie.source, targetId: tie.target, directed: tie.directed, strength: tie.strength })),
  );
}

function maxDifference(ours: ArrayLike<number>, nodes: readonly string[], reference: Record<string, number>): number {
  return nodes.reduce((worst, id, v) => {
    const difference = Math.abs((ours[v] as number) - (reference[id] ?? Number.NaN));
    return Math.max(worst, Number.isNaN(difference) ? Infinity : difference);
  }, 0);
}

describe('betweenness and closeness on maps with hanging trees', () => {
  for (const seed of [1, 2]) {
    const graph = mapWithTrees(seed);
    const ties = tieArrays(graph);

    it(`agree with NetworkX undirected, computed together or apart (map ${seed})`, () => {
      const reference = networkxCentralities(graph, false);
      const together = computeCentralities(ties, false);
      const csr = buildCsr(ties, false);
      expect(maxDifference(together.betweenness, graph.nodes, reference.betweenness)).toBeLessThan(1e-12);
      expect(maxDifference(together.closeness, graph.nodes, reference.closeness)).toBeLessThan(1e-12);
      expect(maxDifference(betweennessCentrality(csr, csr), graph.nodes, reference.betweenness)).toBeLessThan(1e-12);
      expect(maxDifference(closenessCentrality(csr), graph.nodes, reference.closeness)).toBeLessThan(1e-12);
    });

    it(`agree with NetworkX directed (map ${seed})`, () => {
      const reference = networkxCentralities(graph, true);
      const result = computeCentralities(ties, true);
      expect(maxDifference(result.betweenness, graph.nodes, reference.betweenness)).toBeLessThan(1e-12);
      expect(maxDifference(result.closeness, graph.nodes, reference.closeness)).toBeLessThan(1e-12);
    });
  }

  for (const directed of [false, true]) {
    it(`adds up to the whole when sources are split into ranges (directed=${directed})`, () => {
      const ties = tieArrays(mapWithTrees(3));
      const out = buildCsr(ties, directed);
      const inward = buildCsr(ties, directed, true);
      const { n } = out;
      const parts = [
        [0, 37],
        [37, 150],
        [150, n],
      ].map(([from, to]) => betweennessSums(out, inward, { from: from as number, to: to as number }));
      for (const part of parts) expect(part.some((value) => value > 0)).toBe(true);
      const summed = new Float64Array(n);
      for (const part of parts) part.forEach((value, v) => (summed[v] = (summed[v] as number) + value));
      const whole = betweennessCentrality(out, inward);
      normaliseBetweenness(summed);
      for (let v = 0; v < n; v += 1) expect(summed[v]).toBeCloseTo(whole[v] as number, 12);
    });
  }
});

describe('trees without a core', () => {
  const star = ['hub', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6'];
  const path = ['a', 'b', 'c', 'd', 'e'];
  const undirected = (ids: string[], pairs: Array<[string, string]>) => {
    const ties = toTieArrays(
      ids,
      pairs.map(([sourceId, targetId]) => ({ sourceId, targetId, directed: false, strength: 1 })),
    );
    return buildCsr(ties, false);
  };

  it('a star: the hub is on every path between leaves; a leaf is 1 from the hub and 2 from the others', () => {
    const csr = undirected(
      star,
      star.slice(1).map((leaf) => ['hub', leaf]),
    );
    expect(Array.from(betweennessCentrality(csr, csr))).toEqual([1, 0, 0, 0, 0, 0, 0]);
    const closeness = closenessCentrality(csr);
    expect(closeness[0]).toBeCloseTo(1, 14);
    expect(closeness[3]).toBeCloseTo(6 / 11, 14);
  });

  it('a path of five: c joins {a, b} to {d, e}, b joins a to the rest', () => {
    const csr = undirected(path, [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
    ]);
    const betweenness = betweennessCentrality(csr, csr);
    // Ordered pairs over (n-1)(n-2) = 12: c has 2 * 4, b has 2 * 3.
    expect(betweenness[2]).toBeCloseTo(8 / 12, 14);
    expect(betweenness[1]).toBeCloseTo(6 / 12, 14);
    expect(betweenness[0]).toBe(0);
    // c: distances 1, 1, 2, 2; a: 1, 2, 3, 4.
    const closeness = closenessCentrality(csr);
    expect(closeness[2]).toBeCloseTo(4 / 6, 14);
    expect(closeness[0]).toBeCloseTo(4 / 10, 14);
  });
});

/**
 * PageRank's two solvers: on an undirected graph the conjugate gradients must land where the power
 * iteration (NetworkX's own method) lands, isolated vertices and separate components included; a
 * directed graph keeps the power iteration. The NetworkX comparison itself is in centralities.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildCsr, reverseCsr, toTieArrays } from '../../../server/graph-algorithms/graph-arrays.js';
import { pageRank, powerPageRank } from '../../../server/graph-algorithms/pagerank.js';
import { generateActorGraph } from '../../support/analysis-random-graph.js';

function csrOf(nodes: string[], edges: Array<[string, string]>, respectDirection: boolean) {
  const ties = edges.map(([sourceId, targetId]) => ({ sourceId, targetId, directed: true, strength: 1 }));
  return buildCsr(toTieArrays(nodes, ties), respectDirection);
}

const maxDifference = (a: Float64Array, b: Float64Array) =>
  a.reduce((worst, value, i) => Math.max(worst, Math.abs(value - (b[i] as number))), 0);
const sum = (values: Float64Array) => values.reduce((total, value) => total + value, 0);

describe('PageRank', () => {
  it('two linked actors share the rank; an isolated one keeps what teleport and the spread give it', () => {
    const ranks = pageRank(csrOf(['a', 'b', 'c'], [['a', 'b']], false));
    // c: x = 0.15/3 + 0.85 x / 3 (its own rank spread evenly), so x = 0.15 / (3 - 0.85).
    expect(ranks[2]).toBeCloseTo(0.15 / 2.15, 12);
    expect(ranks[0]).toBeCloseTo((1 - 0.15 / 2.15) / 2, 12);
    expect(ranks[1]).toBeCloseTo(ranks[0] as number, 14);
  });

  it('on an undirected map with hubs, clusters and isolated actors, solves to the power iteration fixed point', () => {
    const graph = generateActorGraph(3000, 9000, 77);
    const ties = graph.ties.map((tie) => ({ sourceId: tie.source, targetId: tie.target, directed: tie.directed, strength: tie.strength }));
    // Two components besides the isolated actors: the first 40 actors tied only among themselves.
    const separate = ties.filter((tie) => tie.sourceId < 'actor-00040' === tie.targetId < 'actor-00040');
    const csr = buildCsr(toTieArrays(graph.nodes, separate), false);
    const solved = pageRank(csr);
    const iterated = powerPageRank(csr, reverseCsr(csr));
    expect(sum(solved)).toBeCloseTo(1, 12);
    // Each is within NetworkX's stopping sum (n * 1e-13 = 3e-10) of the fixed point, so of each other.
    expect(maxDifference(solved, iterated)).toBeLessThan(6e-10);
  });

  it('a map built undirected is known symmetric, and ranked as one found symmetric by its reverse', () => {
    const graph = generateActorGraph(500, 1500, 5);
    const ties = graph.ties.map((tie) => ({ sourceId: tie.source, targetId: tie.target, directed: true, strength: 1 }));
    const built = buildCsr(toTieArrays(graph.nodes, ties), false);
    expect(built.symmetric).toBe(true);
    expect(buildCsr(toTieArrays(graph.nodes, ties), true).symmetric).toBe(false);
    const unmarked = { n: built.n, offsets: built.offsets, neighbours: built.neighbours };
    expect([...pageRank(built)]).toEqual([...pageRank(unmarked)]);
  });

  it('a directed graph is ranked by the power iteration', () => {
    const csr = csrOf(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['d', 'a'],
      ],
      true,
    );
    expect([...pageRank(csr)]).toEqual([...powerPageRank(csr, reverseCsr(csr))]);
    // d has no in-arcs: it holds only the teleport share and a part of nothing dangling.
    expect(pageRank(csr)[3]).toBeCloseTo(0.15 / 4, 12);
  });
});

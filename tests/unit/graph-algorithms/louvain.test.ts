/**
 * Louvain communities without a database: planted communities found, the modularity reported
 * checked by NetworkX, quality against NetworkX's and igraph's own Louvain on generated maps,
 * repeatability, disconnected parts, parallel ties, no ties, and the numbering of communities.
 */
import { describe, expect, it } from 'vitest';
import { mapTieArrays } from '../../../bench/analytics.js';
import { generateActorMap } from '../../../bench/generate-map.js';
import { detectCommunities } from '../../../server/graph-algorithms/communities.js';
import { toTieArrays, type TieArrays } from '../../../server/graph-algorithms/graph-arrays.js';
import { referenceModularity } from '../../support/analysis-communities.js';
import { generateActorGraph } from '../../support/analysis-random-graph.js';

type Tie = readonly [string, string, number];

function tiesOf(ids: readonly string[], ties: readonly Tie[]): TieArrays {
  return toTieArrays(
    ids,
    ties.map(([sourceId, targetId, strength]) => ({ sourceId, targetId, directed: false, strength })),
  );
}

const rawTies = (ties: TieArrays) => Array.from(ties.source, (s, i) => [s, ties.target[i] as number, ties.strength[i] as number] as const);

/** Groups of node ids by community. */
function groups(ids: readonly string[], membership: Int32Array): string[][] {
  const byCommunity = new Map<number, string[]>();
  membership.forEach((c, v) => byCommunity.set(c, [...(byCommunity.get(c) ?? []), ids[v] as string]));
  return [...byCommunity.values()].map((group) => group.sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

/** `count` cliques of `size` nodes, clique k tied once to clique k+1 (and the last to the first). */
function ringOfCliques(count: number, size: number): { ids: string[]; ties: Tie[]; cliques: string[][] } {
  const cliques = Array.from({ length: count }, (_, k) => Array.from({ length: size }, (_, i) => `c${k}-${i}`));
  const ties: Tie[] = [];
  cliques.forEach((clique, k) => {
    for (let i = 0; i < size; i += 1) for (let j = i + 1; j < size; j += 1) ties.push([clique[i] as string, clique[j] as string, 1]);
    ties.push([clique[0] as string, (cliques[(k + 1) % count] as string[])[1] as string, 1]);
  });
  return { ids: cliques.flat(), ties, cliques };
}

describe('Louvain communities', () => {
  it('finds each clique of a ring of cliques, with the modularity worked out by hand', () => {
    const { ids, ties, cliques } = ringOfCliques(6, 5);
    const result = detectCommunities(tiesOf(ids, ties), ids);
    expect(groups(ids, result.membership)).toEqual(cliques.map((clique) => [...clique].sort()));
    // 66 ties; each clique holds 10 and has summed degree 2 * 10 + 2 = 22.
    expect(result.modularity).toBeCloseTo(6 * (10 / 66 - (22 / 132) ** 2), 12);
  });

  const generated = [
    { name: 'a 200-actor random map', ...randomMap(200, 400, 2) },
    { name: 'a 1,000-actor random map with parallel ties and isolated actors', ...randomMap(1000, 4000, 1000) },
    { name: 'the 1,000-actor benchmark map', ...mapTieArrays(generateActorMap({ actors: 1000, seed: 20250807 })) },
  ];
  for (const { name, ids, ties } of generated) {
    it(`reports NetworkX's modularity of its partition, and does at least as well as their Louvain usually does, on ${name}`, () => {
      const result = detectCommunities(ties, ids);
      const seeds = [1, 2, 3, 4, 5];
      const reference = referenceModularity(ids.length, rawTies(ties), result.membership, seeds);
      console.info(
        `${name}: modularity ours ${result.modularity.toFixed(4)}, NetworkX`,
        reference.networkxLouvain.map((q) => q.toFixed(4)),
        'igraph',
        reference.igraphLouvain.map((q) => q.toFixed(4)),
      );
      expect(result.modularity).toBeCloseTo(reference.modularity, 12);
      expect(result.modularity).toBeGreaterThanOrEqual(median(reference.networkxLouvain));
      expect(result.modularity).toBeGreaterThanOrEqual(median(reference.igraphLouvain));
    });
  }

  it('beats every seeded igraph run on the benchmark map (the target of issue 7)', () => {
    const { ids, ties } = mapTieArrays(generateActorMap({ actors: 1000, seed: 20250807 }));
    const result = detectCommunities(ties, ids);
    const reference = referenceModularity(ids.length, rawTies(ties), result.membership, [11, 12, 13, 14, 15, 16]);
    expect(result.modularity).toBeGreaterThanOrEqual(Math.max(...reference.igraphLouvain));
  });

  it('gives the same communities on every run', () => {
    const { ids, ties } = randomMap(500, 1500, 7);
    const first = detectCommunities(ties, ids);
    const second = detectCommunities(ties, ids);
    expect(Array.from(second.membership)).toEqual(Array.from(first.membership));
    expect(second.modularity).toBe(first.modularity);
  });

  it('never puts actors of disconnected parts together; an isolated actor is alone', () => {
    const left = ringOfCliques(3, 4);
    const right = ringOfCliques(2, 6);
    const ids = [...left.ids, ...right.ids.map((id) => `r${id}`), 'alone'];
    const ties = [...left.ties, ...right.ties.map(([s, t, w]) => [`r${s}`, `r${t}`, w] as const)];
    const { membership } = detectCommunities(tiesOf(ids, ties), ids);
    for (const group of groups(ids, membership)) {
      const sides = new Set(group.map((id) => (id === 'alone' ? 'alone' : id.startsWith('r') ? 'right' : 'left')));
      expect(sides.size, group.join(' ')).toBe(1);
    }
    expect(groups(ids, membership)).toContainEqual(['alone']);
  });

  it('weighs parallel ties by their summed strength', () => {
    // x has single ties to a2 and a3. With one tie to b2 as well it belongs with clique a; three
    // parallel ties to b2 pull it to b2 (NetworkX's best modularities: 0.3166 and 0.2867).
    const cliques = ringOfCliques(2, 4);
    const ids = [...cliques.ids, 'x'];
    const [a, b] = cliques.cliques as [string[], string[]];
    const toA: Tie[] = [
      ['x', a[2] as string, 1],
      [a[3] as string, 'x', 1],
    ];
    const single = detectCommunities(tiesOf(ids, [...cliques.ties, ...toA, ['x', b[2] as string, 1]]), ids);
    const community = (result: { membership: Int32Array }, id: string) => result.membership[ids.indexOf(id)];
    expect(community(single, 'x')).toBe(community(single, a[0] as string));
    const parallel = tiesOf(ids, [...cliques.ties, ...toA, ['x', b[2] as string, 1], [b[2] as string, 'x', 1], ['x', b[2] as string, 1]]);
    const withParallel = detectCommunities(parallel, ids);
    expect(community(withParallel, 'x')).toBe(community(withParallel, b[2] as string));
    expect(community(withParallel, 'x')).not.toBe(community(withParallel, a[0] as string));
    const withSummed = detectCommunities(tiesOf(ids, [...cliques.ties, ...toA, ['x', b[2] as string, 3]]), ids);
    expect(Array.from(withParallel.membership)).toEqual(Array.from(withSummed.membership));
    expect(withParallel.modularity).toBeCloseTo(withSummed.modularity, 14);
    expect(withParallel.modularity).toBeCloseTo(
      referenceModularity(ids.length, rawTies(parallel), withParallel.membership, []).modularity,
      12,
    );
  });

  it('makes every actor its own community, with modularity 0, when there are no ties', () => {
    const ids = ['d', 'a', 'c', 'b'];
    const result = detectCommunities(tiesOf(ids, []), ids);
    // Numbered by smallest id, all communities having one actor.
    expect(Array.from(result.membership)).toEqual([3, 0, 2, 1]);
    expect(result.modularity).toBe(0);
    expect(detectCommunities(tiesOf([], []), [])).toEqual({ membership: new Int32Array(0), modularity: 0 });
  });

  it('numbers communities by decreasing size, then by their smallest id', () => {
    // Cliques of 3, 5, 4 and 4 actors; of the two of 4, the one holding "k" comes first.
    const cliques = [
      ['z1', 'z2', 'z3'],
      ['m1', 'm2', 'm3', 'm4', 'm5'],
      ['p1', 'p2', 'p3', 'p4'],
      ['k1', 'q2', 'q3', 'q4'],
    ];
    const ties: Tie[] = [];
    for (const clique of cliques)
      for (let i = 0; i < clique.length; i += 1)
        for (let j = i + 1; j < clique.length; j += 1) ties.push([clique[i] as string, clique[j] as string, 2]);
    const ids = cliques.flat();
    const { membership } = detectCommunities(tiesOf(ids, ties), ids);
    const communityOf = (id: string) => membership[ids.indexOf(id)];
    expect(cliques.map((clique) => communityOf(clique[0] as string))).toEqual([3, 0, 2, 1]);
  });
});

function randomMap(actors: number, ties: number, seed: number): { ids: string[]; ties: TieArrays } {
  const graph = generateActorGraph(actors, ties, seed);
  const arrays = toTieArrays(
    graph.nodes,
    graph.ties.map((tie) => ({ sourceId: tie.source, targetId: tie.target, directed: tie.directed, strength: tie.strength })),
  );
  return { ids: graph.nodes, ties: arrays };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

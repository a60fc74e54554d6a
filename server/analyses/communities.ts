/**
 * Louvain communities for the influence analysis, with a seeded random generator so that the
 * same map always gives the same communities (graphology's Louvain visits nodes in random order).
 * Computed on the undirected graph, parallel ties merged and weighted by their summed strength.
 */
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { DetailedLouvainOutput, LouvainOptions } from 'graphology-communities-louvain';
import type { TieArrays } from './graph-arrays.js';
import { mulberry32 } from '../random/mulberry32.js';

// A CommonJS package whose types declare an ES default export: under NodeNext a default import is
// typed as the module object, so it is required and given the declared type.
const louvain = createRequire(import.meta.url)('graphology-communities-louvain') as {
  detailed(graph: UndirectedGraph, options?: LouvainOptions): DetailedLouvainOutput;
};

/** Fixed seed: changing it may renumber or regroup communities. */
export const LOUVAIN_SEED = 0x5eed;

export interface Communities {
  /** Community of each node, numbered 0.. by decreasing size, then smallest node id. */
  membership: Int32Array;
  modularity: number;
}

/** Louvain partition of the nodes; `ids` name the nodes (used only to order communities). */
export function detectCommunities(ties: TieArrays, ids: readonly string[]): Communities {
  const graph = new UndirectedGraph<Record<string, unknown>, { weight: number }>({ allowSelfLoops: false });
  for (let v = 0; v < ties.n; v += 1) graph.addNode(String(v));
  for (let i = 0; i < ties.source.length; i += 1) {
    const s = String(ties.source[i]);
    const t = String(ties.target[i]);
    if (s === t) continue;
    const weight = ties.strength[i] as number;
    graph.updateEdge(s, t, (attributes) => ({ weight: (attributes.weight ?? 0) + weight }));
  }
  const membership = new Int32Array(ties.n);
  if (graph.size === 0) {
    // Louvain needs at least one edge; every actor is then its own community.
    return { membership: renumber(Int32Array.from({ length: ties.n }, (_, v) => v), ids), modularity: 0 };
  }
  const details = louvain.detailed(graph, { rng: mulberry32(LOUVAIN_SEED), getEdgeWeight: 'weight' });
  for (let v = 0; v < ties.n; v += 1) membership[v] = details.communities[String(v)] ?? 0;
  return { membership: renumber(membership, ids), modularity: details.modularity };
}

/** Renumbers communities by decreasing size, then by the smallest member id. */
function renumber(raw: Int32Array, ids: readonly string[]): Int32Array {
  const groups = new Map<number, { size: number; first: string }>();
  raw.forEach((community, v) => {
    const id = ids[v] ?? String(v);
    const group = groups.get(community);
    if (!group) groups.set(community, { size: 1, first: id });
    else {
      group.size += 1;
      if (id < group.first) group.first = id;
    }
  });
  const order = [...groups.entries()].sort((a, b) => b[1].size - a[1].size || (a[1].first < b[1].first ? -1 : 1));
  const number = new Map(order.map(([community], i) => [community, i] as const));
  return raw.map((community) => number.get(community) ?? 0);
}

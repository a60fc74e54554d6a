/**
 * Louvain communities for the influence analysis (louvain.ts), with a seeded random generator so
 * that the same map always gives the same communities. Computed on the undirected graph, parallel
 * ties merged and weighted by their summed strength.
 */
import { buildWeightedCsr, type TieArrays } from './graph-arrays.js';
import { louvain } from './louvain.js';
import { mulberry32 } from '../random/mulberry32.js';

/** Fixed seed: changing it may renumber or regroup communities. */
export const LOUVAIN_SEED = 0x5eed;

export interface Communities {
  /** Community of each node, numbered 0.. by decreasing size, then smallest node id. */
  membership: Int32Array;
  modularity: number;
}

/** Louvain partition of the nodes; `ids` name the nodes (used only to order communities). Without ties every actor is its own community. */
export function detectCommunities(ties: TieArrays, ids: readonly string[]): Communities {
  const { membership, modularity } = louvain(buildWeightedCsr(ties), mulberry32(LOUVAIN_SEED));
  return { membership: renumber(membership, ids), modularity };
}

/**
 * Renumbers communities by decreasing size, then by the smallest member id. Plain loops over typed
 * arrays: this runs once per analysis, so mostly before V8 has optimised it, where Maps and
 * callbacks per actor cost milliseconds.
 */
function renumber(raw: Int32Array, ids: readonly string[]): Int32Array {
  const n = raw.length;
  const idOf = (v: number) => ids[v] ?? String(v);
  const size = new Int32Array(n);
  // The member with the smallest id, per community (raw communities are numbered below n).
  const smallest = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v += 1) {
    const c = raw[v] as number;
    size[c] = (size[c] as number) + 1;
    if (smallest[c] === -1 || idOf(v) < idOf(smallest[c] as number)) smallest[c] = v;
  }
  const communities: number[] = [];
  for (let c = 0; c < n; c += 1) if (size[c] !== 0) communities.push(c);
  communities.sort(
    (a, b) => (size[b] as number) - (size[a] as number) || (idOf(smallest[a] as number) < idOf(smallest[b] as number) ? -1 : 1),
  );
  const number = new Int32Array(n);
  for (let i = 0; i < communities.length; i += 1) number[communities[i] as number] = i;
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v += 1) membership[v] = number[raw[v] as number] as number;
  return membership;
}

/**
 * Breadth-first search from up to 32 sources at once, one bit each (multi-source BFS, Then et al.
 * 2014). A map's diameter is small, so a few sweeps that OR bit sets along the arcs replace 32
 * separate searches, with no data-dependent branch per arc (the cost of a plain search is mostly
 * mispredicted "seen yet?" branches). Every level's newly reached bits are kept, so the
 * shortest-path DAG of each source can be walked afterwards (batch-brandes.ts).
 */
import type { Csr } from './graph-arrays.js';

/** Sources per batch: the bits of an Int32. */
export const BATCH = 32;

export interface BatchSearch {
  /** Arcs to pull along: row v lists the vertices from which the search steps to v. */
  pull: Csr;
  /** fresh[level * n + v]: bits of the batch's sources that first reach v at that level. */
  fresh: Int32Array;
  /** Vertices reached by some source at level l: levelVertices[levelStart[l] .. levelStart[l + 1]). */
  levelVertices: Int32Array;
  levelStart: Int32Array;
  /** Levels of the last batch (level 0 holds the sources). */
  levels: number;
  seen: Int32Array;
}

/** Buffers for searching along the arcs whose reverse is `pull` (the graph itself when undirected). */
export function createBatchSearch(pull: Csr): BatchSearch {
  const { n } = pull;
  return {
    pull,
    fresh: new Int32Array(8 * n),
    levelVertices: new Int32Array(8 * n),
    levelStart: new Int32Array(9),
    levels: 0,
    seen: new Int32Array(n),
  };
}

/** Searches from sources[first .. first + count) (count <= BATCH); bit i stands for sources[first + i]. */
export function searchBatch(search: BatchSearch, sources: Int32Array, first: number, count: number): void {
  const { n } = search.pull;
  const { seen } = search;
  const full = count === BATCH ? -1 : (1 << count) - 1;
  seen.fill(0);
  search.fresh.fill(0, 0, n);
  let listed = 0;
  for (let i = 0; i < count; i += 1) {
    const s = sources[first + i] as number;
    seen[s] = 1 << i;
    search.fresh[s] = 1 << i;
    search.levelVertices[listed++] = s;
  }
  search.levelStart[1] = listed;
  search.levels = sweepLevels(search, full, listed);
}

/** Pulls each level's fresh bits from the previous level until no vertex gets any; returns the levels. */
function sweepLevels(search: BatchSearch, full: number, sourcesListed: number): number {
  const { offsets, neighbours, n } = search.pull;
  const { seen } = search;
  let listed = sourcesListed;
  for (let levels = 1; ; levels += 1) {
    ensureLevels(search, levels + 1, listed + n);
    const { fresh, levelVertices } = search;
    const previous = (levels - 1) * n;
    const current = levels * n;
    for (let v = 0; v < n; v += 1) {
      const seenV = seen[v] as number;
      if (seenV === full) {
        fresh[current + v] = 0;
        continue;
      }
      let arriving = 0;
      const end = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < end; j += 1) arriving |= fresh[previous + (neighbours[j] as number)] as number;
      const reached = arriving & ~seenV;
      fresh[current + v] = reached;
      if (reached !== 0) {
        seen[v] = seenV | reached;
        levelVertices[listed++] = v;
      }
    }
    if (listed === search.levelStart[levels]) return levels;
    search.levelStart[levels + 1] = listed;
  }
}

/** Grows the per-level buffers (rarely: a map's searches are a handful of levels deep). */
function ensureLevels(search: BatchSearch, levels: number, listed: number): void {
  const { n } = search.pull;
  if (search.fresh.length < levels * n) search.fresh = grown(search.fresh, 2 * levels * n);
  if (search.levelVertices.length < listed) search.levelVertices = grown(search.levelVertices, 2 * listed);
  if (search.levelStart.length < levels + 1) search.levelStart = grown(search.levelStart, 2 * (levels + 1));
}

function grown(array: Int32Array, length: number): Int32Array {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}

/**
 * Every vertex of `graph` once, in breadth-first order from the best-connected vertex (then from
 * each vertex not yet reached). Batches of neighbouring sources reach each vertex at fewer
 * distinct levels than batches of arbitrary ones, so the walks over their DAGs touch fewer arcs.
 */
export function breadthFirstOrder(graph: Csr, among?: (v: number) => boolean): Int32Array {
  const { n, offsets, neighbours } = graph;
  const order = new Int32Array(n);
  const queued = new Uint8Array(n);
  let hub = 0;
  for (let v = 1; v < n; v += 1) {
    if ((offsets[v + 1] as number) - (offsets[v] as number) > (offsets[hub + 1] as number) - (offsets[hub] as number)) hub = v;
  }
  let tail = 0;
  for (let k = -1; k < n; k += 1) {
    const start = k < 0 ? hub : k;
    if (n === 0 || queued[start] === 1) continue;
    queued[start] = 1;
    let head = tail;
    order[tail++] = start;
    while (head < tail) {
      const v = order[head++] as number;
      for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j += 1) {
        const w = neighbours[j] as number;
        if (queued[w] === 0) {
          queued[w] = 1;
          order[tail++] = w;
        }
      }
    }
  }
  return among ? order.filter(among) : order;
}

/**
 * On a symmetric graph: totals[v] += sum over the batch's sources s of weight[s] * d(s, v), which
 * equals d(v, s). Each level's fresh bits are summed through per-byte tables of the batch's weights.
 */
export function addWeightedLevels(
  search: BatchSearch,
  sources: Int32Array,
  first: number,
  count: number,
  weight: Float64Array,
  totals: Float64Array,
): void {
  const byteSums = new Float64Array(4 * 256);
  for (let k = 0; k < 4; k += 1) {
    for (let b = 1; b < 256; b += 1) {
      const bit = 8 * k + 31 - Math.clz32(b & -b);
      const w = bit < count ? (weight[sources[first + bit] as number] as number) : 0;
      byteSums[256 * k + b] = (byteSums[256 * k + (b & (b - 1))] as number) + w;
    }
  }
  const { fresh, levelVertices, levelStart, levels } = search;
  const { n } = search.pull;
  for (let level = 1; level < levels; level += 1) {
    for (let k = levelStart[level] as number; k < (levelStart[level + 1] as number); k += 1) {
      const v = levelVertices[k] as number;
      const bits = fresh[level * n + v] as number;
      const reached =
        (byteSums[bits & 255] as number) +
        (byteSums[256 + ((bits >>> 8) & 255)] as number) +
        (byteSums[512 + ((bits >>> 16) & 255)] as number) +
        (byteSums[768 + (bits >>> 24)] as number);
      totals[v] = (totals[v] as number) + level * reached;
    }
  }
}

/** For each source s of the batch: totals[s] += the sum of its distances, reached[s] += the vertices it reaches. */
export function addDistancesFromSources(
  search: BatchSearch,
  sources: Int32Array,
  first: number,
  totals: Float64Array,
  reached: Float64Array,
): void {
  const { fresh, levelVertices, levelStart, levels } = search;
  const { n } = search.pull;
  for (let level = 1; level < levels; level += 1) {
    for (let k = levelStart[level] as number; k < (levelStart[level + 1] as number); k += 1) {
      for (let bits = fresh[level * n + (levelVertices[k] as number)] as number; bits !== 0; bits &= bits - 1) {
        const s = sources[first + 31 - Math.clz32(bits & -bits)] as number;
        totals[s] = (totals[s] as number) + level;
        reached[s] = (reached[s] as number) + 1;
      }
    }
  }
}

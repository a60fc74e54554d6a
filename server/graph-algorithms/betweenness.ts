/**
 * Brandes' betweenness, unweighted, summed over every source (so an undirected pair counts in
 * both directions) and scaled by 1/((n-1)(n-2)): NetworkX `normalized=True` for both kinds.
 *
 * Sources are searched 32 at a time (multi-source-bfs.ts, batch-brandes.ts). On an undirected
 * graph the trees hanging off the core are pruned first (hanging-trees.ts): their vertices' shares
 * are counted in closed form and the searches run on the core only.
 */
import { accumulateBatch, createBrandesBuffers } from './batch-brandes.js';
import { closenessCentrality } from './closeness.js';
import { sameCsr, type Csr } from './graph-arrays.js';
import { closenessFromTotals, distanceTotals, pruneHangingTrees, treePairsThrough } from './hanging-trees.js';
import { addWeightedLevels, BATCH, breadthFirstOrder, createBatchSearch, searchBatch } from './multi-source-bfs.js';

/** Sources `from` (included) to `to` (excluded), as actor indices. */
export interface SourceRange {
  from: number;
  to: number;
}

/**
 * Normalised betweenness. `inward` is the reverse of `out` (the same CSR when undirected); on a
 * symmetric graph, `closeness` (if given) is filled from the same searches.
 */
export function betweennessCentrality(out: Csr, inward: Csr, closeness?: Float64Array): Float64Array {
  return normaliseBetweenness(betweennessSums(out, inward, { from: 0, to: out.n }, closeness));
}

/**
 * Unnormalised betweenness over the sources in `range` only, so that the sources can be split
 * between threads: the sums of disjoint ranges covering 0..n add up to the whole, which
 * `normaliseBetweenness` then scales. `closeness` is filled only for a range covering every source.
 */
export function betweennessSums(out: Csr, inward: Csr, range: SourceRange, closeness?: Float64Array): Float64Array {
  const whole = range.from <= 0 && range.to >= out.n;
  const inRange = (v: number) => v >= range.from && v < range.to;
  if (!sameCsr(out, inward)) {
    // Directed, `closeness` gets distances *from* each node, as it always has: a search along out-arcs of its own.
    if (whole && closeness) closeness.set(closenessCentrality(out));
    return dependencySums(out, inward, new Float64Array(out.n).fill(1), breadthFirstOrder(out, inRange));
  }
  const trees = pruneHangingTrees(out);
  const result = new Float64Array(out.n);
  for (let v = Math.max(0, range.from); v < Math.min(out.n, range.to); v += 1) result[v] = treePairsThrough(trees, v);
  const { core, coreVertex, coreWeight } = trees;
  const coreTotals = whole && closeness ? new Float64Array(core.n) : undefined;
  const sources = breadthFirstOrder(core, (i) => inRange(coreVertex[i] as number));
  const coreSums = dependencySums(core, core, coreWeight, sources, coreTotals);
  for (let i = 0; i < core.n; i += 1) {
    const v = coreVertex[i] as number;
    result[v] = (result[v] as number) + (coreSums[i] as number);
  }
  if (coreTotals && closeness) closenessFromTotals(trees, distanceTotals(trees, coreTotals), closeness);
  return result;
}

/** Scales sums in place by 1/((n-1)(n-2)) (0 for n <= 2) and returns them. */
export function normaliseBetweenness(sums: Float64Array): Float64Array {
  const n = sums.length;
  if (n <= 2) return sums.fill(0);
  const scale = 1 / ((n - 1) * (n - 2));
  for (let v = 0; v < n; v += 1) sums[v] = (sums[v] as number) * scale;
  return sums;
}

/**
 * Weighted Brandes from `sources`, in batches. `totals` (symmetric graphs only) receives, for each
 * vertex a, the sum of weight[b] * d(a, b) over the sources b.
 */
function dependencySums(out: Csr, inward: Csr, weight: Float64Array, sources: Int32Array, totals?: Float64Array): Float64Array {
  const sums = new Float64Array(out.n);
  const search = createBatchSearch(inward);
  const buffers = createBrandesBuffers(out.n);
  for (let first = 0; first < sources.length; first += BATCH) {
    const count = Math.min(BATCH, sources.length - first);
    searchBatch(search, sources, first, count);
    if (totals) addWeightedLevels(search, sources, first, count, weight, totals);
    accumulateBatch(search, out, buffers, sources, first, count, weight, sums);
  }
  return sums;
}

/**
 * Brandes' dependency accumulation for a batch of up to 32 sources, walking the shortest-path DAGs
 * that a multi-source search (multi-source-bfs.ts) left in its per-level bit sets: arc u -> w is
 * in source b's DAG exactly when bit b is fresh at u on level L - 1 and at w on level L. Each arc
 * is looked at once per level, not once per source, and the per-source work follows set bits only.
 *
 * Vertices are weighted: source s counts weight[s] times and target t weight[t] times, so that a
 * core vertex can stand for the tree hanging from it (hanging-trees.ts); plain Brandes has weight 1.
 */
import { BATCH, type BatchSearch } from './multi-source-bfs.js';
import type { Csr } from './graph-arrays.js';

export interface BrandesBuffers {
  /** Shortest-path counts, sigma[v * BATCH + b] for source bit b. */
  sigma: Float64Array;
  /** Sum over v's DAG successors w of `share`, per source bit. */
  passed: Float64Array;
  /** (weight[v] + dependency of v) / sigma[v]: what v hands to each DAG predecessor per path. */
  share: Float64Array;
}

export function createBrandesBuffers(n: number): BrandesBuffers {
  return { sigma: new Float64Array(n * BATCH), passed: new Float64Array(n * BATCH), share: new Float64Array(n * BATCH) };
}

/**
 * Adds to `sums` every dependency of the batch just searched: sums[v] += weight[s] * delta_s(v).
 * `out` gives the arcs in search direction (successors); `search.pull` their reverse.
 */
export function accumulateBatch(
  search: BatchSearch,
  out: Csr,
  buffers: BrandesBuffers,
  sources: Int32Array,
  first: number,
  count: number,
  weight: Float64Array,
  sums: Float64Array,
): void {
  // Hot loops sit in functions of their own that end with the loop: V8 optimises a long loop while
  // it runs, and code after it that never ran unoptimised would throw the optimised code away.
  const sourceWeight = new Float64Array(BATCH);
  for (let i = 0; i < count; i += 1) {
    const s = sources[first + i] as number;
    buffers.sigma[s * BATCH + i] = 1;
    sourceWeight[i] = weight[s] as number;
  }
  countPaths(search, buffers.sigma);
  addDependencies(search, out, buffers, weight, sourceWeight, sums);
  for (let i = 0; i < count; i += 1) buffers.sigma[(sources[first + i] as number) * BATCH + i] = 0;
}

/**
 * Deepest level first, each vertex w collects `share` from its DAG successors, then is finished:
 * its dependency goes into sums[w], and its counters are cleared for the next batch.
 */
function addDependencies(
  search: BatchSearch,
  out: Csr,
  buffers: BrandesBuffers,
  weight: Float64Array,
  sourceWeight: Float64Array,
  sums: Float64Array,
): void {
  const { sigma, passed, share } = buffers;
  const { fresh, levelVertices, levelStart, levels } = search;
  const { n, offsets, neighbours } = out;
  for (let level = levels - 1; level >= 1; level -= 1) {
    const current = level * n;
    const below = (level + 1) * n;
    for (let k = levelStart[level] as number; k < (levelStart[level + 1] as number); k += 1) {
      const w = levelVertices[k] as number;
      const bits = fresh[current + w] as number;
      const row = w * BATCH;
      const end = offsets[w + 1] as number;
      for (let j = offsets[w] as number; j < end; j += 1) {
        const x = neighbours[j] as number;
        let onDag = (fresh[below + x] as number) & bits;
        const xRow = x * BATCH;
        while (onDag !== 0) {
          const b = 31 - Math.clz32(onDag & -onDag);
          passed[row + b] = (passed[row + b] as number) + (share[xRow + b] as number);
          onDag &= onDag - 1;
        }
      }
      const weightW = weight[w] as number;
      let total = 0;
      for (let left = bits; left !== 0; left &= left - 1) {
        const b = 31 - Math.clz32(left & -left);
        const paths = sigma[row + b] as number;
        const fromBelow = passed[row + b] as number;
        share[row + b] = weightW / paths + fromBelow;
        total += (sourceWeight[b] as number) * paths * fromBelow;
        sigma[row + b] = 0;
        passed[row + b] = 0;
      }
      sums[w] = (sums[w] as number) + total;
    }
  }
}
/** Shortest-path counts level by level: sigma_b(w) is the sum of sigma_b(u) over DAG predecessors u. */
function countPaths(search: BatchSearch, sigma: Float64Array): void {
  const { fresh, levelVertices, levelStart, levels } = search;
  const { n, offsets, neighbours } = search.pull;
  for (let level = 1; level < levels; level += 1) {
    const above = (level - 1) * n;
    const current = level * n;
    for (let k = levelStart[level] as number; k < (levelStart[level + 1] as number); k += 1) {
      const w = levelVertices[k] as number;
      const bits = fresh[current + w] as number;
      const row = w * BATCH;
      const end = offsets[w + 1] as number;
      for (let j = offsets[w] as number; j < end; j += 1) {
        const u = neighbours[j] as number;
        let onDag = (fresh[above + u] as number) & bits;
        const uRow = u * BATCH;
        while (onDag !== 0) {
          const b = 31 - Math.clz32(onDag & -onDag);
          sigma[row + b] = (sigma[row + b] as number) + (sigma[uRow + b] as number);
          onDag &= onDag - 1;
        }
      }
    }
  }
}

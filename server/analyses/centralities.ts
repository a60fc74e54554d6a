/**
 * Centralities of the influence analysis, written on typed arrays so that a 5,000-actor map takes
 * seconds and memory linear in its size. Each follows NetworkX 2.8's definition exactly (same
 * normalisation, same directedness convention, same power iteration and stopping rule), so the
 * comparison test can demand agreement to 1e-6; see the `.describe()` texts in the contracts.
 */
import { bfsDistances, buildCsr, type Csr, type TieArrays } from './graph-arrays.js';

export interface Centralities {
  inDegree: Int32Array;
  outDegree: Int32Array;
  degree: Int32Array;
  weightedDegree: Float64Array;
  betweenness: Float64Array;
  closeness: Float64Array;
  eigenvector: Float64Array;
  eigenvectorConverged: boolean;
  pageRank: Float64Array;
  reach: Int32Array;
}

/** Power-iteration settings shared with tests/support/networkx/centralities.py. */
export const POWER_ITERATION = { eigenvectorMaxIter: 5000, eigenvectorTol: 1e-12, pageRankMaxIter: 2000, pageRankTol: 1e-13, alpha: 0.85 };

/** Every centrality of one graph; `directed` says whether directed ties count one way only. */
export function computeCentralities(ties: TieArrays, directed: boolean): Centralities {
  const out = buildCsr(ties, directed);
  const inward = directed ? buildCsr(ties, true, true) : out;
  const undirected = directed ? buildCsr(ties, false) : out;
  const eigen = eigenvectorCentrality(undirected);
  // Undirected: Brandes' breadth-first searches already give every distance, so closeness comes free.
  const closeness = directed ? closenessCentrality(inward) : new Float64Array(ties.n);
  const betweenness = betweennessCentrality(out, inward, directed ? undefined : closeness);
  return {
    ...degrees(ties, directed),
    betweenness,
    closeness,
    eigenvector: eigen.values,
    eigenvectorConverged: eigen.converged,
    pageRank: pageRank(out),
    reach: reachWithin(out, 2),
  };
}

/** Tie counts and strength sums; parallel ties each count (NetworkX MultiDiGraph degrees). */
export function degrees(ties: TieArrays, directed: boolean) {
  const { n } = ties;
  const inDegree = new Int32Array(n);
  const outDegree = new Int32Array(n);
  const degree = new Int32Array(n);
  const weightedDegree = new Float64Array(n);
  for (let i = 0; i < ties.source.length; i += 1) {
    const s = ties.source[i] as number;
    const t = ties.target[i] as number;
    const w = ties.strength[i] as number;
    degree[s] = (degree[s] as number) + 1;
    degree[t] = (degree[t] as number) + 1;
    weightedDegree[s] = (weightedDegree[s] as number) + w;
    weightedDegree[t] = (weightedDegree[t] as number) + w;
    outDegree[s] = (outDegree[s] as number) + 1;
    inDegree[t] = (inDegree[t] as number) + 1;
    if (!directed || ties.directed[i] !== 1) {
      outDegree[t] = (outDegree[t] as number) + 1;
      inDegree[s] = (inDegree[s] as number) + 1;
    }
  }
  if (!directed) return { inDegree: degree.slice(), outDegree: degree.slice(), degree, weightedDegree };
  return { inDegree, outDegree, degree, weightedDegree };
}

/**
 * Brandes' betweenness, unweighted, accumulated over every source (so an undirected pair counts
 * in both directions) and scaled by 1/((n-1)(n-2)): NetworkX `normalized=True` for both kinds.
 * Predecessors are found through `inward` instead of stored lists, keeping memory O(n + m).
 * On a symmetric graph, `closeness` (if given) is filled from the same searches.
 */
export function betweennessCentrality(out: Csr, inward: Csr, closeness?: Float64Array): Float64Array {
  const { n } = out;
  const result = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n);
  const order = new Int32Array(n);
  for (let s = 0; s < n; s += 1) {
    dist.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++] as number;
      const next = (dist[v] as number) + 1;
      for (let j = out.offsets[v] as number; j < (out.offsets[v + 1] as number); j += 1) {
        const w = out.neighbours[j] as number;
        if (dist[w] === -1) {
          dist[w] = next;
          order[tail++] = w;
        }
        if (dist[w] === next) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    if (closeness) {
      let total = 0;
      for (let k = 1; k < tail; k += 1) total += dist[order[k] as number] as number;
      closeness[s] = total > 0 && n > 1 ? ((tail - 1) / total) * ((tail - 1) / (n - 1)) : 0;
    }
    for (let k = tail - 1; k > 0; k -= 1) {
      const w = order[k] as number;
      const previous = (dist[w] as number) - 1;
      const share = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (let j = inward.offsets[w] as number; j < (inward.offsets[w + 1] as number); j += 1) {
        const v = inward.neighbours[j] as number;
        if (dist[v] === previous) delta[v] = (delta[v] as number) + (sigma[v] as number) * share;
      }
      result[w] = (result[w] as number) + (delta[w] as number);
    }
  }
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v += 1) result[v] = (result[v] as number) * scale;
  } else {
    result.fill(0);
  }
  return result;
}

/**
 * NetworkX closeness with wf_improved: distances *to* each node (BFS over `inward`, which is the
 * plain adjacency when undirected), (r-1)/total times (r-1)/(n-1), r = nodes reached including itself.
 */
export function closenessCentrality(inward: Csr): Float64Array {
  const { n } = inward;
  const result = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let v = 0; v < n; v += 1) {
    let head = 0;
    let tail = 0;
    let total = 0;
    dist[v] = 0;
    queue[tail++] = v;
    while (head < tail) {
      const u = queue[head++] as number;
      const next = (dist[u] as number) + 1;
      for (let j = inward.offsets[u] as number; j < (inward.offsets[u + 1] as number); j += 1) {
        const w = inward.neighbours[j] as number;
        if (dist[w] === -1) {
          dist[w] = next;
          total += next;
          queue[tail++] = w;
        }
      }
    }
    for (let k = 0; k < tail; k += 1) dist[queue[k] as number] = -1;
    const reached = tail;
    result[v] = total > 0 && n > 1 ? ((reached - 1) / total) * ((reached - 1) / (n - 1)) : 0;
  }
  return result;
}

/** NetworkX eigenvector_centrality: x <- (A + I) x / ||.||, from x = 1/n, until sum |dx| < n * tol. */
export function eigenvectorCentrality(undirected: Csr): { values: Float64Array; converged: boolean } {
  const { n } = undirected;
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  for (let iteration = 0; iteration < POWER_ITERATION.eigenvectorMaxIter; iteration += 1) {
    const last = x;
    x = last.slice();
    for (let v = 0; v < n; v += 1) {
      const xv = last[v] as number;
      for (let j = undirected.offsets[v] as number; j < (undirected.offsets[v + 1] as number); j += 1) {
        const w = undirected.neighbours[j] as number;
        x[w] = (x[w] as number) + xv;
      }
    }
    let norm = 0;
    for (let v = 0; v < n; v += 1) norm += (x[v] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    let change = 0;
    for (let v = 0; v < n; v += 1) {
      x[v] = (x[v] as number) / norm;
      change += Math.abs((x[v] as number) - (last[v] as number));
    }
    if (change < n * POWER_ITERATION.eigenvectorTol) return { values: x, converged: true };
  }
  return { values: x, converged: n === 0 };
}

/** NetworkX pagerank (its SciPy form): uniform start and teleport, dangling mass spread evenly, until sum |dx| < n * tol. */
export function pageRank(out: Csr): Float64Array {
  const { n } = out;
  const alpha = POWER_ITERATION.alpha;
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  if (n === 0) return x;
  for (let iteration = 0; iteration < POWER_ITERATION.pageRankMaxIter; iteration += 1) {
    const last = x;
    x = new Float64Array(n);
    let dangling = 0;
    for (let v = 0; v < n; v += 1) {
      const degree = (out.offsets[v + 1] as number) - (out.offsets[v] as number);
      if (degree === 0) {
        dangling += last[v] as number;
        continue;
      }
      const share = (last[v] as number) / degree;
      for (let j = out.offsets[v] as number; j < (out.offsets[v + 1] as number); j += 1) {
        const w = out.neighbours[j] as number;
        x[w] = (x[w] as number) + share;
      }
    }
    let change = 0;
    for (let v = 0; v < n; v += 1) {
      x[v] = alpha * ((x[v] as number) + dangling / n) + (1 - alpha) / n;
      change += Math.abs((x[v] as number) - (last[v] as number));
    }
    if (change < n * POWER_ITERATION.pageRankTol) return x;
  }
  return x;
}

/** Number of other nodes within `steps` arcs of each node. */
export function reachWithin(out: Csr, steps: number): Int32Array {
  const { n } = out;
  const result = new Int32Array(n);
  const dist = new Int32Array(n);
  for (let v = 0; v < n; v += 1) {
    bfsDistances(out, v, steps, dist);
    let count = 0;
    for (let u = 0; u < n; u += 1) if ((dist[u] as number) > 0) count += 1;
    result[v] = count;
  }
  return result;
}

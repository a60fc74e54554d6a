/**
 * Centralities of the influence analysis, written on typed arrays so that a 5,000-actor map takes
 * under a second and memory linear in its size. Each follows NetworkX 2.8's definition exactly
 * (same normalisation, same directedness convention, same power iteration and stopping rule), so
 * the comparison test can demand agreement to 1e-6; see the `.describe()` texts in the contracts.
 * Betweenness, closeness and PageRank have modules of their own, re-exported here.
 */
import { betweennessCentrality } from './betweenness.js';
import { closenessCentrality } from './closeness.js';
import { bfsDistances, buildCsr, type Csr, type TieArrays } from './graph-arrays.js';
import { pageRank } from './pagerank.js';
import { POWER_ITERATION } from './power-iteration.js';

export { betweennessCentrality, betweennessSums, normaliseBetweenness, type SourceRange } from './betweenness.js';
export { closenessCentrality } from './closeness.js';
export { pageRank } from './pagerank.js';
export { POWER_ITERATION } from './power-iteration.js';

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
 * NetworkX eigenvector_centrality: x <- (A + I) x / ||.||, from x = 1/n, until sum |dx| < n * tol.
 * The graph is symmetric, so each vertex pulls from its own row into a local sum: one sequential
 * write per vertex instead of one scattered write per arc.
 */
export function eigenvectorCentrality(undirected: Csr): { values: Float64Array; converged: boolean } {
  const { n } = undirected;
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  let y = new Float64Array(n);
  for (let iteration = 0; iteration < POWER_ITERATION.eigenvectorMaxIter; iteration += 1) {
    const squares = multiplyByAPlusI(undirected, x, y);
    const change = scaleAndCompare(y, 1 / (Math.sqrt(squares) || 1), x);
    const swap = x;
    x = y;
    y = swap;
    if (change < n * POWER_ITERATION.eigenvectorTol) return { values: x, converged: true };
  }
  return { values: x, converged: n === 0 };
}

// The iterations' loops are small functions called once per iteration: V8 then optimises them as
// whole functions within a call or two, instead of swapping code in mid-loop (on-stack replacement),
// which a benchmark calling each centrality only a few times would mostly not see.

/** y = (A + I) x on a symmetric graph; returns the sum of squares of y. */
function multiplyByAPlusI(graph: Csr, x: Float64Array, y: Float64Array): number {
  const { n, offsets, neighbours } = graph;
  let squares = 0;
  for (let v = 0; v < n; v += 1) {
    let sum = x[v] as number;
    const end = offsets[v + 1] as number;
    for (let j = offsets[v] as number; j < end; j += 1) sum += x[neighbours[j] as number] as number;
    y[v] = sum;
    squares += sum * sum;
  }
  return squares;
}

/** y *= factor; returns the sum of |y - last|. */
function scaleAndCompare(y: Float64Array, factor: number, last: Float64Array): number {
  let change = 0;
  for (let v = 0; v < y.length; v += 1) {
    const value = (y[v] as number) * factor;
    change += Math.abs(value - (last[v] as number));
    y[v] = value;
  }
  return change;
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

/**
 * Compact graph form for the centralities: actors as indices 0..n-1, ties as typed arrays, and
 * compressed adjacency (CSR) built from them. Typed arrays keep a 5,000-actor map small, and they
 * can be transferred to a worker thread without copying.
 */

/** Ties as parallel typed arrays over actor indices; what the worker receives. */
export interface TieArrays {
  /** Number of actors (nodes), including isolated ones. */
  n: number;
  source: Int32Array;
  target: Int32Array;
  /** 1 if the tie is directed (points from source to target). */
  directed: Uint8Array;
  /** Tie strength 1-3. */
  strength: Float64Array;
}

/** Compressed adjacency: neighbours of node v are `neighbours[offsets[v] .. offsets[v+1])`, sorted, no duplicates. */
export interface Csr {
  n: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  /** True when built so that every arc has its reverse (undirected); absent or false: unknown, ask `isSymmetric`. */
  symmetric?: boolean;
}

/** Builds TieArrays from ids; ties whose ends are not in `ids` are dropped. */
export function toTieArrays(
  ids: readonly string[],
  ties: ReadonlyArray<{ sourceId: string; targetId: string; directed: boolean; strength: number }>,
): TieArrays {
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const kept = ties.filter((tie) => index.has(tie.sourceId) && index.has(tie.targetId) && tie.sourceId !== tie.targetId);
  const arrays: TieArrays = {
    n: ids.length,
    source: new Int32Array(kept.length),
    target: new Int32Array(kept.length),
    directed: new Uint8Array(kept.length),
    strength: new Float64Array(kept.length),
  };
  kept.forEach((tie, i) => {
    arrays.source[i] = index.get(tie.sourceId) ?? 0;
    arrays.target[i] = index.get(tie.targetId) ?? 0;
    arrays.directed[i] = tie.directed ? 1 : 0;
    arrays.strength[i] = tie.strength;
  });
  return arrays;
}

/**
 * The arcs of the simple graph: parallel ties merged, self-loops dropped. With `respectDirection`
 * a directed tie gives one arc source->target; otherwise (and for undirected ties) both arcs.
 * `reverse` swaps every arc, giving in-neighbours.
 */
export function buildCsr(ties: TieArrays, respectDirection: boolean, reverse = false): Csr {
  const { n } = ties;
  const from: number[] = [];
  const to: number[] = [];
  let symmetric = true;
  for (let i = 0; i < ties.source.length; i += 1) {
    const s = ties.source[i] as number;
    const t = ties.target[i] as number;
    if (s === t) continue;
    const oneWay = respectDirection && ties.directed[i] === 1;
    if (oneWay) symmetric = false;
    const [a, b] = reverse ? [t, s] : [s, t];
    from.push(a);
    to.push(b);
    if (!oneWay) {
      from.push(b);
      to.push(a);
    }
  }
  const counts = new Int32Array(n + 1);
  for (const u of from) counts[u + 1] = (counts[u + 1] as number) + 1;
  for (let v = 0; v < n; v += 1) counts[v + 1] = (counts[v + 1] as number) + (counts[v] as number);
  const fill = counts.slice(0, n);
  const raw = new Int32Array(from.length);
  for (let i = 0; i < from.length; i += 1) {
    const u = from[i] as number;
    raw[fill[u] as number] = to[i] as number;
    fill[u] = (fill[u] as number) + 1;
  }
  // Sort each row and drop duplicates (parallel ties).
  const offsets = new Int32Array(n + 1);
  const neighbours: number[] = [];
  for (let v = 0; v < n; v += 1) {
    const row = Array.from(raw.subarray(counts[v] as number, counts[v + 1] as number)).sort((a, b) => a - b);
    for (let j = 0; j < row.length; j += 1) if (j === 0 || row[j] !== row[j - 1]) neighbours.push(row[j] as number);
    offsets[v + 1] = neighbours.length;
  }
  return { n, offsets, neighbours: Int32Array.from(neighbours), symmetric };
}

/** Breadth-first distances from `start` along `csr` (-1: unreachable), stopping beyond `maxDepth`. */
export function bfsDistances(csr: Csr, start: number, maxDepth = Infinity, dist = new Int32Array(csr.n)): Int32Array {
  dist.fill(-1);
  const queue = new Int32Array(csr.n);
  let head = 0;
  let tail = 0;
  dist[start] = 0;
  queue[tail++] = start;
  while (head < tail) {
    const v = queue[head++] as number;
    const dv = dist[v] as number;
    if (dv >= maxDepth) continue;
    for (let j = csr.offsets[v] as number; j < (csr.offsets[v + 1] as number); j += 1) {
      const w = csr.neighbours[j] as number;
      if (dist[w] === -1) {
        dist[w] = dv + 1;
        queue[tail++] = w;
      }
    }
  }
  return dist;
}

/** Whether two CSRs hold the same arcs (rows are sorted, so equal arcs mean equal arrays). */
export function sameCsr(a: Csr, b: Csr): boolean {
  if (a === b) return true;
  if (a.n !== b.n || a.neighbours.length !== b.neighbours.length) return false;
  for (let v = 0; v <= a.n; v += 1) if (a.offsets[v] !== b.offsets[v]) return false;
  for (let j = 0; j < a.neighbours.length; j += 1) if (a.neighbours[j] !== b.neighbours[j]) return false;
  return true;
}

/** The reverse graph: every arc turned round. Filling rows by ascending source keeps them sorted. */
export function reverseCsr(csr: Csr): Csr {
  const { n, offsets, neighbours } = csr;
  const reversedOffsets = new Int32Array(n + 1);
  for (let j = 0; j < neighbours.length; j += 1) {
    const w = neighbours[j] as number;
    reversedOffsets[w + 1] = (reversedOffsets[w + 1] as number) + 1;
  }
  for (let v = 0; v < n; v += 1) reversedOffsets[v + 1] = (reversedOffsets[v + 1] as number) + (reversedOffsets[v] as number);
  const fill = reversedOffsets.slice(0, n);
  const reversed = new Int32Array(neighbours.length);
  for (let v = 0; v < n; v += 1) {
    for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j += 1) {
      const w = neighbours[j] as number;
      reversed[fill[w] as number] = v;
      fill[w] = (fill[w] as number) + 1;
    }
  }
  return { n, offsets: reversedOffsets, neighbours: reversed };
}

/** Whether every arc has its reverse: an undirected graph. */
export const isSymmetric = (csr: Csr): boolean => csr.symmetric === true || sameCsr(csr, reverseCsr(csr));

/** Undirected adjacency with arc weights: `weights[j]` belongs to `neighbours[j]`. */
export interface WeightedCsr extends Csr {
  weights: Float64Array;
}

/**
 * The undirected graph of the ties weighted by strength: both arcs of every tie, parallel ties
 * merged into one arc with their summed strength, self-loops dropped. Rows keep the order in
 * which their ties come (no sort needed: a row is merged through a per-row marker).
 */
export function buildWeightedCsr(ties: TieArrays): WeightedCsr {
  const { n, source, target, strength } = ties;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < source.length; i += 1) {
    const s = source[i] as number;
    const t = target[i] as number;
    if (s === t) continue;
    offsets[s + 1] = (offsets[s + 1] as number) + 1;
    offsets[t + 1] = (offsets[t + 1] as number) + 1;
  }
  for (let v = 0; v < n; v += 1) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const fill = offsets.slice(0, n);
  const rawNeighbours = new Int32Array(offsets[n] as number);
  const rawWeights = new Float64Array(offsets[n] as number);
  for (let i = 0; i < source.length; i += 1) {
    const s = source[i] as number;
    const t = target[i] as number;
    if (s === t) continue;
    const w = strength[i] as number;
    rawNeighbours[fill[s] as number] = t;
    rawWeights[fill[s] as number] = w;
    fill[s] = (fill[s] as number) + 1;
    rawNeighbours[fill[t] as number] = s;
    rawWeights[fill[t] as number] = w;
    fill[t] = (fill[t] as number) + 1;
  }
  // Merge parallel arcs: `slot[u]` is where u already sits in the row being built, valid while `owner[u]` is that row.
  const merged = new Int32Array(n + 1);
  const neighbours = new Int32Array(rawNeighbours.length);
  const weights = new Float64Array(rawNeighbours.length);
  const owner = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  let arcs = 0;
  for (let v = 0; v < n; v += 1) {
    for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j += 1) {
      const u = rawNeighbours[j] as number;
      if (owner[u] === v) {
        weights[slot[u] as number] = (weights[slot[u] as number] as number) + (rawWeights[j] as number);
      } else {
        owner[u] = v;
        slot[u] = arcs;
        neighbours[arcs] = u;
        weights[arcs++] = rawWeights[j] as number;
      }
    }
    merged[v + 1] = arcs;
  }
  return { n, offsets: merged, neighbours: neighbours.slice(0, arcs), weights: weights.slice(0, arcs) };
}

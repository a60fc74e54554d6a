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
  for (let i = 0; i < ties.source.length; i += 1) {
    const s = ties.source[i] as number;
    const t = ties.target[i] as number;
    if (s === t) continue;
    const oneWay = respectDirection && ties.directed[i] === 1;
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
  return { n, offsets, neighbours: Int32Array.from(neighbours) };
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

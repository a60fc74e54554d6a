/**
 * Degree-1 pruning for the shortest-path centralities of an undirected graph. Many actors of a map
 * are tied to one other actor only; removing such leaves again and again leaves a "core" with
 * trees hanging off its vertices. A tree hangs by one vertex and holds one path between any two
 * of its vertices, so betweenness and closeness inside trees follow exactly from subtree sizes,
 * and the breadth-first searches need to run only on the core, each core vertex standing for its
 * whole tree (Baglioni et al. 2012, "Fast exact computation of betweenness centrality in
 * social networks").
 */
import type { Csr } from './graph-arrays.js';

export interface HangingTrees {
  n: number;
  /** Pruned vertices, each before the vertex it hung from (leaves first). */
  pruned: Int32Array;
  /** The vertex each pruned vertex hung from; -1 in the core. */
  parent: Int32Array;
  /** Vertices of the tree hanging from v, v included: 1 for a core vertex with nothing hanging. */
  size: Float64Array;
  /** Sum of the squared sizes of the subtrees directly below v. */
  childSquares: Float64Array;
  /** Sum of the distances from v to every vertex below it. */
  depthSum: Float64Array;
  /** Vertices in v's connected component. */
  componentSize: Float64Array;
  /** Sum of `depthSum` over the core vertices of v's component: the part of a core vertex's distance total spent inside trees. */
  componentDepth: Float64Array;
  /** The core, renumbered 0..; `coreVertex[i]` is core vertex i's index in the whole graph. */
  core: Csr;
  coreVertex: Int32Array;
  /** Size of the tree hanging from each core vertex (by core index): how many vertices it stands for. */
  coreWeight: Float64Array;
}

/** Prunes the trees of a symmetric (undirected) CSR. */
export function pruneHangingTrees(graph: Csr): HangingTrees {
  const { n, offsets, neighbours } = graph;
  const degree = new Int32Array(n);
  const removed = new Uint8Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Float64Array(n).fill(1);
  const childSquares = new Float64Array(n);
  const depthSum = new Float64Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  for (let v = 0; v < n; v += 1) {
    degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
    if (degree[v] === 1) stack[top++] = v;
  }
  const pruned = new Int32Array(n);
  let prunedCount = 0;
  while (top > 0) {
    const x = stack[--top] as number;
    // Its last neighbour may have been pruned meanwhile: then x is the root of a tree-shaped component.
    if (degree[x] !== 1) continue;
    let p = -1;
    for (let j = offsets[x] as number; j < (offsets[x + 1] as number); j += 1) {
      if (removed[neighbours[j] as number] === 0) {
        p = neighbours[j] as number;
        break;
      }
    }
    removed[x] = 1;
    pruned[prunedCount++] = x;
    parent[x] = p;
    const below = size[x] as number;
    size[p] = (size[p] as number) + below;
    childSquares[p] = (childSquares[p] as number) + below * below;
    depthSum[p] = (depthSum[p] as number) + (depthSum[x] as number) + below;
    degree[p] = (degree[p] as number) - 1;
    if (degree[p] === 1) stack[top++] = p;
  }
  const { core, coreVertex } = coreGraph(graph, removed, n - prunedCount);
  const coreWeight = new Float64Array(core.n);
  for (let i = 0; i < core.n; i += 1) coreWeight[i] = size[coreVertex[i] as number] as number;
  return {
    n,
    pruned: pruned.slice(0, prunedCount),
    parent,
    size,
    childSquares,
    depthSum,
    ...components(graph, removed, depthSum),
    core,
    coreVertex,
    coreWeight,
  };
}

/** The subgraph of the vertices not removed, renumbered in their original order (rows stay sorted). */
function coreGraph(graph: Csr, removed: Uint8Array, coreCount: number): { core: Csr; coreVertex: Int32Array } {
  const { n, offsets, neighbours } = graph;
  const coreIndex = new Int32Array(n);
  const coreVertex = new Int32Array(coreCount);
  let next = 0;
  for (let v = 0; v < n; v += 1) {
    if (removed[v] === 1) continue;
    coreIndex[v] = next;
    coreVertex[next++] = v;
  }
  const coreOffsets = new Int32Array(coreCount + 1);
  const coreNeighbours = new Int32Array(neighbours.length);
  let arcs = 0;
  for (let i = 0; i < coreCount; i += 1) {
    const v = coreVertex[i] as number;
    for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j += 1) {
      const w = neighbours[j] as number;
      if (removed[w] === 0) coreNeighbours[arcs++] = coreIndex[w] as number;
    }
    coreOffsets[i + 1] = arcs;
  }
  return { core: { n: coreCount, offsets: coreOffsets, neighbours: coreNeighbours.slice(0, arcs) }, coreVertex };
}

/** Size and core depth sum of each vertex's connected component (breadth-first labelling). */
function components(graph: Csr, removed: Uint8Array, depthSum: Float64Array) {
  const { n, offsets, neighbours } = graph;
  const componentSize = new Float64Array(n);
  const componentDepth = new Float64Array(n);
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s += 1) {
    if (label[s] !== -1) continue;
    let head = 0;
    let tail = 0;
    let depth = 0;
    label[s] = s;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++] as number;
      if (removed[v] === 0) depth += depthSum[v] as number;
      for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j += 1) {
        const w = neighbours[j] as number;
        if (label[w] === -1) {
          label[w] = s;
          queue[tail++] = w;
        }
      }
    }
    for (let k = 0; k < tail; k += 1) {
      componentSize[queue[k] as number] = tail;
      componentDepth[queue[k] as number] = depth;
    }
  }
  return { componentSize, componentDepth };
}

/**
 * Ordered pairs (s, t) of v's component, neither of them v, whose one shortest path runs through
 * v inside its tree: the pairs split between two different branches around v (each subtree below v,
 * and the rest of the component), except pairs with both ends in the rest, which the core search counts.
 */
export function treePairsThrough(trees: HangingTrees, v: number): number {
  const others = (trees.componentSize[v] as number) - 1;
  const rest = (trees.componentSize[v] as number) - (trees.size[v] as number);
  return others * others - (trees.childSquares[v] as number) - rest * rest;
}

/**
 * Sum of the distances from every vertex to all others of its component, given for each core
 * vertex a the sum over core vertices b of size[b] * d(a, b). A core vertex adds the depths of
 * every tree of its component; a pruned vertex y hangs from its parent by a bridge, so moving from
 * the parent to y brings the size[y] vertices below one step closer and the others one step further.
 */
export function distanceTotals(trees: HangingTrees, coreWeightedTotals: Float64Array): Float64Array {
  const { pruned, parent, size, componentSize, componentDepth, coreVertex } = trees;
  const totals = new Float64Array(trees.n);
  for (let i = 0; i < coreVertex.length; i += 1) {
    const a = coreVertex[i] as number;
    totals[a] = (coreWeightedTotals[i] as number) + (componentDepth[a] as number);
  }
  for (let k = pruned.length - 1; k >= 0; k -= 1) {
    const y = pruned[k] as number;
    totals[y] = (totals[parent[y] as number] as number) + (componentSize[y] as number) - 2 * (size[y] as number);
  }
  return totals;
}

/** NetworkX closeness with wf_improved from distance totals: (N-1)/total times (N-1)/(n-1), N the component size. */
export function closenessFromTotals(
  trees: HangingTrees,
  totals: Float64Array,
  into: Float64Array = new Float64Array(trees.n),
): Float64Array {
  const { n, componentSize } = trees;
  for (let v = 0; v < n; v += 1) {
    const others = (componentSize[v] as number) - 1;
    const total = totals[v] as number;
    into[v] = total > 0 && n > 1 ? (others / total) * (others / (n - 1)) : 0;
  }
  return into;
}

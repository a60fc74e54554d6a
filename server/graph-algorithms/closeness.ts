/**
 * NetworkX closeness with wf_improved: distances *to* each node, (r-1)/total times (r-1)/(n-1),
 * r = nodes reached including itself.
 *
 * Nodes are searched 32 at a time (multi-source-bfs.ts). On an undirected graph the hanging trees
 * are pruned first (hanging-trees.ts) and only the core is searched.
 */
import { isSymmetric, reverseCsr, type Csr } from './graph-arrays.js';
import { closenessFromTotals, distanceTotals, pruneHangingTrees } from './hanging-trees.js';
import {
  addDistancesFromSources,
  addWeightedLevels,
  BATCH,
  breadthFirstOrder,
  createBatchSearch,
  searchBatch,
} from './multi-source-bfs.js';

/** Closeness of every node; `inward` gives in-neighbours (the plain adjacency when undirected). */
export function closenessCentrality(inward: Csr): Float64Array {
  if (!isSymmetric(inward)) return directedCloseness(inward);
  const trees = pruneHangingTrees(inward);
  const { core, coreWeight } = trees;
  // Distances are symmetric: what the core's sources add up at each vertex is that vertex's own total.
  const totals = new Float64Array(core.n);
  const sources = breadthFirstOrder(core);
  const search = createBatchSearch(core);
  for (let first = 0; first < sources.length; first += BATCH) {
    const count = Math.min(BATCH, sources.length - first);
    searchBatch(search, sources, first, count);
    addWeightedLevels(search, sources, first, count, coreWeight, totals);
  }
  return closenessFromTotals(trees, distanceTotals(trees, totals));
}

/** Every node searched along in-arcs (pulling along their reverse), its distances summed bit by bit. */
function directedCloseness(inward: Csr): Float64Array {
  const { n } = inward;
  const totals = new Float64Array(n);
  const reached = new Float64Array(n);
  const sources = breadthFirstOrder(inward);
  const search = createBatchSearch(reverseCsr(inward));
  for (let first = 0; first < n; first += BATCH) {
    searchBatch(search, sources, first, Math.min(BATCH, n - first));
    addDistancesFromSources(search, sources, first, totals, reached);
  }
  const result = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    const others = reached[v] as number;
    const total = totals[v] as number;
    result[v] = total > 0 && n > 1 ? (others / total) * (others / (n - 1)) : 0;
  }
  return result;
}

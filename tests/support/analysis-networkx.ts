/**
 * Runs tests/support/networkx/centralities.py with Debian's NetworkX (/usr/bin/python3, not the
 * python3 first on PATH) on a graph given as raw ties, and compares its values with ours.
 */
import { spawnSync } from 'node:child_process';
import { POWER_ITERATION } from '../../server/graph-algorithms/centralities.js';

export const PYTHON = '/usr/bin/python3';
const SCRIPT = new URL('./networkx/centralities.py', import.meta.url).pathname;

export const COMPARED_METRICS = [
  'inDegree',
  'outDegree',
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pageRank',
  'reach',
] as const;
export type ComparedMetric = (typeof COMPARED_METRICS)[number];

export interface RawGraph {
  nodes: string[];
  ties: Array<{ source: string; target: string; directed: boolean; strength: number }>;
}

/** NetworkX's value of every metric for every node. */
export function networkxCentralities(graph: RawGraph, directed: boolean): Record<ComparedMetric, Record<string, number>> {
  const input = JSON.stringify({
    ...graph,
    directed,
    eigenvector: { max_iter: POWER_ITERATION.eigenvectorMaxIter, tol: POWER_ITERATION.eigenvectorTol },
    pagerank: { alpha: POWER_ITERATION.alpha, max_iter: POWER_ITERATION.pageRankMaxIter, tol: POWER_ITERATION.pageRankTol },
  });
  const run = spawnSync(PYTHON, [SCRIPT], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`NetworkX script failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { metrics: Record<ComparedMetric, Record<string, number>> }).metrics;
}

/** Largest absolute difference per metric between ours (per actor id) and NetworkX's. */
export function maxDifferences(
  ours: ReadonlyArray<Record<ComparedMetric, number> & { id: string }>,
  reference: Record<ComparedMetric, Record<string, number>>,
): Record<ComparedMetric, number> {
  const result = {} as Record<ComparedMetric, number>;
  for (const metric of COMPARED_METRICS) {
    let worst = 0;
    for (const actor of ours) {
      const expected = reference[metric][actor.id];
      worst = Math.max(worst, expected === undefined ? Infinity : Math.abs(actor[metric] - expected));
    }
    result[metric] = worst;
  }
  return result;
}

/**
 * Runs tests/support/networkx/communities.py with Debian's NetworkX and igraph (/usr/bin/python3,
 * not the python3 first on PATH): the modularity of a given partition, and what their Louvain finds.
 */
import { spawnSync } from 'node:child_process';
import { PYTHON } from './analysis-networkx.js';

const SCRIPT = new URL('./networkx/communities.py', import.meta.url).pathname;

export interface ReferenceModularity {
  /** NetworkX's modularity of the given membership. */
  modularity: number;
  /** Modularity of NetworkX's and igraph's own Louvain partitions, one per seed. */
  networkxLouvain: number[];
  igraphLouvain: number[];
}

/** `ties` as [source, target, strength] over node indices; parallel ties are summed by the script. */
export function referenceModularity(
  nodes: number,
  ties: ReadonlyArray<readonly [number, number, number]>,
  membership: ArrayLike<number>,
  seeds: readonly number[],
): ReferenceModularity {
  const input = JSON.stringify({ nodes, ties, membership: Array.from(membership), seeds });
  const run = spawnSync(PYTHON, [SCRIPT], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`communities.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReferenceModularity;
}

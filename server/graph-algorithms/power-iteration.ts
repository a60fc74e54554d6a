/** Power-iteration settings (NetworkX's names) shared with tests/support/networkx/centralities.py and the benchmark's peers. */
export const POWER_ITERATION = { eigenvectorMaxIter: 5000, eigenvectorTol: 1e-12, pageRankMaxIter: 2000, pageRankTol: 1e-13, alpha: 0.85 };

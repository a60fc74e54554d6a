/**
 * Graph algorithms on tie arrays: pure functions of plain data, no database and no contracts, so
 * they run inline or in a worker thread alike. One algorithm a file; this index names them.
 */
export { buildCsr, toTieArrays, type TieArrays } from './graph-arrays.js';
export { computeCentralities, POWER_ITERATION, type Centralities } from './centralities.js';
export { detectCommunities, LOUVAIN_SEED, type Communities } from './communities.js';
export { computeInfluenceArrays, type InfluenceArrays, type InfluenceJob } from './influence-arrays.js';

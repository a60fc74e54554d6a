/**
 * Worker thread for the influence analysis: Brandes betweenness and the other centralities are
 * O(n m) and would stall the event loop for seconds on a large map, so they run here. Receives
 * tie arrays, posts back typed arrays (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { computeInfluenceArrays, type InfluenceJob } from './influence-compute.js';

parentPort?.on('message', (job: InfluenceJob) => {
  try {
    const result = computeInfluenceArrays(job);
    parentPort?.postMessage({ ok: true, result });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});

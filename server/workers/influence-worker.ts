/**
 * Worker thread for the influence analysis: Brandes betweenness and the other centralities are
 * O(n m) and would stall the event loop for seconds on a large map, so they run here. One worker
 * serves many jobs in turn (see worker-pool.ts): it receives tie arrays and answers each job with
 * one message, its typed arrays transferred rather than copied.
 */
import { parentPort } from 'node:worker_threads';
import { computeInfluenceArrays, type InfluenceArrays, type InfluenceJob } from '../graph-algorithms/influence-arrays.js';

parentPort?.on('message', (job: InfluenceJob) => {
  try {
    const result = computeInfluenceArrays(job);
    parentPort?.postMessage({ ok: true, result }, buffersOf(result));
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});

/** Each distinct buffer under the result's typed arrays once (a buffer listed twice cannot be transferred). */
function buffersOf(result: InfluenceArrays): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(result)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  }
  return [...buffers];
}

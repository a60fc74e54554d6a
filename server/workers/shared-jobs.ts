/**
 * Identical jobs share one computation: fifty people opening the influence panel on the same map
 * cost one run, not fifty. Jobs are keyed by their content, so a changed map is a new key and
 * nothing is ever stale; the last few results are kept, per process, and only save work (another
 * instance computes for itself).
 *
 * Each requester may bring an AbortSignal that fires when it has gone (its client disconnected).
 * The computation's own signal aborts only when every requester waiting for it has gone, so a job
 * shared by several people runs while any of them still waits; a requester without a signal never
 * leaves. A requester that has gone still gets the computation's outcome: its handler finishes
 * like any other whose client left, and nothing is answered to a closed connection early.
 */

export interface SharedJobs<Result> {
  /**
   * The result for `key`: joins the computation running or recently finished under that key, or
   * starts one with `start`. `start` receives a signal that aborts when nobody waits any more.
   */
  join(key: string, start: (signal: AbortSignal) => Promise<Result>, signal?: AbortSignal): Promise<Result>;
}

interface Computation<Result> {
  result: Promise<Result>;
  settled: boolean;
  /** Requesters still waiting for the result. */
  waiting: number;
  controller: AbortController;
}

/** Shared computations keeping the last `capacity` keys. */
export function createSharedJobs<Result>(capacity: number): SharedJobs<Result> {
  const computations = new Map<string, Computation<Result>>();

  const forget = (key: string, computation: Computation<Result>) => {
    if (computations.get(key) === computation) computations.delete(key);
  };

  function begin(key: string, start: (signal: AbortSignal) => Promise<Result>): Computation<Result> {
    const controller = new AbortController();
    let result: Promise<Result>;
    try {
      result = start(controller.signal);
    } catch (error) {
      result = Promise.reject(error);
    }
    const computation: Computation<Result> = { result, settled: false, waiting: 0, controller };
    result.then(
      () => (computation.settled = true),
      // A failure (busy, crashed, aborted) is not kept: the next request tries again.
      () => {
        computation.settled = true;
        forget(key, computation);
      },
    );
    computations.set(key, computation);
    if (computations.size > capacity) computations.delete(computations.keys().next().value as string);
    return computation;
  }

  return {
    join(key, start, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const computation = computations.get(key) ?? begin(key, start);
      if (computation.settled) return computation.result;
      computation.waiting += 1;
      if (signal) {
        const leave = () => {
          computation.waiting -= 1;
          if (computation.waiting === 0 && !computation.settled) {
            // Forgotten at once, so a request arriving now starts afresh rather than joining a dropped job.
            forget(key, computation);
            computation.controller.abort(signal.reason);
          }
        };
        signal.addEventListener('abort', leave, { once: true });
        const stopListening = () => signal.removeEventListener('abort', leave);
        computation.result.then(stopListening, stopListening);
      }
      return computation.result;
    },
  };
}

/**
 * The page's side of the layout Web Worker (layout-worker.ts). The worker's bundle carries its own
 * Cytoscape and fCoSE, so fetching and starting it takes a moment: `startLayoutWorker` is called
 * by the page's first script, and the worker is ready by the time the map's data arrives.
 * A request equal to the last one shares its computation: the first script asks for the first
 * map's layout as the data arrives, and the workbench's own request for it, a moment later, gets
 * the same answer. No imports beyond small pure modules: the first script must stay small.
 */
import { sameFcoseInput, type FcoseInput, type Positions } from './fcose-input.js';

let worker: Worker | null = null;
let unavailable = false;
let requestId = 0;
const pending = new Map<number, { resolve: (positions: Positions) => void; reject: (error: Error) => void }>();
let last: { input: FcoseInput; positions: Promise<Positions> } | null = null;

/** Start the worker (once); false when this browser cannot run it. */
export function startLayoutWorker(): boolean {
  if (worker) return true;
  if (unavailable) return false;
  try {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    unavailable = true;
    console.warn('Layout worker unavailable; laying out on the main thread.', error);
    return false;
  }
  worker.onmessage = (event: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.positions) waiting?.resolve(event.data.positions);
    else waiting?.reject(new Error(event.data.error ?? 'layout failed'));
  };
  return true;
}

/**
 * fCoSE positions computed in the worker; null when there is no worker (lay out here instead).
 * The positions are shared with whoever asked the same: read them, do not change them.
 */
export function layoutInWorker(input: FcoseInput): Promise<Positions> | null {
  if (last && sameFcoseInput(last.input, input)) return last.positions;
  if (!startLayoutWorker()) return null;
  const id = ++requestId;
  const positions = new Promise<Positions>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage({ id, input });
  });
  last = { input, positions };
  // A failed layout is not kept: the next request tries again.
  positions.catch(() => {
    if (last?.positions === positions) last = null;
  });
  return positions;
}

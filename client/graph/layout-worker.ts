/** Web Worker running the force-directed layout off the page's main thread (see layout-fcose.ts). */
import type { FcoseInput } from './fcose-input.js';
import { computeFcose } from './layout-fcose.js';

self.onmessage = (event: MessageEvent<{ id: number; input: FcoseInput }>) => {
  const { id, input } = event.data;
  try {
    self.postMessage({ id, positions: computeFcose(input) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

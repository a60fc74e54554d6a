/**
 * mulberry32: a tiny, well-mixed 32-bit PRNG returning floats in [0, 1). Everything that must come
 * out the same on every run (the demo scenario, Louvain's visiting order, generated test graphs)
 * draws from it, never from Math.random or the clock.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Small statistics and timing helpers shared by the benchmark sections: percentiles, medians of
 * repeated runs, and the pass/miss record every target prints.
 */
import { performance } from 'node:perf_hooks';

/** The q-th percentile (0-100) of `values`, nearest-rank; NaN when empty. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Milliseconds taken by `work`, and its result. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** One target of the issue: what was measured against what, and whether it was met. */
export interface TargetResult {
  section: string;
  target: string;
  measured: string;
  pass: boolean | null;
  note?: string;
}

export function target(section: string, text: string, measured: string, pass: boolean | null, note?: string): TargetResult {
  return { section, target: text, measured, pass, ...(note ? { note } : {}) };
}

/** "1.23x" */
export const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
/** "12.3 ms" */
export const ms = (value: number): string => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms` : 'n/a');

/** Runs `fn` `count` times, alternating nothing; returns each duration in ms. */
export async function repeat(count: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) out.push((await timed(fn)).ms);
  return out;
}

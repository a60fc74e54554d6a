/** An output's page: the output with its benchmarks and stances, and their writes. */
import {
  BenchmarkSchema,
  OutputDetailSchema,
  OutputStanceHolderSchema,
  type Benchmark,
  type BenchmarkPatch,
  type OutputDetail,
  type OutputStanceCreate,
  type OutputStanceHolder,
} from '../../server/contracts/index.js';
import { getJson, send } from '../api.js';

const path = (outputId: string) => `/api/outputs/${encodeURIComponent(outputId)}`;

export function fetchOutput(outputId: string, signal?: AbortSignal): Promise<OutputDetail> {
  return getJson(path(outputId), OutputDetailSchema, signal);
}

export function setStance(outputId: string, body: OutputStanceCreate): Promise<OutputStanceHolder> {
  return send('POST', `${path(outputId)}/stances`, body, OutputStanceHolderSchema);
}

/** Removes the actor's stance on the output itself, or on `targetId` when that is one of its activities. */
export function removeStance(outputId: string, actorId: string, targetId: string): Promise<void> {
  const query = targetId === outputId ? '' : `?targetId=${encodeURIComponent(targetId)}`;
  return send('DELETE', `${path(outputId)}/stances/${encodeURIComponent(actorId)}${query}`, undefined, null) as Promise<void>;
}

export function updateBenchmark(outputId: string, benchmarkId: string, patch: BenchmarkPatch): Promise<Benchmark> {
  return send('PATCH', `${path(outputId)}/benchmarks/${encodeURIComponent(benchmarkId)}`, patch, BenchmarkSchema);
}

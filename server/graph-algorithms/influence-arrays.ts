/**
 * The CPU-heavy part of the influence analysis as one pure function of plain data: centralities
 * and communities of one graph. It runs the same in a worker thread (server/workers/influence-worker.ts)
 * or inline; server/analyses/influence-compute.ts decides where.
 */
import { computeCentralities, type Centralities } from './centralities.js';
import { detectCommunities, type Communities } from './communities.js';
import type { TieArrays } from './graph-arrays.js';

export interface InfluenceJob {
  ties: TieArrays;
  ids: string[];
  directed: boolean;
}

export type InfluenceArrays = Centralities & Communities;

/** Centralities and communities of one graph. */
export function computeInfluenceArrays(job: InfluenceJob): InfluenceArrays {
  return { ...computeCentralities(job.ties, job.directed), ...detectCommunities(job.ties, job.ids) };
}

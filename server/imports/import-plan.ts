/**
 * What a validated file becomes before anything is written: the records to merge, by stable id.
 * Every reader (3W table, Kumu workbook, JSON snapshot) produces this; the writer only knows it.
 */
import type { ActorCreate, Dataset, ImportCounts, TieCreate } from '../contracts/index.js';

/** An activity standing for a 3W sector, under one of the handbook's outputs. */
export interface SectorActivity {
  id: string;
  title: string;
  outputId: string;
  outputTitle: string;
}

export interface ImportPlan {
  meta: Dataset['meta'];
  areas: Dataset['areas'];
  actors: (ActorCreate & { id: string })[];
  ties: (TieCreate & { id: string })[];
  /** Full outputs (snapshots only): merged with their activities, benchmarks and risks. */
  outputs: Dataset['outputs'];
  /** Sector activities (3W): merged under existing outputs without touching their text. */
  sectorActivities: SectorActivity[];
  outputRoles: Dataset['outputRoles'];
  outputStances: Dataset['outputStances'];
  mechanisms: Dataset['mechanisms'];
  engagements: Dataset['engagements'];
}

/** An empty plan with its provenance. */
export function emptyPlan(meta: Dataset['meta']): ImportPlan {
  return { meta, areas: [], actors: [], ties: [], outputs: [], sectorActivities: [], outputRoles: [], outputStances: [], mechanisms: [], engagements: [] };
}

/** The counts a report shows for a plan. */
export function countPlan(plan: ImportPlan): ImportCounts {
  const outputIds = new Set([...plan.outputs.map((output) => output.id), ...plan.sectorActivities.map((activity) => activity.outputId)]);
  return {
    actors: plan.actors.length,
    ties: plan.ties.length,
    areas: plan.areas.length,
    outputs: outputIds.size,
    activities: plan.sectorActivities.length + plan.outputs.reduce((sum, output) => sum + output.activities.length, 0),
    contributions: plan.outputStances.length,
  };
}

/** How many records the writer merges, for progress. */
export function planSize(plan: ImportPlan): number {
  return plan.areas.length + plan.actors.length + plan.ties.length + plan.outputs.length + plan.sectorActivities.length +
    plan.outputRoles.length + plan.outputStances.length + plan.mechanisms.length + plan.engagements.length;
}

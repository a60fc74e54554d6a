/**
 * What the one dataset writer (write-dataset.ts) takes: the records to merge, by id, with what it
 * needs to write a record already in the map (which fields its row states) and the import it
 * belongs to. The seed builds one from a validated dataset (`planFromDataset`); imports build one
 * from a file (server/imports/import-plan.ts: `ImportPlan` has this shape, so it is passed as is).
 */
import type { ActorCreate, Dataset, TieCreate } from '../contracts/index.js';

/** An activity standing for a 3W sector, under one of the handbook's outputs. */
export interface DatasetSectorActivity {
  id: string;
  title: string;
  outputId: string;
  outputTitle: string;
}

/** Which fields a row states (`all`: every field); the rest of a record already in the map stays. */
export interface StatedFields {
  given: readonly string[] | 'all';
}

export interface DatasetPlan {
  meta: Dataset['meta'];
  areas: Dataset['areas'];
  actors: readonly (ActorCreate & { id: string })[];
  ties: readonly (TieCreate & { id: string })[];
  outputs: Dataset['outputs'];
  sectorActivities: readonly DatasetSectorActivity[];
  outputRoles: Dataset['outputRoles'];
  outputStances: Dataset['outputStances'];
  mechanisms: Dataset['mechanisms'];
  engagements: Dataset['engagements'];
  /** Mapping rounds (snapshots and datasets), merged by id. */
  rounds: Dataset['rounds'];
  /**
   * Keyed `actor:<id>`, `tie:<id>`, `engagement:<id>`, `mechanism:<id>`: the fields each row
   * states. A record without an entry states every field.
   */
  origins: Readonly<Record<string, StatedFields>>;
  /**
   * Keys (as in `origins`) of records already in the map that the writer may update: written with
   * their stated fields only. Any other record is written whole (defaults included).
   */
  existing: readonly string[];
}

/** A validated dataset as the writer takes it: every row states every field, nothing known to exist. */
export function planFromDataset(dataset: Dataset): DatasetPlan {
  return { ...dataset, sectorActivities: [], origins: {}, existing: [] };
}

/** How many records the writer merges, for progress. */
export function datasetPlanSize(plan: DatasetPlan): number {
  return (
    plan.areas.length +
    plan.actors.length +
    plan.ties.length +
    plan.outputs.length +
    plan.sectorActivities.length +
    plan.outputRoles.length +
    plan.outputStances.length +
    plan.mechanisms.length +
    plan.engagements.length +
    plan.rounds.length
  );
}

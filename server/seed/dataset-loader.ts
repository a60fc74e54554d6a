/**
 * Loads a dataset (the handbook reference set, the fictional demo scenario, later our JSON
 * snapshots) in one write transaction: validated whole first, then merged by id, so loading the
 * same dataset twice leaves the same graph.
 */
import { DatasetSchema, type Dataset, type DatasetInput } from '../contracts/index.js';
import { SYSTEM_VIEWER, accessParameters } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { ALL_KIND_LABELS } from '../db/allowlist.js';
import { actorRow, tieRow } from '../services/record-properties.js';

const DATASET_QUERIES = [
  'seed/record-dataset',
  'seed/merge-areas',
  'seed/merge-actors',
  'seed/merge-ties',
  'seed/merge-outputs',
  'seed/merge-output-roles',
  'seed/merge-output-stances',
  'seed/merge-mechanisms',
  'seed/merge-engagements',
];

export interface LoadSummary {
  name: string;
  areas: number;
  actors: number;
  ties: number;
  outputs: number;
  engagements: number;
}

/** Validates and loads one dataset; throws a message naming the first bad path if it is invalid. */
export async function loadDataset(db: Database, input: DatasetInput | unknown): Promise<LoadSummary> {
  db.requireQueries(...DATASET_QUERIES);
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid dataset: ${problems.join('; ')}`);
  }
  const dataset: Dataset = parsed.data;
  const fictional = dataset.meta.fictional;
  // The merge queries link only actors the writer may see; the server loading a dataset sees all.
  const access = accessParameters(SYSTEM_VIEWER);
  await db.writeTransaction(async (tx) => {
    await tx.run('seed/record-dataset', { ...dataset.meta });
    await tx.run('seed/merge-areas', { areas: dataset.areas, fictional });
    await tx.run('seed/merge-actors', { actors: dataset.actors.map((actor) => actorRow(actor, { fictional })), allKindLabels: ALL_KIND_LABELS });
    await tx.run('seed/merge-ties', { ties: dataset.ties.map((tie) => tieRow(tie, { fictional })), access });
    await tx.run('seed/merge-outputs', { outputs: dataset.outputs, source: dataset.meta.source });
    await tx.run('seed/merge-output-roles', { roles: dataset.outputRoles, access });
    await tx.run('seed/merge-output-stances', { stances: dataset.outputStances, access });
    await tx.run('seed/merge-mechanisms', { mechanisms: dataset.mechanisms, fictional, access });
    await tx.run('seed/merge-engagements', { engagements: dataset.engagements, fictional, access });
  });
  return {
    name: dataset.meta.name,
    areas: dataset.areas.length,
    actors: dataset.actors.length,
    ties: dataset.ties.length,
    outputs: dataset.outputs.length,
    engagements: dataset.engagements.length,
  };
}

/**
 * Loads a dataset (the handbook reference set, the fictional demo scenario) in one write
 * transaction: validated whole first, then merged by id through the one dataset writer
 * (server/dataset/write-dataset.ts, also used by imports), so loading the same dataset twice
 * leaves the same graph.
 */
import { DatasetSchema, type Dataset, type DatasetInput } from '../contracts/index.js';
import { SYSTEM_VIEWER, accessParameters } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { planFromDataset } from '../dataset/dataset-plan.js';
import { writeDataset } from '../dataset/write-dataset.js';
import { bringHistoryUpToDate } from '../history/versions.js';
import { writtenRecords } from '../history/written-records.js';

/** Rows per statement when seeding: the demo scenario's largest list fits in a few statements. */
const SEED_BATCH_SIZE = 5_000;

export interface LoadSummary {
  name: string;
  areas: number;
  actors: number;
  ties: number;
  outputs: number;
  engagements: number;
}

/** Validates and loads one dataset; throws a message naming the first bad path if it is invalid. */
/** `historyAt`: when the loaded records' first versions begin (the demo dates its first round in the past); `history: false` leaves the history to the caller (several loads, one history). */
export async function loadDataset(
  db: Database,
  input: DatasetInput | unknown,
  options: { historyAt?: number | undefined; history?: boolean } = {},
): Promise<LoadSummary> {
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid dataset: ${problems.join('; ')}`);
  }
  const dataset: Dataset = parsed.data;
  // The merge queries link only actors the writer may see; the server loading a dataset sees all.
  const access = accessParameters(SYSTEM_VIEWER);
  const plan = planFromDataset(dataset);
  await db.writeTransaction(async (tx) => {
    await writeDataset(tx, plan, { batchSize: SEED_BATCH_SIZE, access });
    // The loaded records' versions (server/history), in the same transaction.
    if (options.history !== false) await bringHistoryUpToDate(tx, { op: 'import', by: null, at: options.historyAt }, writtenRecords(plan));
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

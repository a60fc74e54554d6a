/**
 * Writes a validated import plan into the map, all or nothing: every batch runs inside ONE write
 * transaction (chosen over stage-and-promote because the upload limit keeps plans to a size one
 * transaction holds), so a failure or an interruption mid-way (driver closed, database stopped)
 * leaves nothing of the import. Every statement MERGEs by stable id under the uniqueness
 * constraints, so a retried transaction or a repeated import leaves the same graph as one run.
 */
import type { Database, Transaction } from '../db/database.js';
import { actorRow, tieRow } from '../services/record-properties.js';
import { planSize, type ImportPlan } from './import-plan.js';

export const WRITER_QUERIES = [
  'seed/record-dataset', 'seed/merge-areas', 'seed/merge-actors', 'seed/merge-ties', 'seed/merge-outputs', 'import/merge-sector-activities',
  'seed/merge-output-roles', 'import/merge-output-stances', 'seed/merge-mechanisms', 'seed/merge-engagements',
];

/** Called after each batch with the records written so far (inside the open transaction). */
export type WriteProgress = (written: number, total: number) => Promise<void> | void;

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Writes the plan in one transaction; returns the number of records merged. */
export async function writePlan(db: Database, plan: ImportPlan, batchSize: number, onProgress: WriteProgress = () => {}): Promise<number> {
  db.requireQueries(...WRITER_QUERIES);
  const total = planSize(plan);
  const fictional = plan.meta.fictional;
  return db.writeTransaction(async (tx: Transaction) => {
    let written = 0;
    const step = async <T>(name: string, items: readonly T[], params: (batch: T[]) => Record<string, unknown>) => {
      for (const batch of batches(items, batchSize)) {
        await tx.run(name, params(batch));
        written += batch.length;
        await onProgress(written, total);
      }
    };
    await tx.run('seed/record-dataset', { ...plan.meta });
    // Parents before children: merge-areas stores parentId only, so order among areas does not matter.
    await step('seed/merge-areas', plan.areas, (areas) => ({ areas, fictional }));
    await step('seed/merge-actors', plan.actors, (actors) => ({ actors: actors.map((actor) => actorRow(actor, { fictional })) }));
    await step('seed/merge-ties', plan.ties, (ties) => ({ ties: ties.map((tie) => tieRow(tie, { fictional })) }));
    await step('seed/merge-outputs', plan.outputs, (outputs) => ({ outputs, source: plan.meta.source }));
    await step('import/merge-sector-activities', plan.sectorActivities, (activities) => ({ activities, source: plan.meta.source }));
    await step('seed/merge-output-roles', plan.outputRoles, (roles) => ({ roles }));
    await step('import/merge-output-stances', plan.outputStances, (stances) => ({ stances }));
    await step('seed/merge-mechanisms', plan.mechanisms, (mechanisms) => ({ mechanisms, fictional }));
    await step('seed/merge-engagements', plan.engagements, (engagements) => ({ engagements, fictional }));
    return written;
  });
}

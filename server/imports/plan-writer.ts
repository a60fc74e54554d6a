/**
 * Writes a validated import plan into the map, all or nothing: every batch runs inside ONE write
 * transaction (chosen over stage-and-promote because the upload limit keeps plans to a size one
 * transaction holds), so a failure or an interruption mid-way (driver closed, database stopped)
 * leaves nothing of the import. Every statement MERGEs by id under the uniqueness constraints
 * (ids were resolved before the transaction), so a retried transaction or a repeated import
 * leaves the same graph as one run.
 *
 * A record already in the map is written with the fields its row states only: the rest (its
 * sensitivity, kind and text fields included) stays as it is. Every merge links only actors the
 * importer may see ($access), and the sensitivity lowerings the plan carries are audited in the
 * same transaction.
 */
import { createAuditLog } from '../access/audit-log.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database, Transaction } from '../db/database.js';
import { ALL_KIND_LABELS } from '../db/allowlist.js';
import { actorRow, tieRow, type ActorRow, type TieRow } from '../services/record-properties.js';
import { planSize, type ImportPlan, type RowOrigin } from './import-plan.js';

export const WRITER_QUERIES = [
  'seed/record-dataset', 'seed/merge-areas', 'seed/merge-actors', 'seed/merge-ties', 'seed/merge-outputs', 'import/merge-sector-activities',
  'seed/merge-output-roles', 'import/merge-output-stances', 'seed/merge-mechanisms', 'seed/merge-engagements', 'access/record-audit-event',
];

/** Called after each batch with the records written so far (inside the open transaction). */
export type WriteProgress = (written: number, total: number) => Promise<void> | void;

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Only the stated properties (and the id) of a record already in the map. */
function statedProperties(properties: Record<string, unknown>, origin: RowOrigin | undefined): Record<string, unknown> {
  if (!origin || origin.given === 'all') return properties;
  const keep = new Set(['id', ...origin.given]);
  return Object.fromEntries(Object.entries(properties).filter(([key]) => keep.has(key)));
}

function existingActorRow(row: ActorRow, origin: RowOrigin | undefined): Omit<ActorRow, 'kindLabel'> & { kindLabel: string | null } {
  const states = (field: string) => !origin || origin.given === 'all' || origin.given.includes(field);
  return {
    properties: statedProperties(row.properties, origin),
    kindLabel: states('kind') ? row.kindLabel : null,
    basedIn: states('basedIn') ? row.basedIn : [],
    activeIn: states('activeIn') ? row.activeIn : [],
  };
}

function existingTieRow(row: TieRow, origin: RowOrigin | undefined): TieRow {
  return { ...row, properties: statedProperties(row.properties, origin) };
}

/** Writes the plan in one transaction as `viewer`; returns the number of records merged. */
export async function writePlan(db: Database, plan: ImportPlan, batchSize: number, viewer: Viewer, onProgress: WriteProgress = () => {}): Promise<number> {
  db.requireQueries(...WRITER_QUERIES);
  const total = planSize(plan);
  const fictional = plan.meta.fictional;
  const access = accessParameters(viewer);
  const existing = new Set(plan.existing);
  const audit = createAuditLog(db);
  const actorParams = (actor: ImportPlan['actors'][number]) => {
    const row = actorRow(actor, { fictional });
    const key = `actor:${actor.id}`;
    return existing.has(key) ? existingActorRow(row, plan.origins[key]) : row;
  };
  const tieParams = (tie: ImportPlan['ties'][number]) => {
    const row = tieRow(tie, { fictional });
    const key = `tie:${tie.id}`;
    return existing.has(key) ? existingTieRow(row, plan.origins[key]) : row;
  };
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
    await step('seed/merge-actors', plan.actors, (actors) => ({ actors: actors.map(actorParams), allKindLabels: ALL_KIND_LABELS }));
    await step('seed/merge-ties', plan.ties, (ties) => ({ ties: ties.map(tieParams), access }));
    await step('seed/merge-outputs', plan.outputs, (outputs) => ({ outputs, source: plan.meta.source }));
    await step('import/merge-sector-activities', plan.sectorActivities, (activities) => ({ activities, source: plan.meta.source }));
    await step('seed/merge-output-roles', plan.outputRoles, (roles) => ({ roles, access }));
    await step('import/merge-output-stances', plan.outputStances, (stances) => ({ stances, access }));
    await step('seed/merge-mechanisms', plan.mechanisms, (mechanisms) => ({ mechanisms, fictional, access }));
    await step('seed/merge-engagements', plan.engagements, (engagements) => ({ engagements, fictional, access }));
    for (const lowering of plan.lowerings) {
      await audit.recordIn(tx, { userId: viewer.userId, action: 'sensitivity_lowered', targetType: lowering.targetType, targetIds: [lowering.id], detail: lowering.detail });
    }
    return written;
  });
}

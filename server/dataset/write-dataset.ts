/**
 * The one writer of datasets: the seed (reference and demo data) and every import merge their
 * records through `writeDataset`, in the caller's write transaction, with the Cypher of
 * cypher/dataset/. Every statement MERGEs by id under the uniqueness constraints, so a retried
 * transaction or a repeated load leaves the same graph as one run.
 *
 * A record already in the map (`plan.existing`) is written with the fields its row states only:
 * the rest (its sensitivity and text fields included) stays as it is. Every merge links only
 * actors the writer may see (`access`; the seed sees all), and engagements and mechanisms the
 * writer may not see are never matched by id (the queries skip them; imports refuse them before).
 * Admin areas: the seed creates and updates them; an import only creates them (an existing area is
 * left as it is, server/imports/import-areas.ts having refused a file that states other values).
 */
import type { AccessParameters } from '../access/viewer.js';
import type { Transaction } from '../db/database.js';
import { ALL_KIND_LABELS } from '../db/allowlist.js';
import type { Query } from '../db/typed-query.js';
import { storedNames } from '../presenters/area.js';
import {
  mergeActors,
  mergeAreas,
  mergeEngagements,
  mergeMechanisms,
  mergeOutputRoles,
  mergeOutputStances,
  mergeOutputs,
  mergeRounds,
  mergeSectorActivities,
  mergeTies,
  recordDataset,
  type MergedEngagementRow,
  type MergedMechanismRow,
  type MergedActorRow,
  type MergedRoundRow,
} from '../queries/dataset.js';
import { actorRow, followUpProperties, tieRow, type ActorRow, type TieRow } from '../services/record-properties.js';
import { datasetPlanSize, type DatasetPlan, type StatedFields } from './dataset-plan.js';

/** Called after each batch with the records written so far (inside the open transaction). */
export type WriteProgress = (written: number, total: number) => Promise<void> | void;

export interface WriteDatasetOptions {
  /** Rows per statement. */
  batchSize: number;
  /** The writer's access: only actors it may see are linked, only records it may see are matched. */
  access: AccessParameters;
  onProgress?: WriteProgress;
  /**
   * The import writing (null: the seed). What it creates is stamped `createdByImport`, and what it
   * writes `writtenByImport` with the time (`writtenByImportAt`), so that the import can be undone
   * while nothing it wrote has changed since (server/imports/undo-import.ts).
   */
  importId?: string | null;
  /** Who writes (a user id; null: the seed): the creator of the rounds it creates. */
  writtenBy?: string | null;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Fields a row states that are stored under other property names (a list of maps as parallel lists). */
const STORED_AS: Record<string, string[]> = { followUps: ['followUpTexts', 'followUpDues', 'followUpDone'] };

/** Only the stated properties (and the id) of a record already in the map. */
function statedProperties(properties: Record<string, unknown>, origin: StatedFields | undefined): Record<string, unknown> {
  if (!origin || origin.given === 'all') return properties;
  const keep = new Set(['id', ...origin.given.flatMap((field) => STORED_AS[field] ?? [field])]);
  return Object.fromEntries(Object.entries(properties).filter(([key]) => keep.has(key)));
}

function existingActorRow(row: ActorRow, origin: StatedFields | undefined): MergedActorRow {
  const states = (field: string) => !origin || origin.given === 'all' || origin.given.includes(field);
  return {
    properties: statedProperties(row.properties, origin),
    kindLabel: states('kind') ? row.kindLabel : null,
    basedIn: states('basedIn') ? row.basedIn : [],
    activeIn: states('activeIn') ? row.activeIn : [],
  };
}

function existingTieRow(row: TieRow, origin: StatedFields | undefined): TieRow {
  return { ...row, properties: statedProperties(row.properties, origin) };
}

type Engagement = DatasetPlan['engagements'][number];
type Round = DatasetPlan['rounds'][number];
type Mechanism = DatasetPlan['mechanisms'][number];

function engagementRow(engagement: Engagement, fictional: boolean): MergedEngagementRow {
  const { id, date, format, summary, womensMechanism, youthMechanism, sensitivity, sectionId, areaId, actorIds, outputIds, followUps } =
    engagement;
  return {
    id,
    properties: {
      id,
      date,
      format,
      summary,
      womensMechanism,
      youthMechanism,
      sensitivity,
      fictional,
      // Absent: a re-import leaves the recorded follow-ups as they are.
      ...(followUps ? followUpProperties(followUps) : {}),
    },
    sectionId,
    areaId,
    actorIds,
    outputIds,
  };
}

function mechanismRow(mechanism: Mechanism, fictional: boolean): MergedMechanismRow {
  const { id, name, kind, memberIds, areaIds, outputIds, chairId } = mechanism;
  // Absent chair: a re-import leaves the chair as it is.
  return { id, properties: { id, name, kind, fictional }, memberIds, areaIds, outputIds, chairId: chairId ?? null };
}

/** A round's stated fields as stored (its date in epoch milliseconds, as the round store keeps it); absent description or sign-off: left as they are. */
function roundRow({ id, name, at, description, signedOffBy }: Round): MergedRoundRow {
  return {
    id,
    properties: {
      name,
      at: Date.parse(at),
      ...(description === undefined ? {} : { description }),
      ...(signedOffBy === undefined ? {} : { signedOffBy }),
    },
  };
}

/** Writes the plan inside `tx`; returns the number of records merged. */
export async function writeDataset(tx: Transaction, plan: DatasetPlan, options: WriteDatasetOptions): Promise<number> {
  const { access, batchSize } = options;
  const onProgress = options.onProgress ?? (() => {});
  const total = datasetPlanSize(plan);
  const fictional = plan.meta.fictional;
  const existing = new Set(plan.existing);
  // A record already in the map keeps what its row does not state; a new one is written whole.
  const rowFor = <R extends { properties: Record<string, unknown> }>(key: string, row: R): R =>
    existing.has(key) ? { ...row, properties: statedProperties(row.properties, plan.origins[key]) } : row;
  const actorParams = (actor: DatasetPlan['actors'][number]) => {
    const row = actorRow(actor, { fictional });
    const key = `actor:${actor.id}`;
    return existing.has(key) ? existingActorRow(row, plan.origins[key]) : row;
  };
  const tieParams = (tie: DatasetPlan['ties'][number]) => {
    const row = tieRow(tie, { fictional });
    const key = `tie:${tie.id}`;
    return existing.has(key) ? existingTieRow(row, plan.origins[key]) : row;
  };
  const stamp = { importId: options.importId ?? null, writtenAt: new Date().toISOString() };
  let written = 0;
  // Each batch's parameters carry the stamp: the merge's own fields, then who writes and when.
  const step = async <T, P extends object>(merge: Query<P, never>, items: readonly T[], params: (batch: T[]) => NoInfer<P>) => {
    for (const batch of batches(items, batchSize)) {
      await tx.run(merge, params(batch));
      written += batch.length;
      await onProgress(written, total);
    }
  };
  await tx.run(recordDataset, { ...plan.meta, ...stamp });
  // Parents before children: merge-areas stores parentId only, so order among areas does not matter.
  await step(mergeAreas, plan.areas, (areas) => ({
    areas: areas.map(({ names, ...area }) => ({ ...area, ...(names ? storedNames(names) : { nameLanguages: null, nameTexts: null }) })),
    fictional,
    ...stamp,
  }));
  await step(mergeActors, plan.actors, (actors) => ({ actors: actors.map(actorParams), allKindLabels: ALL_KIND_LABELS, ...stamp }));
  await step(mergeTies, plan.ties, (ties) => ({ ties: ties.map(tieParams), access, ...stamp }));
  await step(mergeOutputs, plan.outputs, (outputs) => ({ outputs, source: plan.meta.source, ...stamp }));
  await step(mergeSectorActivities, plan.sectorActivities, (activities) => ({ activities, source: plan.meta.source, ...stamp }));
  await step(mergeOutputRoles, plan.outputRoles, (roles) => ({ roles, access, ...stamp }));
  await step(mergeOutputStances, plan.outputStances, (stances) => ({ stances, access, ...stamp }));
  await step(mergeMechanisms, plan.mechanisms, (mechanisms) => ({
    mechanisms: mechanisms.map((mechanism) => rowFor(`mechanism:${mechanism.id}`, mechanismRow(mechanism, fictional))),
    access,
    ...stamp,
  }));
  await step(mergeEngagements, plan.engagements, (engagements) => ({
    engagements: engagements.map((engagement) => rowFor(`engagement:${engagement.id}`, engagementRow(engagement, fictional))),
    access,
    ...stamp,
  }));
  await step(mergeRounds, plan.rounds, (rounds) => ({
    rounds: rounds.map(roundRow),
    createdBy: options.writtenBy ?? null,
    createdAt: Date.parse(stamp.writtenAt),
    ...stamp,
  }));
  return written;
}

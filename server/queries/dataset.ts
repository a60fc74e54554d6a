/**
 * Typed handles on `cypher/dataset/`: the one dataset writer's merges (server/dataset/write-dataset.ts),
 * which return no rows, and the seed's count of actors. Every merge is stamped with the import
 * writing it (`importId`, null for the seed) and the time (`writtenAt`, ISO text), so an import
 * can be undone while nothing it wrote has changed since.
 */
import { z } from 'zod';
import type { DatasetPlan, DatasetSectorActivity } from '../dataset/dataset-plan.js';
import { query } from '../db/typed-query.js';
import type { ActorRow, TieRow } from '../services/record-properties.js';
import { countRow, type WithAccess, NoRowSchema } from './rows.js';

export interface WriteStamp {
  importId: string | null;
  writtenAt: string;
}

/** A record's row: its id, the properties to write (only those its row states, for one in the map) and its links. */
interface RecordRow {
  id: string;
  properties: Record<string, unknown>;
}
export type MergedMechanismRow = RecordRow &
  Pick<DatasetPlan['mechanisms'][number], 'memberIds' | 'areaIds' | 'outputIds'> & { chairId: string | null };
export type MergedEngagementRow = RecordRow & Pick<DatasetPlan['engagements'][number], 'sectionId' | 'areaId' | 'actorIds' | 'outputIds'>;
export type MergedRoundRow = RecordRow;
/** An area with its other names as parallel lists (null: left as stored). */
export type MergedAreaRow = Omit<DatasetPlan['areas'][number], 'names'> & { nameLanguages: string[] | null; nameTexts: string[] | null };
/** An actor already in the map may leave its kind as stored (kindLabel null). */
export type MergedActorRow = Omit<ActorRow, 'kindLabel'> & { kindLabel: string | null };

export const recordDataset = query<DatasetPlan['meta'] & WriteStamp, never>('dataset/record-dataset', NoRowSchema);
export const mergeAreas = query<WriteStamp & { areas: MergedAreaRow[]; fictional: boolean }, never>('dataset/merge-areas', NoRowSchema);
export const mergeActors = query<WriteStamp & { actors: MergedActorRow[]; allKindLabels: readonly string[] }, never>(
  'dataset/merge-actors',
  NoRowSchema,
);
export const mergeTies = query<WriteStamp & WithAccess & { ties: TieRow[] }, never>('dataset/merge-ties', NoRowSchema);
export const mergeOutputs = query<WriteStamp & { outputs: DatasetPlan['outputs'][number][]; source: string }, never>(
  'dataset/merge-outputs',
  NoRowSchema,
);
export const mergeSectorActivities = query<WriteStamp & { activities: DatasetSectorActivity[]; source: string }, never>(
  'dataset/merge-sector-activities',
  NoRowSchema,
);
export const mergeOutputRoles = query<WriteStamp & WithAccess & { roles: DatasetPlan['outputRoles'][number][] }, never>(
  'dataset/merge-output-roles',
  NoRowSchema,
);
export const mergeOutputStances = query<WriteStamp & WithAccess & { stances: DatasetPlan['outputStances'][number][] }, never>(
  'dataset/merge-output-stances',
  NoRowSchema,
);
export const mergeMechanisms = query<WriteStamp & WithAccess & { mechanisms: MergedMechanismRow[] }, never>(
  'dataset/merge-mechanisms',
  NoRowSchema,
);
export const mergeEngagements = query<WriteStamp & WithAccess & { engagements: MergedEngagementRow[] }, never>(
  'dataset/merge-engagements',
  NoRowSchema,
);
export const mergeRounds = query<WriteStamp & { rounds: MergedRoundRow[]; createdBy: string | null; createdAt: number }, never>(
  'dataset/merge-rounds',
  NoRowSchema,
);

const ActorsRowSchema = countRow('actors');
export const countActors = query<Record<string, never>, z.infer<typeof ActorsRowSchema>>('dataset/count-actors', ActorsRowSchema);

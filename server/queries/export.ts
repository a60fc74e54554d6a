/**
 * Typed handles on `cypher/export/` and on their as-of twins (`cypher/history/asof-export-*`,
 * issue 14): what `loadExportGraph` reads. Each twin takes the parameters of today's query and
 * gives rows of the same shape, so the export picks one set or the other by date. A record comes
 * back as a Cypher map that the export's own schemas (server/exports/export-graph.ts) parse
 * field by field, with their defaults; here it is declared as a map under its column.
 */
import { z } from 'zod';
import { query, type Query } from '../db/typed-query.js';
import type { FieldAccess } from '../presenters/field-access.js';
import { RecordMapSchema, type RecordMap, type WithAccess } from './rows.js';

/** A row holding one record, projected as a map, under `column`. */
const recordUnder = <K extends string>(column: K) => z.object({ [column]: RecordMapSchema } as { [P in K]: typeof RecordMapSchema });
export type RecordRow<K extends string> = { [P in K]: RecordMap };

/** The date the export is taken at (epoch milliseconds), or null for today. */
interface AsOf {
  asOf: number | null;
}

/** The exported actors' ids: the other records follow them. */
interface OfActors extends AsOf {
  actorIds: string[];
}

export interface ExportActorsParams extends WithAccess, AsOf {
  fields: FieldAccess;
  kinds: readonly string[] | null;
  areas: readonly string[] | null;
  outputId: string | null;
}

export interface ExportTiesParams extends WithAccess, OfActors {
  fields: FieldAccess;
  relationshipTypes: readonly string[];
  types: string[];
  at: string | null;
}

/** The records an export reads for today or, through the twins, as of a date. */
export interface DatedExportReads {
  actors: Query<ExportActorsParams, RecordRow<'actor'>>;
  ties: Query<ExportTiesParams, RecordRow<'tie'>>;
  areas: Query<AsOf, RecordRow<'area'>>;
  outputRoles: Query<OfActors, RecordRow<'role'>>;
  mechanisms: Query<OfActors, RecordRow<'mechanism'>>;
  engagements: Query<OfActors & WithAccess, RecordRow<'engagement'>>;
}

const ActorRowSchema = recordUnder('actor');
const TieRowSchema = recordUnder('tie');
const AreaRowSchema = recordUnder('area');
const RoleRowSchema = recordUnder('role');
const MechanismRowSchema = recordUnder('mechanism');
const EngagementRowSchema = recordUnder('engagement');

export const PRESENT_EXPORT: DatedExportReads = {
  actors: query('export/actors', ActorRowSchema),
  ties: query('export/ties', TieRowSchema),
  areas: query('export/areas', AreaRowSchema),
  outputRoles: query('export/output-roles', RoleRowSchema),
  mechanisms: query('export/mechanisms', MechanismRowSchema),
  engagements: query('export/engagements', EngagementRowSchema),
};

/** Outputs and contributions/obstructions have no history: they have no twin. */
export const AS_OF_EXPORT: DatedExportReads = {
  actors: query('history/asof-export-actors', ActorRowSchema),
  ties: query('history/asof-export-ties', TieRowSchema),
  areas: query('history/asof-export-areas', AreaRowSchema),
  outputRoles: query('history/asof-export-output-roles', RoleRowSchema),
  mechanisms: query('history/asof-export-mechanisms', MechanismRowSchema),
  engagements: query('history/asof-export-engagements', EngagementRowSchema),
};

const OutputRowSchema = recordUnder('output');
export const exportOutputs = query<Record<string, never>, z.infer<typeof OutputRowSchema>>('export/outputs', OutputRowSchema);

const StanceRowSchema = recordUnder('stance');
export const exportOutputStances = query<{ actorIds: string[] }, z.infer<typeof StanceRowSchema>>('export/output-stances', StanceRowSchema);

/** `r {.id, .name, .at, .description, .signedOffBy}`: `at` in epoch milliseconds; a round may lack a description or a sign-off. */
const RoundRowSchema = z.object({
  round: z.object({
    id: z.string(),
    name: z.string(),
    at: z.number(),
    description: z.string().nullable(),
    signedOffBy: z.string().nullable(),
  }),
});
export const exportRounds = query<AsOf, z.infer<typeof RoundRowSchema>>('export/rounds', RoundRowSchema);

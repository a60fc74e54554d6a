/**
 * Typed handles on `cypher/import/`: what an import reads of the map (records to match, ids
 * taken, the area directory, the newest versions), its jobs and their reports, and the undo.
 * A visibility flag (`visible`) is null where the record's sensitivity is unset (`NULL IN [...]`),
 * which callers read as "not visible" (`=== true`), as before.
 */
import { z } from 'zod';
import { SENSITIVITY_LEVELS } from '../contracts/index.js';
import { query } from '../db/typed-query.js';
import { countRow, type WithAccess, NoRowSchema } from './rows.js';

const SensitivitySchema = z.enum(SENSITIVITY_LEVELS);
const VisibleSchema = z.boolean().nullable();

/** Queries that look ties up across every tie type. */
interface WithTieTypes extends WithAccess {
  relationshipTypes: readonly string[];
}

const DeletedRowSchema = countRow('deleted');
export const deleteExpiredImportJobs = query<{ keepDays: number }, { deleted: number }>('import/delete-expired-jobs', DeletedRowSchema);

// ---------- what the map holds, for matching and checking an import ----------

/** `a {.id, .name, .acronym, .aliases, .externalIds, .sensitivity}`: an absent property is null. */
const ExistingActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  aliases: z.array(z.string()).nullable(),
  /** Stored as "scheme:value" texts (services/external-ids.ts decodes them). */
  externalIds: z.array(z.string()).nullable(),
  sensitivity: SensitivitySchema.nullable(),
});
const ExistingAreaSchema = z.object({ id: z.string(), name: z.string().nullable(), pcode: z.string().nullable() });
const ExistingRecordsRowSchema = z.object({
  actors: z.array(ExistingActorSchema),
  areaIds: z.array(z.string()),
  areas: z.array(ExistingAreaSchema),
});
export type ExistingRecordsRow = z.infer<typeof ExistingRecordsRowSchema>;
export const existingRecords = query<WithAccess, ExistingRecordsRow>('import/existing-records', ExistingRecordsRowSchema);

/**
 * Every admin area as an import or a boundary file compares it; an imported area may lack a name,
 * a level or a p-code, and its other names are [language, text] pairs read from two parallel lists.
 */
const DirectoryAreaRowSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  pcode: z.string().nullable(),
  level: z.number().nullable(),
  parentId: z.string().nullable(),
  isCapital: z.boolean(),
  names: z.array(z.tuple([z.string().nullable(), z.string().nullable()])),
});
export type DirectoryAreaRow = z.infer<typeof DirectoryAreaRowSchema>;
export const areaDirectory = query<Record<string, never>, DirectoryAreaRow>('import/area-directory', DirectoryAreaRowSchema);

const HiddenRowSchema = z.object({ hidden: z.array(z.string()) });
export const findHiddenActors = query<WithAccess & { ids: string[] }, z.infer<typeof HiddenRowSchema>>(
  'import/find-hidden-actors',
  HiddenRowSchema,
);

/** A tie holding a chosen id, of any type: its ends, type and level (unset: internal). */
const HeldTieRowSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  targetId: z.string(),
  type: z.string(),
  sensitivity: SensitivitySchema,
  visible: VisibleSchema,
});
export type HeldTieRow = z.infer<typeof HeldTieRowSchema>;
export const findTies = query<WithTieTypes & { ids: string[] }, HeldTieRow>('import/find-ties', HeldTieRowSchema);

/** The visible tie of the same type between the same ends as a tie given without an id (`key`). */
const MatchedTieRowSchema = z.object({ key: z.string(), id: z.string(), sensitivity: SensitivitySchema });
export type MatchedTieRow = z.infer<typeof MatchedTieRowSchema>;
export const matchTies = query<
  WithTieTypes & { pairs: { key: string; sourceId: string; targetId: string; type: string }[] },
  MatchedTieRow
>('import/match-ties', MatchedTieRowSchema);

const HeldEngagementRowSchema = z.object({ id: z.string(), sensitivity: SensitivitySchema, visible: VisibleSchema });
export const findEngagements = query<WithAccess & { ids: string[] }, z.infer<typeof HeldEngagementRowSchema>>(
  'import/find-engagements',
  HeldEngagementRowSchema,
);
const HeldMechanismRowSchema = z.object({ id: z.string(), visible: VisibleSchema });
export const findMechanisms = query<WithAccess & { ids: string[] }, z.infer<typeof HeldMechanismRowSchema>>(
  'import/find-mechanisms',
  HeldMechanismRowSchema,
);

/** The record a dated import writes whose newest version is after its date (at most one row). */
const NewestVersionRowSchema = z.object({ kind: z.string(), id: z.string(), name: z.string(), newest: z.number() });
export const newestVersions = query<
  { records: { kind: string; id: string; name: string }[]; at: number; openEnd: number },
  z.infer<typeof NewestVersionRowSchema>
>('import/newest-versions', NewestVersionRowSchema);

// ---------- import jobs ----------

export const saveJob = query<
  {
    userId: string;
    id: string;
    status: string;
    fileName: string;
    rowsTotal: number;
    rowsValidated: number;
    recordsTotal: number;
    recordsWritten: number;
    report: string;
  },
  never
>('import/save-job', NoRowSchema);
export const updateJobProgress = query<{ id: string; status: string; rowsValidated: number; recordsWritten: number }, never>(
  'import/update-job-progress',
  NoRowSchema,
);
export const touchJob = query<{ id: string }, never>('import/touch-job', NoRowSchema);

/** `j {...}`: a job as save-job stores it; dates are ISO texts, `silentSeconds` by the database clock. */
const JobRowSchema = z.object({
  job: z.object({
    userId: z.string(),
    id: z.string(),
    status: z.string(),
    fileName: z.string().nullable(),
    rowsTotal: z.number().int(),
    rowsValidated: z.number().int(),
    recordsTotal: z.number().int(),
    recordsWritten: z.number().int(),
    report: z.string(),
    startedAt: z.string(),
    updatedAt: z.string(),
    undoneAt: z.string().nullable(),
    silentSeconds: z.number().int(),
  }),
});
export type JobRow = z.infer<typeof JobRowSchema>;
export const getJob = query<{ id: string; keepDays: number }, JobRow>('import/get-job', JobRowSchema);

/** Read leniently (a report that does not parse lists no counts), as the import dialog lists them. */
const MyJobRowSchema = z.object({
  id: z.string(),
  fileName: z.string().nullable(),
  status: z.string(),
  startedAt: z.string(),
  undoneAt: z.string().nullable(),
  report: z.string().nullable(),
});
export const listMyJobs = query<{ userId: string; keepDays: number; limit: number }, z.infer<typeof MyJobRowSchema>>(
  'import/list-my-jobs',
  MyJobRowSchema,
);

const ActorNameRowSchema = z.object({ id: z.string(), name: z.string() });
export const visibleActorNames = query<WithAccess & { ids: string[] }, z.infer<typeof ActorNameRowSchema>>(
  'import/visible-actor-names',
  ActorNameRowSchema,
);

// ---------- undoing an import ----------

/** No row: the import was undone already. */
const UndoneJobRowSchema = z.object({ id: z.string() });
export const markJobUndone = query<{ id: string }, z.infer<typeof UndoneJobRowSchema>>('import/mark-job-undone', UndoneJobRowSchema);
export const lockImportRecords = query<{ importId: string }, never>('import/lock-import-records', NoRowSchema);

/** A record or link the import created that changed since, or that the caller may no longer see. */
const ChangedRowSchema = z.object({ id: z.string(), visible: VisibleSchema });
export type ChangedRow = z.infer<typeof ChangedRowSchema>;
export const findImportChanges = query<WithAccess & { importId: string }, ChangedRow>('import/find-import-changes', ChangedRowSchema);
export const findImportPriorChanges = query<WithTieTypes & { importId: string }, ChangedRow>(
  'import/find-import-prior-changes',
  ChangedRowSchema,
);

/** The ties whose claims the undo removed or restored, and the sources whose reliability it restored. */
const UndoneClaimsRowSchema = z.object({ tieIds: z.array(z.string()), sourceIds: z.array(z.string()) });
export type UndoneClaimsRow = z.infer<typeof UndoneClaimsRowSchema>;
export const undoImportClaims = query<{ importId: string }, UndoneClaimsRow>('import/undo-import-claims', UndoneClaimsRowSchema);

const RemovedRowSchema = z.object({ relationships: z.number().int(), nodes: z.number().int() });
export const undoImport = query<{ importId: string }, z.infer<typeof RemovedRowSchema>>('import/undo-import', RemovedRowSchema);

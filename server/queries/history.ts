/**
 * Typed handles on `cypher/history/`: the write side of record history (versions.ts and
 * linked-record-versions.ts) and its reads (as of a date, diffs, a record's history, erasing).
 */
import { z } from 'zod';
import { HISTORY_OPS, MechanismRecordSchema, OutputRoleRecordSchema } from '../contracts/index.js';
import { query } from '../db/typed-query.js';
import { VisibleActorRowSchema, VisibleTieRowSchema } from './analysis.js';
import type { FieldAccess } from '../presenters/field-access.js';
import { PageRowSchema, RecordMapSchema, countRow, type PageRow, type WithAccess } from './rows.js';

/** What every version write is stamped with (server/history/versions.ts `stampParams`). */
export interface StampParams {
  op: string;
  by: string | null;
  now: number;
  openEnd: number;
}

/** Which fields a version write compares and which it keeps as bookkeeping. */
interface Comparison {
  ignored: readonly string[];
  meta: readonly string[];
}

const IdsSchema = z.array(z.string());
const WrittenRowSchema = countRow('written');
type WrittenRow = z.infer<typeof WrittenRowSchema>;
const ClosedRowSchema = countRow('closed');
type ClosedRow = z.infer<typeof ClosedRowSchema>;

// ---------- actors and ties ----------

type RecordVersionsParams = StampParams & Comparison & { ids: string[] };

export const recordActorVersions = query<RecordVersionsParams, WrittenRow>('history/record-actor-versions', WrittenRowSchema);
export const recordTieVersions = query<RecordVersionsParams & { relationshipTypes: readonly string[] }, WrittenRow>(
  'history/record-tie-versions',
  WrittenRowSchema,
);

export const closeVersions = query<StampParams & { kind: string; ids: string[] }, ClosedRow>('history/close-versions', ClosedRowSchema);
export const closeTieVersionsOfActor = query<StampParams & { id: string }, ClosedRow>(
  'history/close-tie-versions-of-actor',
  ClosedRowSchema,
);
export const closeVanishedVersions = query<StampParams & { kind: string; presentIds: string[] }, ClosedRow>(
  'history/close-vanished-versions',
  ClosedRowSchema,
);

const CurrentRecordIdsRowSchema = z.object({ actorIds: IdsSchema, tieIds: IdsSchema });
export const currentRecordIds = query<{ relationshipTypes: readonly string[] }, z.infer<typeof CurrentRecordIdsRowSchema>>(
  'history/current-record-ids',
  CurrentRecordIdsRowSchema,
);

// ---------- engagements, roles, mechanisms, areas, claims ----------

export const recordEngagementVersions = query<RecordVersionsParams, WrittenRow>('history/record-engagement-versions', WrittenRowSchema);
export const recordRoleVersions = query<RecordVersionsParams, WrittenRow>('history/record-role-versions', WrittenRowSchema);
export const recordMechanismVersions = query<RecordVersionsParams, WrittenRow>('history/record-mechanism-versions', WrittenRowSchema);
export const recordAreaVersions = query<RecordVersionsParams, WrittenRow>('history/record-area-versions', WrittenRowSchema);
/** Boundaries apart from the area versions (linked-record-versions.ts): `beginning` dates an area's first boundary. */
export const recordBoundaryVersions = query<StampParams & { ids: string[]; beginning: number }, WrittenRow>(
  'history/record-boundary-versions',
  WrittenRowSchema,
);
export const recordClaimVersions = query<RecordVersionsParams, WrittenRow>('history/record-claim-versions', WrittenRowSchema);

const CurrentLinkedRecordIdsRowSchema = z.object({
  engagementIds: IdsSchema,
  roleIds: IdsSchema,
  mechanismIds: IdsSchema,
  areaIds: IdsSchema,
  claimIds: IdsSchema,
});
export const currentLinkedRecordIds = query<Record<string, never>, z.infer<typeof CurrentLinkedRecordIdsRowSchema>>(
  'history/current-linked-record-ids',
  CurrentLinkedRecordIdsRowSchema,
);

const RoleIdsRowSchema = z.object({ roleIds: IdsSchema });
export const roleIdsOfActors = query<{ actorIds: string[] }, z.infer<typeof RoleIdsRowSchema>>(
  'history/role-ids-of-actors',
  RoleIdsRowSchema,
);

const ClosedLinkedRowSchema = z.object({ closedRoles: z.number().int(), engagementIds: IdsSchema, mechanismIds: IdsSchema });
export const closeLinkedVersionsOfActor = query<StampParams & { id: string }, z.infer<typeof ClosedLinkedRowSchema>>(
  'history/close-linked-versions-of-actor',
  ClosedLinkedRowSchema,
);

export const closeClaimVersionsOfSource = query<StampParams & { id: string }, ClosedRow>(
  'history/close-claim-versions-of-source',
  ClosedRowSchema,
);

// ---------- erasing a deleted actor's history ----------

const EraseCheckRowSchema = z.object({ live: z.boolean(), seen: z.number().int(), hiddenTies: z.number().int() });
export const eraseCheck = query<WithAccess & { id: string }, z.infer<typeof EraseCheckRowSchema>>(
  'history/erase-check',
  EraseCheckRowSchema,
);

const ErasedRowSchema = countRow('erased');
export const eraseActorHistory = query<{ id: string }, z.infer<typeof ErasedRowSchema>>('history/erase-actor-history', ErasedRowSchema);

// ---------- the map and the lists as of a date (as-of.ts) ----------

/** One actor version per row, one column per field, as graph/map-actors gives today's. */
const AsOfMapActorRowSchema = RecordMapSchema.and(
  z.object({ id: z.string(), basedIn: z.array(z.string()), activeIn: z.array(z.string()) }),
);
export type AsOfMapActorRow = z.infer<typeof AsOfMapActorRowSchema>;
export const asOfMapActors = query<
  WithAccess & { at: number; kinds: readonly string[] | null; areas: readonly string[] | null; fields: FieldAccess },
  AsOfMapActorRow
>('history/asof-map-actors', AsOfMapActorRowSchema);

/** One tie version per row, as graph/map-ties gives today's. */
const AsOfMapTieRowSchema = RecordMapSchema.and(z.object({ id: z.string(), source: z.string(), target: z.string() }));
export const asOfMapTies = query<
  WithAccess & { at: number; types: readonly string[]; actorIds: string[] | null; validAt: string | null },
  z.infer<typeof AsOfMapTieRowSchema>
>('history/asof-map-ties', AsOfMapTieRowSchema);

interface AsOfPage extends WithAccess {
  at: number;
  fields: FieldAccess;
  limit: number;
  offset: number;
}

export const asOfListActors = query<
  AsOfPage & { kinds: readonly string[] | null; subtypes: readonly string[] | null; areas: readonly string[] | null; text: string | null },
  PageRow
>('history/asof-list-actors', PageRowSchema);

export const asOfListTies = query<AsOfPage & { types: readonly string[]; actorId: string | null }, PageRow>(
  'history/asof-list-ties',
  PageRowSchema,
);

// ---------- what changed between two dates (diff.ts) ----------

const ChangedIdsRowSchema = z.object({ actorIds: IdsSchema, tieIds: IdsSchema });
export const asOfChangedIds = query<WithAccess & { lo: number; hi: number }, z.infer<typeof ChangedIdsRowSchema>>(
  'history/asof-changed-ids',
  ChangedIdsRowSchema,
);

/** A record the viewer may not see at that date comes back with its id only (it existed then). */
const hiddenDiffRow = z.object({
  id: z.string(),
  visible: z.literal(false),
  sortKey: z.null().optional(),
  item: z.null(),
  analysis: z.null(),
});

const DiffActorRowSchema = z.discriminatedUnion('visible', [
  z.object({
    id: z.string(),
    visible: z.literal(true),
    sortKey: z.string().nullable(),
    item: RecordMapSchema,
    analysis: VisibleActorRowSchema.shape.actor,
  }),
  hiddenDiffRow,
]);
export type DiffActorRow = z.infer<typeof DiffActorRowSchema>;
export const asOfDiffActors = query<WithAccess & { at: number; ids: string[]; fields: FieldAccess }, DiffActorRow>(
  'history/asof-diff-actors',
  DiffActorRowSchema,
);

const DiffTieRowSchema = z.discriminatedUnion('visible', [
  z.object({ id: z.string(), visible: z.literal(true), item: RecordMapSchema, analysis: VisibleTieRowSchema.shape.tie }),
  hiddenDiffRow.omit({ sortKey: true }),
]);
export type DiffTieRow = z.infer<typeof DiffTieRowSchema>;
export const asOfDiffTies = query<WithAccess & { at: number; ids: string[]; fields: FieldAccess; types: readonly string[] }, DiffTieRow>(
  'history/asof-diff-ties',
  DiffTieRowSchema,
);

// ---------- a record's history (history-store.ts, linked-history-store.ts) ----------

/** What every version row says, visible or not: when, why and by whom it began and ended. */
const VersionFieldsSchema = z.object({
  versionId: z.string(),
  versionFrom: z.number(),
  versionTo: z.number(),
  op: z.enum(HISTORY_OPS),
  by: z.string().nullable(),
  /** Null only for a version written without the list (none today; read as no change). */
  changed: z.array(z.string()).nullable(),
  endOp: z.enum(HISTORY_OPS).nullable(),
  endBy: z.string().nullable(),
});

/**
 * A version the viewer may see carries its fields (as their role receives them) and the names of
 * who wrote and ended it; one they may not see carries neither. The visibility fragments compare
 * levels that an older record may lack, so "not visible" may come back as null rather than false.
 */
const VersionRowSchema = z.union([
  VersionFieldsSchema.extend({
    visible: z.literal(true),
    byName: z.string().nullable(),
    endByName: z.string().nullable(),
    state: RecordMapSchema,
  }),
  VersionFieldsSchema.extend({
    visible: z.literal(false).nullable(),
    byName: z.null(),
    endByName: z.null(),
    state: z.null(),
  }),
]);
export type VersionRow = z.infer<typeof VersionRowSchema>;
export type VisibleVersionRow = Extract<VersionRow, { visible: true }>;

type ListVersionsParams = WithAccess & { id: string; fields: FieldAccess };
const listVersions = (name: string) => query<ListVersionsParams, VersionRow>(name, VersionRowSchema);

/** Every version of one record, newest first, by the kind of record. */
export const LIST_VERSIONS = {
  actor: listVersions('history/list-actor-versions'),
  tie: listVersions('history/list-tie-versions'),
  engagement: listVersions('history/list-engagement-versions'),
  role: listVersions('history/list-role-versions'),
  mechanism: listVersions('history/list-mechanism-versions'),
  area: listVersions('history/list-area-versions'),
  claim: listVersions('history/list-claim-versions'),
} as const;

// ---------- linked records as of a date (records-as-of.ts) ----------

/** A role version as /api/output-roles answers a role; its dates as stored (cut to the day by the caller). */
const AsOfRoleRowSchema = z.object({ role: OutputRoleRecordSchema });
export const asOfRoleList = query<
  WithAccess & { at: number; outputId: string | null; actorId: string | null; areaId: string | null },
  z.infer<typeof AsOfRoleRowSchema>
>('history/asof-role-list', AsOfRoleRowSchema);

/** An engagement version with its stored fields, read by the engagement presenter. */
const AsOfEngagementRowSchema = z.object({ engagement: RecordMapSchema });
export const asOfEngagementList = query<
  WithAccess & { at: number; actors: string[] | null; areas: string[] | null; outputs: string[] | null; fields: FieldAccess },
  z.infer<typeof AsOfEngagementRowSchema>
>('history/asof-engagement-list', AsOfEngagementRowSchema);

const AsOfMechanismRowSchema = z.object({ mechanism: MechanismRecordSchema });
export const asOfMechanismList = query<WithAccess & { at: number }, z.infer<typeof AsOfMechanismRowSchema>>(
  'history/asof-mechanism-list',
  AsOfMechanismRowSchema,
);

/** An area version with its names as [language, text] pairs, read by presentArea. */
const AsOfAreaRowSchema = z.object({ area: RecordMapSchema });
export const asOfAreaList = query<{ at: number }, z.infer<typeof AsOfAreaRowSchema>>('history/asof-area-list', AsOfAreaRowSchema);

/**
 * Typed handles on `cypher/history/`: the write side of record history (versions.ts and
 * linked-record-versions.ts) and its reads (as of a date, diffs, a record's history, erasing).
 */
import { z } from 'zod';
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

/**
 * The read side of record history and revert (issue 14). A version is listed only when the
 * caller may see it as it was (fragments visibleActorVersion / visibleTieVersion), with the fields
 * their role receives; a record they may not see today has, for them, no history at all (hidden
 * and absent answer the same 404), except a deleted record whose last version they may see.
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import { ActorPatchSchema, TiePatchSchema, type ActorPatch, type History, type HistoryEntry, type TiePatch } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { AppError, conflict, notFound } from '../errors.js';
import { actorPresenterFor } from '../presenters/actor.js';
import { fieldAccess } from '../presenters/field-access.js';
import { tiePresenterFor } from '../presenters/tie.js';
import { LIST_VERSIONS, type VersionRow, type VisibleVersionRow } from '../queries/history.js';
import type { ActorStore } from '../services/actor-store.js';
import type { TieStore } from '../services/tie-store.js';
import type { WriteContext } from '../services/write-context.js';

export type HistoryKind = 'actor' | 'tie';

export interface HistoryStore {
  history(kind: HistoryKind, id: string, viewer: Viewer): Promise<History>;
  /** Writes the fields of version `versionId` (those the caller's role receives) as a new version, through the store's update: the same level rules as a PATCH. */
  revert(kind: HistoryKind, id: string, versionId: string, viewer: Viewer, context?: WriteContext): Promise<unknown>;
}

const iso = (millis: number) => new Date(millis).toISOString();

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]));
}

/** How the stored fields a version names as changed read in the API (engagements' follow-ups, a role's type...). */
export interface EntryOptions {
  renamed?: Readonly<Record<string, string>>;
  /**
   * Whether to leave out a field whose presented value did not change (it changed only in what
   * the caller may not see: a hidden participant), and an entry left with no change at all.
   */
  onlySeenChanges?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A record's versions as `viewer` may see them (newest first), and whether they may see the record
 * today (`visibleNow`, asked after the read). A record hidden today has no visible history; a
 * deleted one (newest version closed by a delete or a merge) shows the versions the caller may
 * see. Otherwise 404, naming the record as `noun`.
 */
export async function readVersions(
  db: Database,
  kind: keyof typeof LIST_VERSIONS,
  id: string,
  viewer: Viewer,
  visibleNow: () => Promise<boolean>,
  noun: string,
): Promise<{ rows: VersionRow[]; current: boolean }> {
  const rows = await db.read(LIST_VERSIONS[kind], { id, access: accessParameters(viewer), fields: fieldAccess(viewer) });
  const current = await visibleNow();
  const deleted = rows.length > 0 && rows[0]!.endOp != null;
  if (!current && !(deleted && rows[0]!.visible === true)) throw notFound(noun, id);
  return { rows, current };
}

/** The version `versionId` among `rows` if the caller may see it. */
export function visibleVersion(rows: VersionRow[], versionId: string): VisibleVersionRow | undefined {
  return rows.find((candidate): candidate is VisibleVersionRow => candidate.visible === true && candidate.versionId === versionId);
}

/** The entries of a history from its version rows (newest first), each presented for the caller. */
export function historyEntries(
  rows: VersionRow[],
  present: (state: Record<string, unknown>) => Record<string, unknown>,
  options: EntryOptions = {},
): HistoryEntry[] {
  const presented = rows.map((row) => (row.visible === true ? present(row.state) : null));
  const items: HistoryEntry[] = [];
  const newest = rows[0];
  if (newest && newest.visible === true && newest.endOp != null) {
    items.push({
      versionId: null,
      op: newest.endOp === 'merge' ? 'merge' : 'delete',
      at: iso(newest.versionTo),
      by: newest.endBy ? { id: newest.endBy, name: newest.endByName ?? newest.endBy } : null,
      changed: [],
      before: presented[0]!,
      after: null,
    });
  }
  rows.forEach((row, index) => {
    const after = presented[index];
    if (!after) return;
    const before = presented[index + 1] ?? null;
    const stored = row.changed ?? [];
    // Only fields the role receives: a withheld field is absent from the presented record.
    let changed = [...new Set(stored.map((field) => options.renamed?.[field] ?? field))].filter((field) => field in after);
    // A change to withheld fields only is no entry: its date and author would say a withheld value moved.
    if (before && stored.length > 0 && changed.length === 0) return;
    if (options.onlySeenChanges && before) {
      changed = changed.filter((field) => !same(before[field], after[field]));
      if (changed.length === 0) return;
    }
    items.push({
      versionId: row.versionId,
      op: row.op,
      at: iso(row.versionFrom),
      by: row.by ? { id: row.by, name: row.byName ?? row.by } : null,
      changed,
      before: before ? pick(before, changed) : null,
      after: pick(after, changed),
    });
  });
  return items;
}

export function createHistoryStore(db: Database, stores: { actors: ActorStore; ties: TieStore }): HistoryStore {
  function presenterFor(kind: HistoryKind, viewer: Viewer): (state: Record<string, unknown>) => Record<string, unknown> {
    const fields = fieldAccess(viewer);
    return (kind === 'actor' ? actorPresenterFor(fields) : tiePresenterFor(fields)) as (
      s: Record<string, unknown>,
    ) => Record<string, unknown>;
  }

  /** Whether the record exists and the caller may see it today: 404 (hidden or absent) becomes false. */
  async function visibleNow(kind: HistoryKind, id: string, viewer: Viewer): Promise<boolean> {
    try {
      await (kind === 'actor' ? stores.actors.get(id, viewer) : stores.ties.get(id, viewer));
      return true;
    } catch (error) {
      if (error instanceof AppError && error.status === 404) return false;
      throw error;
    }
  }

  const visibleVersions = (kind: HistoryKind, id: string, viewer: Viewer) =>
    readVersions(db, kind, id, viewer, () => visibleNow(kind, id, viewer), kind);

  return {
    async history(kind, id, viewer) {
      const { rows } = await visibleVersions(kind, id, viewer);
      const items = historyEntries(rows, presenterFor(kind, viewer));
      return { recordId: id, kind, items, total: items.length };
    },

    async revert(kind, id, versionId, viewer, context) {
      const { rows, current } = await visibleVersions(kind, id, viewer);
      const row = visibleVersion(rows, versionId);
      // A version the caller may not see, of another record, or of a deleted record: as absent.
      if (!row || !current) throw notFound('version', versionId);
      const state = presenterFor(kind, viewer)(row.state);
      const revertContext = { ...context, historyOp: 'revert' as const };
      const schema = kind === 'actor' ? ActorPatchSchema : TiePatchSchema;
      const parsed = schema.safeParse(pick(state, Object.keys(schema.shape)));
      // A version written under older rules may no longer be a valid record.
      if (!parsed.success)
        throw conflict('This version cannot be restored: it is not a valid record under the present rules').saying(
          'conflict.version_not_restorable',
        );
      return kind === 'actor'
        ? stores.actors.update(id, parsed.data as ActorPatch, viewer, revertContext)
        : stores.ties.update(id, parsed.data as TiePatch, viewer, revertContext);
    },
  };
}

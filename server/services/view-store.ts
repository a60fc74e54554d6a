/**
 * Reads and writes named saved views of the map. A view's state and positions are nested JSON,
 * which Neo4j properties cannot hold, so they are stored as JSON text and parsed back with the
 * contract's schema on the way out. A view is private to its owner unless the owner shares it
 * (its name may name an actor a colleague may not see); a reader of a shared view gets it without
 * the actors and ties they may not see. Only its owner (or an administrator, for a shared view)
 * changes it. A view another user has not shared answers 404, exactly as a missing one.
 */
import { randomUUID } from 'node:crypto';
import { accessParameters, type Viewer } from '../access/viewer.js';
import {
  SavedViewSchema,
  SavedViewSummarySchema,
  type SavedView,
  type SavedViewCreate,
  type SavedViewPatch,
  type SavedViewSummary,
} from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import { forbidden, notFound } from '../errors.js';
import { fieldAccess } from '../presenters/field-access.js';
import { actorIdsIn, withActorRenamed, withoutActors } from './view-scrub.js';
import { findMissingActors } from '../queries/actors.js';
import type { RecordMap } from '../queries/rows.js';
import { getTie } from '../queries/ties.js';
import { createView, deleteView, getView, listViews, listViewsMentioning, replaceViewContent, updateView } from '../queries/views.js';

export interface ViewStore {
  list(viewer: Viewer): Promise<SavedViewSummary[]>;
  get(id: string, viewer: Viewer): Promise<SavedView>;
  create(input: SavedViewCreate, viewer: Viewer): Promise<SavedView>;
  update(id: string, patch: SavedViewPatch, viewer: Viewer): Promise<SavedView>;
  remove(id: string, viewer: Viewer): Promise<void>;
}

type StoredView = SavedView & { userId: string | null };

function parseStored(stored: RecordMap): StoredView {
  const view = SavedViewSchema.parse({
    ...stored,
    state: JSON.parse(String(stored.state)),
    positions: JSON.parse(String(stored.positions)),
    pinned: stored.pinned ?? [],
  });
  return { ...view, userId: typeof stored.userId === 'string' ? stored.userId : null };
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** The view as this viewer may see it. */
async function presentFor(tx: Transaction, stored: StoredView, viewer: Viewer): Promise<SavedView> {
  const access = accessParameters(viewer);
  const [row] = await tx.run(findMissingActors, { ids: actorIdsIn(stored), access });
  const hidden = new Set(row?.missing ?? []);
  const selection = stored.state.selection;
  const tieHidden =
    selection?.type === 'tie' &&
    (await tx.run(getTie, { id: selection.id, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES, access, fields: fieldAccess(viewer) }))
      .length === 0;
  const { userId: _owner, ...view } = withoutActors(stored, hidden, tieHidden);
  return SavedViewSchema.parse(view);
}

export function createViewStore(db: Database): ViewStore {
  async function readOwned(tx: Transaction, id: string, viewer: Viewer): Promise<StoredView> {
    const [row] = await tx.run(getView, { id, userId: viewer.userId });
    if (!row) throw notFound('saved view', id);
    const stored = parseStored(row.view);
    if (stored.userId !== viewer.userId && viewer.role !== 'administrator')
      throw forbidden('Only the owner of a saved view may change it').saying('forbidden.saved_view_owner');
    return stored;
  }

  return {
    async list(viewer) {
      const rows = await db.read(listViews, { userId: viewer.userId });
      return rows.map((row) => SavedViewSummarySchema.parse(row.view));
    },
    get: (id, viewer) =>
      db.readTransaction(async (tx) => {
        const [row] = await tx.run(getView, { id, userId: viewer.userId });
        if (!row) throw notFound('saved view', id);
        return presentFor(tx, parseStored(row.view), viewer);
      }),
    create: (input, viewer) =>
      db.writeTransaction(async (tx) => {
        const [row] = await tx.run(createView, {
          id: input.id ?? `view-${randomUUID()}`,
          name: input.name,
          state: json(input.state),
          positions: json(input.positions),
          pinned: input.pinned,
          shared: input.shared,
          userId: viewer.userId,
        });
        if (!row) throw new Error('views/create-view returned no row');
        return presentFor(tx, parseStored(row.view), viewer);
      }),
    update: (id, patch, viewer) =>
      db.writeTransaction(async (tx) => {
        await readOwned(tx, id, viewer);
        const [row] = await tx.run(updateView, {
          id,
          name: patch.name ?? null,
          state: json(patch.state),
          positions: json(patch.positions),
          pinned: patch.pinned ?? null,
          shared: patch.shared ?? null,
        });
        // Read as owned just above, in this transaction: gone only if deleted meanwhile.
        if (!row) throw notFound('saved view', id);
        return presentFor(tx, parseStored(row.view), viewer);
      }),
    remove: (id, viewer) =>
      db.writeTransaction(async (tx) => {
        await readOwned(tx, id, viewer);
        await tx.run(deleteView, { id });
      }),
  };
}

/** Removes a deleted actor from every saved view, inside the deleting transaction. */
export async function forgetActorInViews(tx: Transaction, actorId: string): Promise<void> {
  const rows = await tx.run(listViewsMentioning, { actorId, quotedId: JSON.stringify(actorId) });
  for (const row of rows) {
    const view = withoutActors(parseStored(row.view), new Set([actorId]));
    await tx.run(replaceViewContent, {
      id: view.id,
      state: json(view.state),
      positions: json(view.positions),
      pinned: view.pinned,
    });
  }
}

/** Points every saved view that names `fromId` at `toId` (a merge), inside the merging transaction; returns how many views changed. */
export async function moveActorInViews(tx: Transaction, fromId: string, toId: string): Promise<number> {
  const rows = await tx.run(listViewsMentioning, { actorId: fromId, quotedId: JSON.stringify(fromId) });
  for (const row of rows) {
    const view = withActorRenamed(parseStored(row.view), fromId, toId);
    await tx.run(replaceViewContent, {
      id: view.id,
      state: json(view.state),
      positions: json(view.positions),
      pinned: view.pinned,
    });
  }
  return rows.length;
}

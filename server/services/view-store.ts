/**
 * Reads and writes named saved views of the map. A view's state and positions are nested JSON,
 * which Neo4j properties cannot hold, so they are stored as JSON text and parsed back with the
 * contract's schema on the way out (a stored view that no longer parses is a server bug, and fails
 * loudly rather than reaching the client half-read).
 */
import { randomUUID } from 'node:crypto';
import {
  SavedViewSchema,
  SavedViewSummarySchema,
  type SavedView,
  type SavedViewCreate,
  type SavedViewPatch,
  type SavedViewSummary,
} from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';

export interface ViewStore {
  list(): Promise<SavedViewSummary[]>;
  get(id: string): Promise<SavedView>;
  create(input: SavedViewCreate): Promise<SavedView>;
  update(id: string, patch: SavedViewPatch): Promise<SavedView>;
  remove(id: string): Promise<void>;
}

function presentView(stored: Record<string, unknown>): SavedView {
  return SavedViewSchema.parse({
    ...stored,
    state: JSON.parse(String(stored.state)),
    positions: JSON.parse(String(stored.positions)),
    pinned: stored.pinned ?? [],
  });
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export function createViewStore(db: Database): ViewStore {
  db.requireQueries('views/list-views', 'views/get-view', 'views/create-view', 'views/update-view', 'views/delete-view');

  return {
    async list() {
      const rows = await db.read('views/list-views');
      return rows.map((row) => SavedViewSummarySchema.parse(row.view));
    },

    async get(id) {
      const [row] = await db.read('views/get-view', { id });
      if (!row) throw notFound('saved view', id);
      return presentView(row.view as Record<string, unknown>);
    },

    async create(input) {
      const [row] = await db.write('views/create-view', {
        id: input.id ?? `view-${randomUUID()}`,
        name: input.name,
        state: json(input.state),
        positions: json(input.positions),
        pinned: input.pinned,
      });
      return presentView(row?.view as Record<string, unknown>);
    },

    async update(id, patch) {
      const [row] = await db.write('views/update-view', {
        id,
        name: patch.name ?? null,
        state: json(patch.state),
        positions: json(patch.positions),
        pinned: patch.pinned ?? null,
      });
      if (!row) throw notFound('saved view', id);
      return presentView(row.view as Record<string, unknown>);
    },

    async remove(id) {
      const [row] = await db.write('views/delete-view', { id });
      if (!row || Number(row.deleted) === 0) throw notFound('saved view', id);
    },
  };
}

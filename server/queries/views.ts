/**
 * Typed handles on `cypher/views/`: saved views. A view comes back as its stored map (state and
 * positions as JSON text), which the view store parses with the contract's schema, so its shape
 * is declared once, in `contracts/`.
 */
import { z } from 'zod';
import { query } from '../db/typed-query.js';
import { NoRowSchema, RecordMapSchema, countRow } from './rows.js';

const ViewRowSchema = z.object({ view: RecordMapSchema });
type ViewRow = z.infer<typeof ViewRowSchema>;

/** What a create or an update stores: state and positions as JSON text (null: unchanged on update). */
interface ViewContent {
  state: string | null;
  positions: string | null;
}

export const listViews = query<{ userId: string }, ViewRow>('views/list-views', ViewRowSchema);
export const getView = query<{ id: string; userId: string }, ViewRow>('views/get-view', ViewRowSchema);
export const createView = query<
  ViewContent & { id: string; name: string; pinned: string[] | undefined; shared: boolean | undefined; userId: string },
  ViewRow
>('views/create-view', ViewRowSchema);
export const updateView = query<
  ViewContent & { id: string; name: string | null; pinned: string[] | null; shared: boolean | null },
  ViewRow
>('views/update-view', ViewRowSchema);

const DeletedRowSchema = countRow('deleted');
export const deleteView = query<{ id: string }, z.infer<typeof DeletedRowSchema>>('views/delete-view', DeletedRowSchema);

export const listViewsMentioning = query<{ actorId: string; quotedId: string }, ViewRow>('views/list-views-mentioning', ViewRowSchema);
export const replaceViewContent = query<ViewContent & { id: string; pinned: string[] }, never>('views/replace-view-content', NoRowSchema);

/**
 * The client's state: one typed object, changed only by the setters below. Renderers subscribe
 * and redraw from the state they are given; nothing else holds a second copy of what is shown.
 * Setters replace the pieces they change (never mutate them), so a renderer can tell by
 * reference whether its piece changed. `view` is the shareable part (URL, saved views); the rest
 * is what was loaded or what the session did.
 */
import {
  ViewStateSchema,
  type Actor,
  type AdminArea,
  type GraphElements,
  type MapFilters,
  type OutputSummary,
  type SavedViewSummary,
  type Tie,
  type ViewState,
} from '../server/contracts/index.js';
import type { ApiError } from './api.js';
import { setPastPoint } from './rounds/as-of.js';

/** Whether the map itself has loaded. */
export type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; error: ApiError };

/** The selected actor's or tie's full record, for the side panel. */
export type Details =
  | { key: string; status: 'loading' }
  | { key: string; status: 'ready'; actor: Actor; ties: Tie[] }
  | { key: string; status: 'ready-tie'; tie: Tie }
  | { key: string; status: 'error'; error: ApiError };

export interface HistoryState {
  undo: string | null;
  redo: string | null;
  busy: boolean;
}

export interface AppState {
  load: LoadState;
  /** Every actor and tie, exactly as the API sent them; filters hide, never drop. */
  elements: GraphElements;
  areasById: ReadonlyMap<string, AdminArea>;
  outputs: readonly OutputSummary[];
  /** Actors tied to the output of the output filter, from the API (null until loaded). */
  outputMembers: { outputId: string; actorIds: ReadonlySet<string> } | null;
  demoData: boolean;
  view: ViewState;
  details: Details | null;
  /** Actors no layout may move (dragged by hand, or pinned in the panel). */
  pinned: ReadonlySet<string>;
  /** The saved view the page was opened from, if any; its positions were applied. */
  savedViewId: string | null;
  savedViews: readonly SavedViewSummary[];
  history: HistoryState;
  /** The actor chosen with "Path from here", waiting for "Path to here" on another. */
  pathStart: string | null;
  /** A short message for the live region (what an action did). */
  notice: { text: string; tone: 'info' | 'error' } | null;
  /** Actors chosen for a bulk action (Shift-click, Shift-drag a box); apart from the panel's selection. */
  bulk: ReadonlySet<string>;
  /** The past point the map shows (a round or a date), read-only; null for today (client/rounds/). */
  asOf: AsOfPoint | null;
}

/** A past point of the record: `param` is what `asOf=` carries (a round id or an ISO date-time). */
export interface AsOfPoint {
  param: string;
  /** The round's name, or null for a plain date. */
  name: string | null;
  /** ISO date-time the point names. */
  at: string;
}

type Listener = (state: Readonly<AppState>) => void;

export const DEFAULT_VIEW: ViewState = ViewStateSchema.parse({});

const state: AppState = {
  load: { status: 'loading' },
  elements: { nodes: [], edges: [] },
  areasById: new Map(),
  outputs: [],
  outputMembers: null,
  demoData: false,
  view: DEFAULT_VIEW,
  details: null,
  pinned: new Set(),
  savedViewId: null,
  savedViews: [],
  history: { undo: null, redo: null, busy: false },
  pathStart: null,
  notice: null,
  bulk: new Set(),
  asOf: null,
};
const listeners = new Set<Listener>();

/** The current state, read-only. */
export function getState(): Readonly<AppState> {
  return state;
}

/** Call `listener` after every change (and once now). Returns an unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const listener of listeners) listener(state);
}

export function setLoading(): void {
  state.load = { status: 'loading' };
  changed();
}

export function setLoadError(error: ApiError): void {
  state.load = { status: 'error', error };
  changed();
}

/** The map's data arrived (first load or after an edit). */
export function setMapData(elements: GraphElements, areas?: readonly AdminArea[], outputs?: readonly OutputSummary[]): void {
  state.elements = elements;
  if (areas) state.areasById = new Map(areas.map((area) => [area.id, area]));
  if (outputs) state.outputs = outputs;
  state.load = { status: 'ready' };
  const ids = new Set(elements.nodes.map((node) => node.data.id));
  const edgeIds = new Set(elements.edges.map((edge) => edge.data.id));
  const { selection, focus, path } = state.view;
  const gone = (id: string) => !ids.has(id);
  if (
    (selection && (selection.type === 'actor' ? gone(selection.id) : !edgeIds.has(selection.id))) ||
    (focus && gone(focus.actorId)) ||
    (path && (gone(path.from) || gone(path.to)))
  ) {
    state.view = {
      ...state.view,
      selection: selection && (selection.type === 'actor' ? ids.has(selection.id) : edgeIds.has(selection.id)) ? selection : null,
      focus: focus && ids.has(focus.actorId) ? focus : null,
      path: path && ids.has(path.from) && ids.has(path.to) ? path : null,
    };
    if (state.view.selection === null) state.details = null;
  }
  if ([...state.bulk].some(gone)) state.bulk = new Set([...state.bulk].filter((id) => ids.has(id)));
  changed();
}

export function setDemoData(demoData: boolean): void {
  if (state.demoData === demoData) return;
  state.demoData = demoData;
  changed();
}

/** Replace parts of the shareable view (filters, focus, path, layout, mode, selection, viewport). */
export function updateView(patch: Partial<ViewState>): void {
  state.view = { ...state.view, ...patch };
  changed();
}

export function setFilters(patch: Partial<MapFilters>): void {
  updateView({ filters: { ...state.view.filters, ...patch } });
}

export function setOutputMembers(outputId: string, actorIds: ReadonlySet<string>): void {
  state.outputMembers = { outputId, actorIds };
  changed();
}

/** Select an actor or tie (or nothing); its details follow with `setDetails`. */
export function select(selection: ViewState['selection']): void {
  state.view = { ...state.view, selection };
  state.details = selection ? { key: `${selection.type}:${selection.id}`, status: 'loading' } : null;
  changed();
}

/** Details for the selection arrived; ignored if the user has moved on. */
export function setDetails(details: Details): void {
  if (state.details?.key !== details.key) return;
  state.details = details;
  changed();
}

export function setPinned(pinned: ReadonlySet<string>): void {
  state.pinned = pinned;
  changed();
}

export function setSavedViews(views: readonly SavedViewSummary[], openedId?: string | null): void {
  state.savedViews = views;
  if (openedId !== undefined) state.savedViewId = openedId;
  changed();
}

export function setHistory(history: HistoryState): void {
  state.history = history;
  changed();
}

export function setPathStart(actorId: string | null): void {
  state.pathStart = actorId;
  changed();
}

export function notify(text: string, tone: 'info' | 'error' = 'info'): void {
  state.notice = { text, tone };
  changed();
}

/** Take a notice away (its time is up, or the user closed it); a newer notice stays. */
export function dismissNotice(notice: AppState['notice']): void {
  if (notice === null || state.notice !== notice) return;
  state.notice = null;
  changed();
}

/** Choose the actors of a bulk action (replacing the previous choice). */
export function setBulk(ids: Iterable<string>): void {
  state.bulk = new Set(ids);
  changed();
}

/** Add an actor to the bulk choice, or take it out if it is in. */
export function toggleBulk(id: string): void {
  const next = new Set(state.bulk);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  setBulk(next);
}

/** Show the map as of a past point (read-only), or today with null; the caller reloads the data. */
export function setAsOf(point: AsOfPoint | null): void {
  state.asOf = point;
  setPastPoint(point);
  state.bulk = new Set();
  changed();
}

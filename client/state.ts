/**
 * The client's state: one typed object, changed only by the setters below. Renderers subscribe
 * and redraw from the state they are given; nothing else holds a second copy of what is shown.
 * Setters replace the pieces they change (never mutate them), so a renderer can tell by
 * reference whether its piece changed.
 */
import type { Actor, AdminArea, GraphElements, Tie } from '../server/contracts/index.js';
import type { ApiError } from './api.js';

/** Whether the map itself has loaded. */
export type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; error: ApiError };

/** The actor shown in the side panel, and how far its details have loaded. */
export type Selection =
  | { actorId: string; status: 'loading' }
  | { actorId: string; status: 'ready'; actor: Actor; ties: Tie[] }
  | { actorId: string; status: 'error'; error: ApiError };

export interface AppState {
  load: LoadState;
  /** The elements drawn on the map, exactly as the API sent them. */
  elements: GraphElements;
  areasById: ReadonlyMap<string, AdminArea>;
  /** True when the loaded records are the fictional demo scenario. */
  demoData: boolean;
  selection: Selection | null;
}

type Listener = (state: Readonly<AppState>) => void;

const state: AppState = {
  load: { status: 'loading' },
  elements: { nodes: [], edges: [] },
  areasById: new Map(),
  demoData: false,
  selection: null,
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

/** The map's data arrived: draw it. */
export function setMapData(elements: GraphElements, areas: readonly AdminArea[]): void {
  state.elements = elements;
  state.areasById = new Map(areas.map((area) => [area.id, area]));
  state.load = { status: 'ready' };
  if (state.selection && !elements.nodes.some((node) => node.data.id === state.selection?.actorId)) {
    state.selection = null;
  }
  changed();
}

export function setDemoData(demoData: boolean): void {
  if (state.demoData === demoData) return;
  state.demoData = demoData;
  changed();
}

/** Start showing an actor; its details follow with `setSelectionDetails`. */
export function selectActor(actorId: string): void {
  state.selection = { actorId, status: 'loading' };
  changed();
}

/** Details for the selected actor arrived; ignored if the user has moved on to another actor. */
export function setSelectionDetails(actorId: string, details: { actor: Actor; ties: Tie[] } | { error: ApiError }): void {
  if (state.selection?.actorId !== actorId) return;
  state.selection =
    'error' in details
      ? { actorId, status: 'error', error: details.error }
      : { actorId, status: 'ready', actor: details.actor, ties: details.ties };
  changed();
}

export function clearSelection(): void {
  if (state.selection === null) return;
  state.selection = null;
  changed();
}

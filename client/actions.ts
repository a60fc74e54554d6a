/**
 * What the user can ask for, as async steps: call the API, then the state setters. UI modules
 * call these (or the edit actions in edit/edit-actions.ts); they never call `api.ts` themselves,
 * so loading and error handling live in one place.
 */
import type { MapFilters, SavedView, ViewState } from '../server/contracts/index.js';
import {
  ApiError,
  deleteSavedView,
  fetchActor,
  fetchActorPage,
  fetchAreas,
  fetchGraph,
  fetchOutputActorIds,
  fetchOutputs,
  fetchSavedView,
  fetchSavedViews,
  fetchTie,
  fetchTiesOf,
  saveView,
} from './api.js';
import * as store from './state.js';
import { t } from './i18n/i18n.js';

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  console.error(error);
  return new ApiError('internal_error', t('edit.pageError'), null);
}

/**
 * Load the map, the areas and outputs that name things, and the saved views. The saved views and
 * the demo-data flag are asked for once `drawn` settles (the workbench passes the first map's
 * drawing): neither their queries nor the redraws their answers cause compete with the first map.
 */
export async function loadMap(drawn: Promise<void> = Promise.resolve()): Promise<void> {
  store.setLoading();
  try {
    const quiet =
      <T>(what: string, fallback: T) =>
      (error: unknown) => {
        console.warn(`${what} could not be loaded.`, error);
        return fallback;
      };
    const [elements, areas, outputs] = await Promise.all([
      fetchGraph(),
      fetchAreas().catch(quiet('Areas', [])),
      fetchOutputs().catch(quiet('Outputs', [])),
    ]);
    store.setMapData(elements, areas, outputs);
  } catch (error) {
    store.setLoadError(asApiError(error));
    return;
  }
  void drawn.then(() => {
    void detectDemoData();
    void refreshSavedViews();
  });
  const { view } = store.getState();
  if (view.filters.output) void loadOutputMembers(view.filters.output);
  if (view.selection) void loadDetails(view.selection);
}

/** Fetch the graph again after an edit; the map merges it without moving anyone. */
export async function reloadGraph(): Promise<void> {
  try {
    store.setMapData(await fetchGraph());
  } catch (error) {
    store.notify(t('edit.refreshFailed', { message: asApiError(error).message }), 'error');
  }
  const { selection } = store.getState().view;
  if (selection) void loadDetails(selection);
}

/** The graph has no `fictional` field; one actor record tells whether this is the demo data. */
async function detectDemoData(): Promise<void> {
  try {
    const page = await fetchActorPage(1);
    store.setDemoData(page.items[0]?.fictional === true);
  } catch (error) {
    console.warn('Could not tell whether the data is fictional.', error);
  }
}

let detailRequest: AbortController | null = null;

async function loadDetails(selection: NonNullable<ViewState['selection']>): Promise<void> {
  detailRequest?.abort();
  const request = new AbortController();
  detailRequest = request;
  const key = `${selection.type}:${selection.id}`;
  if (store.getState().details?.key !== key) store.select(selection);
  try {
    if (selection.type === 'actor') {
      const [actor, ties] = await Promise.all([fetchActor(selection.id, request.signal), fetchTiesOf(selection.id, request.signal)]);
      store.setDetails({ key, status: 'ready', actor, ties });
    } else {
      store.setDetails({ key, status: 'ready-tie', tie: await fetchTie(selection.id, request.signal) });
    }
  } catch (error) {
    if (request.signal.aborted) return;
    store.setDetails({ key, status: 'error', error: asApiError(error) });
  }
}

/**
 * Select an actor (map, search, grid or table) and load its record and ties for the panel. While
 * a focus is on, it moves to the newly selected actor (same depth): the neighbourhood shown is
 * always that of the actor the panel describes. An actor just created is selected without moving
 * the focus (it is drawn at full strength beside the neighbourhood the user was looking at).
 */
export function showActor(actorId: string, options: { moveFocus?: boolean } = {}): void {
  const { focus } = store.getState().view;
  if (focus && focus.actorId !== actorId && options.moveFocus !== false) store.updateView({ focus: { actorId, depth: focus.depth } });
  store.select({ type: 'actor', id: actorId });
  void loadDetails({ type: 'actor', id: actorId });
}

export function showTie(tieId: string): void {
  store.select({ type: 'tie', id: tieId });
  void loadDetails({ type: 'tie', id: tieId });
}

export function clearSelection(): void {
  detailRequest?.abort();
  detailRequest = null;
  store.select(null);
}

/** Change filters; the output filter asks the API which actors belong to the output. */
export function changeFilters(patch: Partial<MapFilters>): void {
  store.setFilters(patch);
  if (patch.output) void loadOutputMembers(patch.output);
}

async function loadOutputMembers(outputId: string): Promise<void> {
  try {
    store.setOutputMembers(outputId, await fetchOutputActorIds(outputId));
  } catch (error) {
    store.notify(t('edit.outputFilterFailed', { message: asApiError(error).message }), 'error');
  }
}

export function focusOn(actorId: string, depth: number): void {
  store.updateView({ focus: { actorId, depth }, path: null });
}

export function setPath(from: string, to: string): void {
  store.updateView({ path: { from, to }, focus: null });
}

export function clearEmphasis(): void {
  store.updateView({ focus: null, path: null });
}

export async function refreshSavedViews(): Promise<void> {
  try {
    store.setSavedViews(await fetchSavedViews());
  } catch (error) {
    console.warn('Saved views could not be listed.', error);
  }
}

/** Save the current view under a name, with every actor's position and the pins. */
export async function saveCurrentView(name: string, positions: SavedView['positions']): Promise<boolean> {
  const state = store.getState();
  try {
    // Saved private: a view's name may name an actor a colleague may not see (sharing is a PATCH).
    const saved = await saveView({ name, state: state.view, positions, pinned: [...state.pinned], shared: false });
    store.setSavedViews(state.savedViews, saved.id);
    store.notify(t('edit.viewSaved', { name: saved.name }));
    await refreshSavedViews();
    return true;
  } catch (error) {
    store.notify(t('edit.viewSaveFailed', { message: asApiError(error).message }), 'error');
    return false;
  }
}

/** Open a saved view: its state, pins and positions (the caller applies positions to the map). */
export async function openSavedView(id: string): Promise<SavedView | null> {
  try {
    const saved = await fetchSavedView(id);
    store.setPinned(new Set(saved.pinned));
    store.setSavedViews(store.getState().savedViews, saved.id);
    store.updateView(saved.state);
    if (saved.state.filters.output) void loadOutputMembers(saved.state.filters.output);
    if (saved.state.selection) void loadDetails(saved.state.selection);
    else store.select(null);
    return saved;
  } catch (error) {
    store.notify(t('edit.viewOpenFailed', { message: asApiError(error).message }), 'error');
    return null;
  }
}

/** Full records for the edit forms. */
export const readActor = (id: string) => fetchActor(id);
export const readTie = (id: string) => fetchTie(id);

/** A saved view's positions and pins, for a page opened from a link that names it. */
export async function readSavedView(id: string): Promise<SavedView | null> {
  try {
    return await fetchSavedView(id);
  } catch (error) {
    store.notify(t('edit.viewLinkFailed', { message: asApiError(error).message }), 'error');
    return null;
  }
}

export async function removeSavedView(id: string): Promise<void> {
  try {
    await deleteSavedView(id);
    if (store.getState().savedViewId === id) store.setSavedViews(store.getState().savedViews, null);
    await refreshSavedViews();
  } catch (error) {
    store.notify(t('edit.viewDeleteFailed', { message: asApiError(error).message }), 'error');
  }
}

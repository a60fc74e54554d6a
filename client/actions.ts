/**
 * What the user can ask for, as async steps: call the API, then the state setters. UI modules
 * call these; they never call `api.ts` themselves, so loading and error handling live in one place.
 */
import { ApiError, fetchActor, fetchActorPage, fetchAreas, fetchGraph, fetchTiesOf } from './api.js';
import * as store from './state.js';

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  console.error(error);
  return new ApiError('internal_error', 'Something went wrong in the page. Reload to try again.', null);
}

/** Load (or reload) the map and the areas needed to name places. */
export async function loadMap(): Promise<void> {
  store.setLoading();
  try {
    const [elements, areas] = await Promise.all([
      fetchGraph(),
      // Area names only improve the panel; the map still draws without them.
      fetchAreas().catch((error: unknown) => {
        console.warn('Areas could not be loaded; the panel will show area ids.', error);
        return [];
      }),
    ]);
    store.setMapData(elements, areas);
  } catch (error) {
    store.setLoadError(asApiError(error));
    return;
  }
  void detectDemoData();
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

/** Select an actor and load its record and ties for the side panel. */
export async function showActor(actorId: string): Promise<void> {
  detailRequest?.abort();
  const request = new AbortController();
  detailRequest = request;
  store.selectActor(actorId);
  try {
    const [actor, ties] = await Promise.all([fetchActor(actorId, request.signal), fetchTiesOf(actorId, request.signal)]);
    store.setSelectionDetails(actorId, { actor, ties });
  } catch (error) {
    if (request.signal.aborted) return;
    store.setSelectionDetails(actorId, { error: asApiError(error) });
  }
}

export function closeActor(): void {
  detailRequest?.abort();
  detailRequest = null;
  store.clearSelection();
}

/**
 * The client's only door to the API: every request goes through `getJson`, and every response
 * is parsed with the server's zod contracts, so a drifting API fails loudly here rather than as
 * `undefined` somewhere in the UI. Failures become an `ApiError` carrying the API's error code.
 * The requests the page's first script sends before the workbench loads (api/early-requests.ts)
 * are answered here too, checked the same way.
 */
import type { z } from 'zod';
import { plainRefusal } from './ui/role.js';
import { sayApiMessage } from './i18n/api-messages.js';
import { t } from './i18n/i18n.js';
import {
  ActorPageSchema,
  ActorSchema,
  ActorWrittenSchema,
  AdminAreaSchema,
  ErrorBodySchema,
  GraphElementsSchema,
  MeSchema,
  OutputSummarySchema,
  SavedViewSchema,
  SavedViewSummarySchema,
  TiePageSchema,
  TieSchema,
  TieWrittenSchema,
  type Actor,
  type ActorWritten,
  type ActorCreateRequest,
  type ActorPatch,
  type SavedView,
  type SavedViewCreate,
  type SavedViewSummary,
  type TieCreateRequest,
  type TiePatch,
  type ActorPage,
  type AdminArea,
  type ErrorCode,
  type GraphElements,
  type Me,
  type OutputSummary,
  type Tie,
  type TieWritten,
} from '../server/contracts/index.js';
import { readAnswer, takeEarlyAnswer, type ApiAnswer } from './api/early-requests.js';
import { showingPast, withAsOf } from './rounds/as-of.js';

/**
 * Why a request failed. `code` is the API's stable error code when the API answered with an
 * error body; `network_error` and `invalid_response` are the client's own.
 */
export type ApiErrorCode = ErrorCode | 'network_error' | 'invalid_response';

/** A failed API call, with a message fit to show the user. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** The failing fields of a 400 (empty otherwise). */
  readonly details: readonly { path: string; message: string }[];
  /** Facts an error states instead: the actor a merged id now is (`mergedInto`), the actors that already carry a name (`existingIds`). */
  readonly facts: { mergedInto?: string | undefined; existingIds?: string[] | undefined };
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number | null,
    details: readonly { path: string; message: string }[] | { mergedInto?: string | undefined; existingIds?: string[] | undefined } = [],
    /** The API's code for the message (issue 17), when it gave one. */
    readonly messageCode?: string,
  ) {
    super(message);
    this.details = Array.isArray(details) ? details : [];
    this.facts = Array.isArray(details) ? {} : (details as ApiError['facts']);
  }
}

/** GET a same-origin API path and parse the body with `schema`. Exported for the feature API modules in client/api/. */
export function getJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.output<S>> {
  // A past point on the timeline: the reads that follow it ask for that point (rounds/as-of.ts).
  return send('GET', withAsOf(path), undefined, schema, signal);
}

/** Send a request (with a JSON body for writes) and parse the answer with `schema` (none for 204). */
export async function send<S extends z.ZodType>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  payload: unknown,
  schema: S | null,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  let answer: ApiAnswer;
  try {
    // A GET the first script already sent (see api/early-requests.ts) is answered by that request.
    const early = method === 'GET' && !signal ? takeEarlyAnswer(path) : null;
    answer = await (early ??
      fetch(path, {
        method,
        headers:
          payload === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: payload === undefined ? null : JSON.stringify(payload),
        signal: signal ?? null,
      }).then(readAnswer));
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('network_error', t('common.apiUnreachable'), null);
  }
  const { body } = answer;
  if (!answer.ok) {
    const parsedError = ErrorBodySchema.safeParse(body);
    if (parsedError.success) {
      const { code, message, messageCode, params, details } = parsedError.data.error;
      // The message and each field problem in the page's language, from their codes (issue 17).
      const said = Array.isArray(details)
        ? details.map((detail) => ({ path: detail.path, message: sayApiMessage(detail.message, detail.messageCode, detail.params) }))
        : (details ?? []);
      throw new ApiError(code, plainRefusal(code, sayApiMessage(message, messageCode, params)), answer.status, said, messageCode);
    }
    throw new ApiError('internal_error', `The API answered ${answer.status} ${answer.statusText}.`, answer.status);
  }
  if (schema === null) return undefined as z.output<S>;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error(`Unexpected response shape from ${path}`, parsed.error.issues);
    throw new ApiError('invalid_response', t('common.apiUnexpectedResponse', { path }), answer.status);
  }
  return parsed.data;
}

/** The whole map as Cytoscape elements. */
export function fetchGraph(signal?: AbortSignal): Promise<GraphElements> {
  return getJson('/api/graph', GraphElementsSchema, signal);
}

/** The ids of the actors tied to an output (they lead, support, contribute to or obstruct it). */
export async function fetchOutputActorIds(outputId: string, signal?: AbortSignal): Promise<Set<string>> {
  const graph = await getJson(`/api/graph?output=${encodeURIComponent(outputId)}`, GraphElementsSchema, signal);
  return new Set(graph.nodes.map((node) => node.data.id));
}

/** Actors whose name, acronym or alias contains `text` (the server matches aliases, which the map lacks). */
export async function searchActors(text: string, signal?: AbortSignal): Promise<Actor[]> {
  const page = await getJson(`/api/actors?text=${encodeURIComponent(text)}&limit=20`, ActorPageSchema, signal);
  return page.items;
}

export function createActor(body: ActorCreateRequest): Promise<ActorWritten> {
  return send('POST', '/api/actors', body, ActorWrittenSchema);
}

export function updateActor(id: string, patch: ActorPatch): Promise<ActorWritten> {
  return send('PATCH', `/api/actors/${encodeURIComponent(id)}`, patch, ActorWrittenSchema);
}

export function deleteActor(id: string): Promise<void> {
  return send('DELETE', `/api/actors/${encodeURIComponent(id)}`, undefined, null) as Promise<void>;
}

export function fetchTie(id: string, signal?: AbortSignal): Promise<Tie> {
  if (showingPast() && pastReaders) return pastReaders.tie(id, signal);
  return getJson(`/api/ties/${encodeURIComponent(id)}`, TieSchema, signal);
}

export function createTie(body: TieCreateRequest): Promise<TieWritten> {
  return send('POST', '/api/ties', body, TieWrittenSchema);
}

export function updateTie(id: string, patch: TiePatch): Promise<TieWritten> {
  return send('PATCH', `/api/ties/${encodeURIComponent(id)}`, patch, TieWrittenSchema);
}

export function deleteTie(id: string): Promise<void> {
  return send('DELETE', `/api/ties/${encodeURIComponent(id)}`, undefined, null) as Promise<void>;
}

export function fetchSavedViews(signal?: AbortSignal): Promise<SavedViewSummary[]> {
  return getJson('/api/views', SavedViewSummarySchema.array(), signal);
}

export function fetchSavedView(id: string, signal?: AbortSignal): Promise<SavedView> {
  return getJson(`/api/views/${encodeURIComponent(id)}`, SavedViewSchema, signal);
}

export function saveView(body: SavedViewCreate): Promise<SavedView> {
  return send('POST', '/api/views', body, SavedViewSchema);
}

export function deleteSavedView(id: string): Promise<void> {
  return send('DELETE', `/api/views/${encodeURIComponent(id)}`, undefined, null) as Promise<void>;
}

/** One actor's full record. */
export function fetchActor(id: string, signal?: AbortSignal): Promise<Actor> {
  if (showingPast() && pastReaders) return pastReaders.actor(id, signal);
  return getJson(`/api/actors/${encodeURIComponent(id)}`, ActorSchema, signal);
}

/** A page of actors; used with limit=1 to learn whether the loaded data is the fictional demo. */
export function fetchActorPage(limit: number, signal?: AbortSignal): Promise<ActorPage> {
  return getJson(`/api/actors?limit=${limit}`, ActorPageSchema, signal);
}

/** Every tie touching one actor (the API caps a page at 1000, far above any real actor's ties). */
export async function fetchTiesOf(actorId: string, signal?: AbortSignal): Promise<Tie[]> {
  const page = await getJson(`/api/ties?actor=${encodeURIComponent(actorId)}&limit=1000`, TiePageSchema, signal);
  return page.items;
}

/** All admin areas, to show area names instead of ids. */
export function fetchAreas(signal?: AbortSignal): Promise<AdminArea[]> {
  return getJson('/api/areas', AdminAreaSchema.array(), signal);
}

/** The handbook outputs, for the output filter. */
export function fetchOutputs(signal?: AbortSignal): Promise<OutputSummary[]> {
  return getJson('/api/outputs', OutputSummarySchema.array(), signal);
}

/** The signed-in user; an ApiError with code `unauthenticated` when nobody is. */
export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return getJson('/api/auth/me', MeSchema, signal);
}

/** Signs in; the server sets the session cookie. */
export function signIn(username: string, password: string): Promise<Me> {
  return send('POST', '/api/auth/sign-in', { username, password }, MeSchema);
}

/** Ends the session on the server. */
export function signOut(): Promise<void> {
  return send('POST', '/api/auth/sign-out', undefined, null) as Promise<void>;
}

/**
 * The single-record reads of a past point: `/api/actors/:id` and `/api/ties/:id` take no `asOf`,
 * so client/rounds/ gives readers that find the record in the as-of lists (registered at start,
 * which keeps this module from importing the state).
 */
export interface PastRecordReaders {
  actor(id: string, signal?: AbortSignal): Promise<Actor>;
  tie(id: string, signal?: AbortSignal): Promise<Tie>;
}
let pastReaders: PastRecordReaders | null = null;

export function registerPastRecordReaders(readers: PastRecordReaders): void {
  pastReaders = readers;
}

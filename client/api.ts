/**
 * The client's only door to the API: every request goes through `getJson`, and every response
 * is parsed with the server's zod contracts, so a drifting API fails loudly here rather than as
 * `undefined` somewhere in the UI. Failures become an `ApiError` carrying the API's error code.
 */
import type { z } from 'zod';
import {
  ActorPageSchema,
  ActorSchema,
  AdminAreaSchema,
  ErrorBodySchema,
  GraphElementsSchema,
  OutputSummarySchema,
  TiePageSchema,
  type Actor,
  type ActorPage,
  type AdminArea,
  type ErrorCode,
  type GraphElements,
  type OutputSummary,
  type Tie,
} from '../server/contracts/index.js';

/**
 * Why a request failed. `code` is the API's stable error code when the API answered with an
 * error body; `network_error` and `invalid_response` are the client's own.
 */
export type ApiErrorCode = ErrorCode | 'network_error' | 'invalid_response';

/** A failed API call, with a message fit to show the user. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number | null,
    readonly details: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** GET a same-origin API path and parse the body with `schema`. */
async function getJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal: signal ?? null });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('network_error', 'The Actor Map API could not be reached.', null);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsedError = ErrorBodySchema.safeParse(body);
    if (parsedError.success) {
      const { code, message, details } = parsedError.data.error;
      throw new ApiError(code, message, response.status, details ?? []);
    }
    throw new ApiError('internal_error', `The API answered ${response.status} ${response.statusText}.`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error(`Unexpected response shape from ${path}`, parsed.error.issues);
    throw new ApiError('invalid_response', `The API sent an unexpected response for ${path}.`, response.status);
  }
  return parsed.data;
}

/** The whole map as Cytoscape elements. */
export function fetchGraph(signal?: AbortSignal): Promise<GraphElements> {
  return getJson('/api/graph', GraphElementsSchema, signal);
}

/** One actor's full record. */
export function fetchActor(id: string, signal?: AbortSignal): Promise<Actor> {
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

/** The handbook outputs (not drawn yet; the workbench will filter the map by output). */
export function fetchOutputs(signal?: AbortSignal): Promise<OutputSummary[]> {
  return getJson('/api/outputs', OutputSummarySchema.array(), signal);
}

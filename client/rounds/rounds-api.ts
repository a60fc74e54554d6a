/**
 * The rounds, history and diff API (issue 14) for the timeline, the History section and the
 * diff view. Every call goes through client/api.ts (the one fetch) and is parsed with the
 * server's contracts. Reads that name their own point (`asOf=` here) are left as they are by the
 * timeline's helper (rounds/as-of.ts).
 */
import {
  ActorSchema,
  DiffSchema,
  GraphElementsSchema,
  HistorySchema,
  RoundListSchema,
  RoundSchema,
  TieSchema,
  type Diff,
  type GraphElements,
  type History,
  type Round,
  type RoundCreate,
  type RoundPatch,
} from '../../server/contracts/index.js';
import { getJson, send } from '../api.js';

export type RecordKind = 'actor' | 'tie';
const base = (kind: RecordKind, id: string) => `/api/${kind === 'actor' ? 'actors' : 'ties'}/${encodeURIComponent(id)}`;

/** The rounds, newest first. */
export async function fetchRounds(signal?: AbortSignal): Promise<Round[]> {
  return (await getJson('/api/rounds', RoundListSchema, signal)).items;
}

export function createRound(body: RoundCreate): Promise<Round> {
  return send('POST', '/api/rounds', body, RoundSchema);
}

export function updateRound(id: string, patch: RoundPatch): Promise<Round> {
  return send('PATCH', `/api/rounds/${encodeURIComponent(id)}`, patch, RoundSchema);
}

export function deleteRound(id: string): Promise<void> {
  return send('DELETE', `/api/rounds/${encodeURIComponent(id)}`, undefined, null) as Promise<void>;
}

/** A record's versions the caller may see, newest first. */
export function fetchHistory(kind: RecordKind, id: string, signal?: AbortSignal): Promise<History> {
  return getJson(`${base(kind, id)}/history`, HistorySchema, signal);
}

/** Restore an actor or tie to one of its versions (a new version on the server). */
export async function revertRecord(kind: RecordKind, id: string, versionId: string): Promise<void> {
  await send('POST', `${base(kind, id)}/revert`, { versionId }, kind === 'actor' ? ActorSchema : TieSchema);
}

/** The diff between two points, with its coordination and engagement sections when the server sends them. */
export function fetchDiff(from: string, to: string, signal?: AbortSignal): Promise<Diff> {
  return getJson(`/api/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, DiffSchema, signal);
}

/** The map at a point (a round id or a date-time), whatever point the page shows. */
export function fetchGraphAt(point: string, signal?: AbortSignal): Promise<GraphElements> {
  return getJson(`/api/graph?asOf=${encodeURIComponent(point)}`, GraphElementsSchema, signal);
}

/** Where the change brief between two points is (HTML to print). */
export function changeBriefUrl(from: string, to: string): string {
  return `/api/briefings/changes?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&format=html`;
}

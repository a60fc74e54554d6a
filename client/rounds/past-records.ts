/**
 * One actor or tie as it was at the shown past point (issue 14). The single-record reads take no
 * `asOf`; the as-of lists do, so the record is found there. Registered into api.ts at start
 * (rounds/mount.ts), which then answers fetchActor/fetchTie with these while a past point is shown.
 */
import { ActorPageSchema, TiePageSchema, type Actor, type Tie } from '../../server/contracts/index.js';
import { ApiError, getJson, registerPastRecordReaders } from '../api.js';
import { getState } from '../state.js';

const notFound = (what: string) => new ApiError('not_found', `This ${what} did not exist at the date shown.`, 404);

/**
 * One actor as it was at the shown point. The single-record read has no `asOf`; the as-of list
 * has, so the actor is looked up there by its name on the map (the list matches names and
 * acronyms) and picked by id.
 */
export async function fetchActorAsOf(id: string, signal?: AbortSignal): Promise<Actor> {
  const label = getState().elements.nodes.find((node) => node.data.id === id)?.data.label;
  if (!label) throw notFound('actor');
  const page = await getJson(`/api/actors?text=${encodeURIComponent(label.slice(0, 200))}&limit=500`, ActorPageSchema, signal);
  const actor = page.items.find((item) => item.id === id);
  if (!actor) throw notFound('actor');
  return actor;
}

/** One tie as it was at the shown point, from the as-of ties of its source actor. */
export async function fetchTieAsOf(id: string, signal?: AbortSignal): Promise<Tie> {
  const edge = getState().elements.edges.find((item) => item.data.id === id);
  if (!edge) throw notFound('tie');
  const page = await getJson(`/api/ties?actor=${encodeURIComponent(edge.data.source)}&limit=1000`, TiePageSchema, signal);
  const tie = page.items.find((item) => item.id === id);
  if (!tie) throw notFound('tie');
  return tie;
}

export function readPastRecordsFromTheLists(): void {
  registerPastRecordReaders({ actor: fetchActorAsOf, tie: fetchTieAsOf });
}

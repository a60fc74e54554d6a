/**
 * The map as of a past round or date (issue 14): which reads follow the timeline, and the one
 * helper that adds `asOf=` to them. api.ts's `getJson` passes every read through `withAsOf`, so
 * the map, the grid, the tables, the panel and the analysis panels all ask for the same point
 * without each knowing about rounds. While a past point is shown the page is read-only
 * (`showingPast`, used by ui/role.ts).
 */
import { ActorPageSchema, TiePageSchema, type Actor, type Tie } from '../../server/contracts/index.js';
import { ApiError, getJson } from '../api.js';
import { getState } from '../state.js';

/** Reads that answer for a past point: the map, the actor and tie lists, every analysis. */
const FOLLOWS_TIMELINE = [/^\/api\/graph$/, /^\/api\/actors$/, /^\/api\/ties$/, /^\/api\/analysis\//];

/** The panel's read-only line while a past point is shown. */
export const PAST_NOTE = 'This is the map of a past date: go back to today to change it.';

/** Whether the map shows a past point (then nothing may be edited). */
export function showingPast(): boolean {
  return getState().asOf !== null;
}

/**
 * `path` with `asOf=<round id or date-time>` added when a past point is shown and the read
 * follows the timeline; unchanged otherwise (and when it already names a point).
 */
export function withAsOf(path: string): string {
  const point = getState().asOf;
  if (!point) return path;
  const [pathname = '', search = ''] = path.split('?', 2);
  if (!FOLLOWS_TIMELINE.some((pattern) => pattern.test(pathname))) return path;
  const params = new URLSearchParams(search);
  if (params.has('asOf')) return path;
  params.set('asOf', point.param);
  return `${pathname}?${params.toString()}`;
}

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

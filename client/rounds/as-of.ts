/**
 * The map as of a past round or date (issue 14): which reads follow the timeline, and the one
 * helper that adds `asOf=` to them. api.ts's `getJson` passes every read through `withAsOf`, so
 * the map, the grid, the tables, the panel and the analysis panels all ask for the same point
 * without each knowing about rounds. While a past point is shown the page is read-only
 * (`showingPast`, used by ui/role.ts).
 */
/** The past point shown, kept here (set by state.ts's setAsOf) so that this module imports nothing: api.ts and ui/role.ts read it. */
let shown: { param: string } | null = null;

export function setPastPoint(point: { param: string } | null): void {
  shown = point;
}

/** Reads that answer for a past point: the map, the actor and tie lists, every analysis, the area map's counts. */
const FOLLOWS_TIMELINE = [/^\/api\/graph$/, /^\/api\/actors$/, /^\/api\/ties$/, /^\/api\/analysis\//, /^\/api\/areas\/picture$/];

/** Whether the map shows a past point (then nothing may be edited). */
export function showingPast(): boolean {
  return shown !== null;
}

/**
 * `path` with `asOf=<round id or date-time>` added when a past point is shown and the read
 * follows the timeline; unchanged otherwise (and when it already names a point).
 */
export function withAsOf(path: string): string {
  const point = shown;
  if (!point) return path;
  const [pathname = '', search = ''] = path.split('?', 2);
  if (!FOLLOWS_TIMELINE.some((pattern) => pattern.test(pathname))) return path;
  const params = new URLSearchParams(search);
  if (params.has('asOf')) return path;
  params.set('asOf', point.param);
  return `${pathname}?${params.toString()}`;
}

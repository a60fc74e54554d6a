/**
 * The API reads a page start makes before its workbench has loaded: client/main.ts sends them
 * while the bundle downloads, and the server names them in `Link: rel=preload` headers on the
 * page shell (server/middleware/start-preloads.ts), so both must be exactly these paths, as the
 * workbench asks for them (an untaken answer is dropped and the request sent again).
 *
 * What a start needs depends on the view it opens on:
 * - the network (the default): who is signed in, the map and its overview counts, the areas and
 *   outputs that name things;
 * - the area map (`?mode=geo`): the boundaries and the first layer's counts (actors per area,
 *   client/map-view/geo-view.ts) instead of the map, whose fetch and layout would take the cores
 *   MapLibre needs for its first frame (the workbench loads the network after that frame);
 * - a link to a past point (`?asOf=`, client/rounds/past-link.ts): not today's map nor today's
 *   counts, which that page does not show.
 * No imports: client/main.ts must stay small.
 */

const NETWORK_START = ['/api/graph/overview?groupBy=area', '/api/graph'] as const;
const AREA_MAP_START = ['/api/areas/geometry', '/api/areas/picture?layer=actors'] as const;
const EVERY_START = ['/api/auth/me', '/api/areas', '/api/outputs'] as const;

/** Whether a page opened with the query string `search` opens on the area map (client/share/url-state.ts's `mode`). */
export function opensOnAreaMap(search: string): boolean {
  return new URLSearchParams(search).get('mode') === 'geo';
}

/** The paths a page opened with the query string `search` asks for early, in the order to send them. */
export function startRequestPaths(search: string): string[] {
  const pastPoint = new URLSearchParams(search).has('asOf');
  if (opensOnAreaMap(search)) return pastPoint ? [...EVERY_START] : [...AREA_MAP_START, ...EVERY_START];
  return [...NETWORK_START.filter((path) => !pastPoint || path !== '/api/graph'), ...EVERY_START];
}

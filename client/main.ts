/**
 * The page's first script, kept small so it runs while the workbench bundle is still downloading:
 * it sends the requests its start makes (server/contracts/start-requests.ts: who is signed in, the
 * map, the areas and outputs that name things; the page shell's Link headers have already asked the
 * browser for them), starts the layout worker and,
 * as soon as the map's data is in, its layout (graph/early-layout.ts), and asks for the network
 * view's code (network-view.ts; not when the page opens on the area map), so none of these waits
 * for the bundle. Then it loads the workbench (workbench.ts), which takes the answers through api.ts
 * and the layout through the worker client. The paths must be exactly those api.ts requests: an
 * untaken answer is dropped and the request sent again (tests/browser/first-map.test.ts checks
 * that each is sent once, and that the first map is laid out once). Nothing is sent when this
 * browser is not signed in (auth/session-hint.ts); the server preloads only for a session too.
 */
import { peekEarlyAnswer, sendEarlyRequests } from './api/early-requests.js';
import { hasSessionHint } from './auth/session-hint.js';
import { layOutFirstMapEarly } from './graph/early-layout.js';
// Small (its imports are dynamic): imported here, MapLibre's download starts as this script runs,
// not after one more round trip for this module (which put it behind the workbench's evaluation).
import { loadMapLibre } from './map-view/load-maplibre.js';
import { startLayoutWorker } from './graph/layout-worker-client.js';
import { opensOnAreaMap, startRequestPaths } from '../server/contracts/start-requests.js';

// Not signed in (as far as this browser knows): the sign-in form comes without any request.
if (hasSessionHint()) {
  sendEarlyRequests(startRequestPaths(window.location.search));
  // The network's layout starts as its data arrives; opened on the area map, MapLibre loads and
  // starts its worker beside the workbench instead (the area map takes the same promise).
  if (opensOnAreaMap(window.location.search)) void loadMapLibre();
  else {
    if (startLayoutWorker()) void layOutFirstMapEarly(peekEarlyAnswer('/api/graph'), window.location.search);
    // The network view (Cytoscape) downloads beside the workbench, which mounts it (network-view.ts).
    void import('./network-view.js');
  }
}
await import('./workbench.js');

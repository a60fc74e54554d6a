/**
 * The page's first script, kept small so it runs while the workbench bundle is still downloading:
 * it sends the requests every start makes (who is signed in, the map, the areas and outputs that
 * name things; index.html has already asked the browser for them), starts the layout worker and,
 * as soon as the map's data is in, its layout (graph/early-layout.ts), so none of these waits for
 * the bundle. Then it loads the workbench (workbench.ts), which takes the answers through api.ts
 * and the layout through the worker client. The paths must be exactly those api.ts requests: an
 * untaken answer is dropped and the request sent again (tests/browser/first-map.test.ts checks
 * that each is sent once, and that the first map is laid out once). Nothing is sent when this
 * browser is not signed in (auth/session-hint.ts); the server preloads only for a session too.
 */
import { peekEarlyAnswer, sendEarlyRequests } from './api/early-requests.js';
import { hasSessionHint } from './auth/session-hint.js';
import { layOutFirstMapEarly } from './graph/early-layout.js';
import { startLayoutWorker } from './graph/layout-worker-client.js';

/** What every start asks for, in the order it needs it. */
// The overview's counts tell the workbench whether a large map opens on its overview (client/overview/).
const START_REQUESTS = ['/api/auth/me', '/api/graph/overview?groupBy=area', '/api/graph', '/api/areas', '/api/outputs'] as const;

// Not signed in (as far as this browser knows): the sign-in form comes without any request.
// A link to a past point (`?asOf=`, rounds/past-link.ts) loads that point's map, not today's: not sent early.
const pastLink = new URLSearchParams(window.location.search).has('asOf');
if (hasSessionHint()) {
  sendEarlyRequests(pastLink ? START_REQUESTS.filter((path) => path !== '/api/graph') : START_REQUESTS);
  if (startLayoutWorker()) void layOutFirstMapEarly(peekEarlyAnswer('/api/graph'), window.location.search);
}
await import('./workbench.js');

/**
 * The page shell asks for the API answers every start needs (who is signed in, the map, the areas
 * and outputs) while it parses, through `Link: rel=preload` headers, but only when the browser
 * sends a session cookie: a visitor who is not signed in would otherwise get four 401 answers
 * (and four console errors) before seeing the sign-in form. The shell is revalidated on every
 * visit, so a cached copy never carries another visit's preloads. A link to a past point of the
 * timeline (`?asOf=`, client/rounds/past-link.ts) loads that point's map, not today's: its
 * shell does not preload /api/graph (main.ts does not ask for it early either).
 */
import type { RequestHandler } from 'express';
import { SESSION_COOKIE, readCookie } from './authenticate.js';

/** Must be exactly the paths client/main.ts requests early (tests/browser/first-map.test.ts checks each is fetched once). */
export const START_PRELOAD_PATHS = [
  '/api/graph/overview?groupBy=area',
  '/api/graph',
  '/api/auth/me',
  '/api/areas',
  '/api/outputs',
] as const;

const linkHeader = (paths: readonly string[]) => paths.map((path) => `<${path}>; rel=preload; as=fetch; crossorigin=anonymous`).join(', ');
const LINK_HEADER = linkHeader(START_PRELOAD_PATHS);
const PAST_LINK_HEADER = linkHeader(START_PRELOAD_PATHS.filter((path) => path !== '/api/graph'));

export const startPreloads: RequestHandler = (request, response, next) => {
  if ((request.method === 'GET' || request.method === 'HEAD') && (request.path === '/' || request.path === '/index.html')) {
    response.setHeader('Cache-Control', 'no-cache');
    if (readCookie(request.headers.cookie, SESSION_COOKIE))
      response.setHeader('Link', request.query.asOf === undefined ? LINK_HEADER : PAST_LINK_HEADER);
  }
  next();
};

/**
 * The page shell asks for the API answers its start needs (server/contracts/start-requests.ts:
 * who is signed in, the map or, opened on the area map, its boundaries and first counts, the areas
 * and outputs) while it parses, through `Link: rel=preload` headers, but only when the browser
 * sends a session cookie: a visitor who is not signed in would otherwise get 401 answers (and
 * console errors) before seeing the sign-in form. The shell is revalidated on every visit, so a
 * cached copy never carries another visit's preloads.
 */
import type { RequestHandler } from 'express';
import { startRequestPaths } from '../contracts/start-requests.js';
import { SESSION_COOKIE, readCookie } from './authenticate.js';

const linkHeader = (paths: readonly string[]) => paths.map((path) => `<${path}>; rel=preload; as=fetch; crossorigin=anonymous`).join(', ');

export const startPreloads: RequestHandler = (request, response, next) => {
  if ((request.method === 'GET' || request.method === 'HEAD') && (request.path === '/' || request.path === '/index.html')) {
    response.setHeader('Cache-Control', 'no-cache');
    if (readCookie(request.headers.cookie, SESSION_COOKIE)) {
      const queryAt = request.originalUrl.indexOf('?');
      const search = queryAt === -1 ? '' : request.originalUrl.slice(queryAt);
      response.setHeader('Link', linkHeader(startRequestPaths(search)));
    }
  }
  next();
};

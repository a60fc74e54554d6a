/**
 * Cross-site request forgery defence for cookie sessions, by Fetch Metadata with an Origin check:
 * a state-changing request that carries the session cookie must come from this site. Bearer-token
 * requests (scripts) carry no ambient credential and are not at risk. GET never changes state.
 */
import type { Request, RequestHandler } from 'express';
import { forbidden } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isCrossSite(request: Request): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

export const csrfGuard: RequestHandler = (request, response, next) => {
  if (SAFE_METHODS.has(request.method) || response.locals.authenticatedBy !== 'cookie') return next();
  if (isCrossSite(request)) throw forbidden('Cross-site request refused').saying('forbidden.cross_site');
  next();
};

/**
 * Finds who is asking: a session cookie (`__Host-actor-map-session`, set at sign-in) or a Bearer
 * API token, resolved against Neo4j (see access/credentials.ts): a changed role, a revoked grant
 * or token, a sign-out or a disabled account holds from the next request on the instance that
 * made the change, and within a second on every other instance.
 * A request with no valid credential has no viewer; routes that need one answer 401. A read-only
 * API token gets 403 on anything but GET, HEAD and OPTIONS.
 */
import type { RequestHandler } from 'express';
import type { Credentials } from '../access/credentials.js';
import { forbidden } from '../errors.js';

export const SESSION_COOKIE = '__Host-actor-map-session';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function authenticate(credentials: Credentials): RequestHandler {
  return async (request, response, next) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    const token = bearer ?? cookie;
    if (token) {
      try {
        const viewer = await credentials.resolve(token);
        if (viewer) {
          // A read-only token reads and nothing else: any other method is refused before routing.
          if (viewer.scope === 'read' && !READ_METHODS.has(request.method)) {
            next(forbidden('This API token is read-only').saying('forbidden.read_only_token'));
            return;
          }
          response.locals.viewer = viewer;
          response.locals.authenticatedBy = bearer ? 'bearer' : 'cookie';
        }
      } catch (error) {
        // The database is down: public routes (health) still answer; others report the outage.
        response.locals.authenticationError = error;
      }
    }
    next();
  };
}

/**
 * One JSON log line per request: id, method, route, status, duration. The route is the pattern
 * that matched (`/api/actors/:id`), never the concrete path: ids are often derived from names
 * (`zainab-haddad`). No bodies and no query strings, which can hold actor names typed into a
 * search. A request no API route matched is logged as `(api: no route)` or `(static)`.
 */
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Logger } from '../logger.js';

/** The matched route's pattern, known once routing has run (the line is written on `finish`). */
export function routePattern(request: Request): string {
  const route = (request as Request & { route?: { path?: unknown } }).route;
  if (route && typeof route.path === 'string') return `${request.baseUrl}${route.path}`;
  return request.originalUrl.startsWith('/api') ? '(api: no route)' : '(static)';
}

export function requestLog(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    response.locals.requestId = requestId;
    response.setHeader('X-Request-Id', requestId);
    response.on('finish', () => {
      logger.info({
        msg: 'request',
        requestId,
        method: request.method,
        route: routePattern(request),
        status: response.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      });
    });
    next();
  };
}

/** Mounts declared routes on an Express router: validate -> handle -> send. */
import { Router } from 'express';
import { parseRequestPart } from '../middleware/validate-request.js';
import type { RouteSpec } from './route-spec.js';

export function mountRoutes(routes: readonly RouteSpec[]): Router {
  const router = Router();
  for (const route of routes) {
    router[route.method](route.path, async (request, response) => {
      const headers = parseRequestPart(route.headers, request.headers, 'headers');
      const params = parseRequestPart(route.params, request.params, 'params');
      const query = parseRequestPart(route.query, request.query, 'query');
      const body = parseRequestPart(route.body, request.body, 'body');
      const result = await route.handle({ headers, params, query, body, request, response });
      // A handler may answer with another documented status (health answers 503 when degraded).
      const status = typeof response.locals.status === 'number' ? response.locals.status : route.success.status;
      if (route.success.schema) response.status(status).json(result);
      else response.status(status).end();
    });
  }
  return router;
}

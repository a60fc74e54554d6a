/** Mounts declared routes on an Express router: validate -> handle -> send. */
import express, { Router, type RequestHandler, type Response } from 'express';
import type { AuditEntry, AuditLog } from '../access/audit-log.js';
import { ANONYMOUS_VIEWER, can, type Viewer } from '../access/viewer.js';
import { forbidden, unauthenticated } from '../errors.js';
import { requireJsonBody } from '../middleware/require-json.js';
import { parseRequestPart } from '../middleware/validate-request.js';
import type { AuditTrail } from '../services/write-context.js';
import { Answer, FileAnswer, type RouteSpec } from './route-spec.js';

/**
 * Who may call the route, checked before its body is read: nobody who may not call it makes the
 * server parse a megabyte of JSON.
 */
function admit(route: RouteSpec): RequestHandler {
  return (_request, response, next) => {
    const viewer = response.locals.viewer as Viewer | undefined;
    if (route.access !== 'public') {
      if (!viewer) throw response.locals.authenticationError ?? unauthenticated();
      if (!can(viewer, route.access))
        throw forbidden(`Your role (${viewer.role}) does not allow ${route.access}`).saying('forbidden.role', {
          role: viewer.role,
          access: route.access,
        });
    }
    next();
  };
}

/**
 * The body as the route declares it: JSON routes get the JSON parser with their own limit (415
 * for anything else); a raw-body route reads and counts the bytes itself; a route that declares
 * no body reads none (whatever is sent is never parsed).
 */
function bodyReaders(route: RouteSpec, defaultLimit: string): RequestHandler[] {
  if (!route.body) return [];
  return [requireJsonBody, express.json({ limit: route.bodyLimit ?? defaultLimit, strict: true })];
}

/** Mounts the routes; a route's declared audit event goes to its store, which records it in the write's transaction; reads declared as audited (bulk reads) are recorded after success. */
export function mountRoutes(routes: readonly RouteSpec[], audit: AuditLog, options: { bodyLimit: string }): Router {
  const router = Router();
  for (const route of routes) {
    router[route.method](route.path, admit(route), ...bodyReaders(route, options.bodyLimit), async (request, response) => {
      const viewer = response.locals.viewer as Viewer | undefined;
      const headers = parseRequestPart(route.headers, request.headers, 'headers');
      const params = parseRequestPart(route.params, request.params, 'params');
      const query = parseRequestPart(route.query, request.query, 'query');
      const body = parseRequestPart(route.body, request.body, 'body');
      const audited = route.audit && viewer && (route.audit.when?.({ query }) ?? true);
      const trail = audited ? auditTrail(audit, viewer!.userId, route, query) : undefined;
      const returned: unknown = await route.handle({
        viewer: viewer ?? ANONYMOUS_VIEWER,
        headers,
        params,
        query,
        body,
        request,
        response,
        audit: trail,
      });
      // A handler may answer with another documented status (an import's 202 or 422, health's 503, a 304).
      const { status, body: result } = returned instanceof Answer ? returned : { status: route.success.status, body: returned };
      if (trail && !trail.used) await audit.record(eventOfResult(route, trail.declared, params, query, result));
      if (result instanceof FileAnswer) return sendFile(response, result);
      // A handler that sent its answer itself (GET /api/graph, its JSON made once per cached map).
      if (response.writableEnded) return;
      if (status === 304) response.status(304).end();
      else if (route.success.schema) sendJson(response, status, result);
      else response.status(status).end();
    });
  }
  return router;
}

/**
 * The declared event of a call its store did not record: the whole detail and records from
 * `ofResult` when the route declares it (what a file was made of), otherwise the route's detail
 * and the path's id or the created record's.
 */
function eventOfResult(
  route: RouteSpec,
  declared: Omit<AuditEntry, 'targetIds'>,
  params: unknown,
  query: unknown,
  result: unknown,
): AuditEntry {
  if (route.audit?.ofResult) {
    const about = result instanceof FileAnswer ? result.about : result;
    const { detail, targetIds } = route.audit.ofResult({ params, query }, about as never);
    return { ...declared, detail, targetIds: [...(targetIds ?? [])] };
  }
  const targetId = (params as { id?: string } | undefined)?.id ?? (result as { id?: string } | undefined)?.id;
  return { ...declared, targetIds: targetId ? [targetId] : [] };
}

/** Sends a file answer: its type, its name (a download unless inline) and the route's headers. */
function sendFile(response: Response, answer: FileAnswer): void {
  const { file } = answer;
  response.status(200);
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Disposition', `${answer.inline ? 'inline' : 'attachment'}; filename="${file.fileName}"`);
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  response.end(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
}

/** The trail of one call: the declared event (who, what, which route), and whether the store wrote it. */
function auditTrail(
  audit: AuditLog,
  userId: string,
  route: RouteSpec,
  query: unknown,
): AuditTrail & { used: boolean; declared: Omit<AuditEntry, 'targetIds'> } {
  const extra = route.audit?.detail ? ` ${route.audit.detail({ query })}` : '';
  const declared = {
    userId,
    action: route.audit?.action ?? 'update',
    targetType: route.audit?.targetType ?? '',
    detail: `${route.method.toUpperCase()} ${route.path}${extra}`,
  };
  const trail = {
    used: false,
    declared,
    async recordIn(tx: Parameters<AuditTrail['recordIn']>[0], targetIds: readonly string[]) {
      trail.used = true;
      await audit.recordIn(tx, { ...declared, targetIds });
    },
    alsoIn: (tx: Parameters<AuditTrail['alsoIn']>[0], event: Parameters<AuditTrail['alsoIn']>[1]) =>
      audit.recordIn(tx, { ...event, userId }),
    recordNow: (event: Parameters<AuditTrail['recordNow']>[0]) => audit.record({ ...event, userId }),
  };
  return trail;
}

/**
 * Sends a handler's result as JSON. Unlike `response.json` it computes no ETag (a SHA-1 of the
 * whole body, for conditional requests that `Cache-Control: no-store` already rules out) and
 * hands the text to the socket without first copying it into a Buffer. Node sets Content-Length
 * itself when the whole body goes to `end` (measuring the text once; setting it here would
 * measure it twice).
 */
function sendJson(response: Response, status: number, result: unknown): void {
  const body = JSON.stringify(result) ?? '';
  response.status(status);
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  // A HEAD response sends no body, so Node counts none: say what the GET would send.
  if (response.req.method === 'HEAD') response.setHeader('Content-Length', Buffer.byteLength(body));
  response.end(body);
}

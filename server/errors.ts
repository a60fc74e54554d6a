/**
 * The API's errors: a small typed set, each with an HTTP status and a stable code. Factories
 * below make them; the error handler presents them in the one shape of `ErrorBodySchema`.
 * `expose` says whether the message may reach the user; internal errors are never exposed.
 */
import type { z } from 'zod';
import type { ErrorCode } from './contracts/index.js';

export interface FieldProblem {
  path: string;
  message: string;
}

/** Facts an error states instead of field problems: the actor a merged id now lives in, the actors that already carry a name. Ids only. */
export interface ErrorFacts {
  mergedInto?: string;
  existingIds?: string[];
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldProblem[] | ErrorFacts,
    readonly expose = true,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** 400 naming each failing field; `where` is the part of the request (body, query, params). */
export function validationFailed(where: string, issues: readonly z.core.$ZodIssue[]): AppError {
  const details = issues.flatMap((issue) => {
    const path = [where, ...issue.path.map(String)];
    // An unknown field is reported at its own path, so the caller sees which one to drop.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'is not a known field' }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
  const summary = details.map((detail) => `${detail.path}: ${detail.message}`).join('; ');
  return new AppError(400, 'validation_failed', `Invalid request: ${summary}`, details);
}

export function badRequest(path: string, message: string): AppError {
  return new AppError(400, 'validation_failed', `Invalid request: ${path}: ${message}`, [{ path, message }]);
}

export function unauthenticated(): AppError {
  return new AppError(401, 'unauthenticated', 'Sign in first (session cookie or Bearer token)');
}

export function forbidden(message = 'Your role does not allow this'): AppError {
  return new AppError(403, 'forbidden', message);
}

export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError(429, 'rate_limited', `Too many requests; try again in ${retryAfterSeconds} s`);
}

export function notFound(what: string, id: string): AppError {
  return new AppError(404, 'not_found', `No ${what} with id "${id}"`);
}

/**
 * 404 for an actor merged into another the caller may see: the id is gone, but says where its
 * record now lives. For callers who may not see the kept actor it is `notFound` unchanged.
 */
export function mergedAway(id: string, mergedInto: string): AppError {
  return new AppError(404, 'not_found', `No actor with id "${id}": it was merged into "${mergedInto}"`, { mergedInto });
}

export function conflict(message: string, details?: FieldProblem[]): AppError {
  return new AppError(409, 'conflict', message, details);
}

export function payloadTooLarge(limit: string): AppError {
  return new AppError(413, 'payload_too_large', `Request body is larger than the limit of ${limit}`);
}

export function unsupportedMediaType(): AppError {
  return new AppError(415, 'unsupported_media_type', 'Request body must be JSON (Content-Type: application/json)');
}

export function databaseUnavailable(): AppError {
  return new AppError(503, 'database_unavailable', 'The database is unavailable; try again shortly');
}

/** 503 for an analysis refused because too many already wait (the route also sends Retry-After). */
export function serverBusy(retryAfterSeconds: number): AppError {
  return new AppError(503, 'server_busy', `The server is busy with other analyses; try again in ${retryAfterSeconds} s`);
}

export function internalError(): AppError {
  return new AppError(500, 'internal_error', 'Internal error', undefined, false);
}

/**
 * The API's errors: a small typed set, each with an HTTP status and a stable code. Factories
 * below make them; the error handler presents them in the one shape of `ErrorBodySchema`.
 * `expose` says whether the message may reach the user; internal errors are never exposed.
 */
import type { z } from 'zod';
import { formatBytes } from './format-bytes.js';
import { issueCode, type ErrorCode, type MessageCode, type MessageParams } from './contracts/index.js';

/** One failing field: its path, the English, and (issue 17) the same as a code the interface translates. */
export interface FieldProblem {
  path: string;
  message: string;
  messageCode?: MessageCode;
  params?: MessageParams;
}

/** A field problem with its code: `problem('body.id', 'already exists', 'field.already_exists')`. */
export function problem(path: string, message: string, messageCode: MessageCode, params: MessageParams = {}): FieldProblem {
  return { path, message, messageCode, params };
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

  /** The message as a stable code and its params (issue 17); absent, only the English states it. */
  messageCode?: MessageCode;
  params?: MessageParams;

  /** States the message as a code too: `conflict('...').saying('conflict.not_deletable')`. */
  saying(messageCode: MessageCode, params: MessageParams = {}): this {
    this.messageCode = messageCode;
    this.params = params;
    return this;
  }
}

/** 400 for field problems found by the server itself (`badRequest` for one). */
export function invalidRequest(problems: FieldProblem[]): AppError {
  const summary = problems.map((detail) => `${detail.path}: ${detail.message}`).join('; ');
  return new AppError(400, 'validation_failed', `Invalid request: ${summary}`, problems).saying('validation.invalid_request', {
    count: problems.length,
  });
}

/** 400 naming each failing field; `where` is the part of the request (body, query, params). */
export function validationFailed(where: string, issues: readonly z.core.$ZodIssue[]): AppError {
  const details = issues.flatMap((issue) => {
    const path = [where, ...issue.path.map(String)];
    // An unknown field is reported at its own path, so the caller sees which one to drop.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => problem([...path, key].join('.'), 'is not a known field', 'field.unknown_field', { key }));
    }
    const said = issueCode(issue);
    return [
      said ? problem(path.join('.'), issue.message, said.messageCode, said.params) : { path: path.join('.'), message: issue.message },
    ];
  });
  return invalidRequest(details);
}

/** 400 for one field; `said` is the problem as a code, when it has one. */
export function badRequest(path: string, message: string, said?: { code: MessageCode; params?: MessageParams }): AppError {
  return invalidRequest([said ? problem(path, message, said.code, said.params) : { path, message }]);
}

export function unauthenticated(): AppError {
  return new AppError(401, 'unauthenticated', 'Sign in first (session cookie or Bearer token)').saying('unauthenticated');
}

/** 403; a message of its own says its code with `.saying()`, the default one is coded here. */
export function forbidden(message?: string): AppError {
  return message === undefined
    ? new AppError(403, 'forbidden', 'Your role does not allow this').saying('forbidden.generic')
    : new AppError(403, 'forbidden', message);
}

export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError(429, 'rate_limited', `Too many requests; try again in ${retryAfterSeconds} s`).saying('rate_limited.retry', {
    seconds: retryAfterSeconds,
  });
}

/**
 * 404. `what` is an English noun ("actor", "output role"); its code (`output_role`) is the `what`
 * param, which the catalogues translate with a select.
 */
export function notFound(what: string, id: string): AppError {
  return new AppError(404, 'not_found', `No ${what} with id "${id}"`).saying('not_found.record', { what: nounCode(what), id });
}

/** "output role" -> output_role, "API route" -> api_route. */
export const nounCode = (noun: string): string => noun.toLowerCase().replace(/[^a-z0-9]+/g, '_');

/**
 * 404 for an actor merged into another the caller may see: the id is gone, but says where its
 * record now lives. For callers who may not see the kept actor it is `notFound` unchanged.
 */
export function mergedAway(id: string, mergedInto: string): AppError {
  return new AppError(404, 'not_found', `No actor with id "${id}": it was merged into "${mergedInto}"`, { mergedInto }).saying(
    'not_found.merged',
    { id, mergedInto },
  );
}

/** 409; its code comes with `.saying()` (a conflict's English is specific to its place). */
export function conflict(message: string, details?: FieldProblem[]): AppError {
  return new AppError(409, 'conflict', message, details);
}

/** 409 for a create whose id is taken: `what` as in notFound. */
export function alreadyExists(what: string, id: string, article = 'A'): AppError {
  return conflict(`${article} ${what} with id "${id}" already exists`, [
    problem('body.id', 'already exists', 'field.already_exists'),
  ]).saying('conflict.exists', { what: nounCode(what), id });
}

/** A field naming a record that does not exist (or that the caller may not see): `what` as in notFound. */
export function missingRecord(path: string, what: string, id: string | null | undefined): FieldProblem {
  return problem(path, `no ${what} with id "${id}"`, 'field.missing_record', { what: nounCode(what), id: String(id) });
}

/** 409 for references to records that do not exist (or that the caller may not see). */
export function missingReferences(problems: FieldProblem[]): AppError {
  return conflict(`Refers to records that do not exist: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems).saying(
    'conflict.missing_references',
    { count: problems.length },
  );
}

/**
 * 413 naming the limit: in bytes when known (the interface says it in the reader's units,
 * SIZE_PARAMS), otherwise as the configured text (an express size such as '1mb').
 */
export function payloadTooLarge(limit: number | string): AppError {
  const text = typeof limit === 'number' ? formatBytes(limit) : limit;
  return new AppError(413, 'payload_too_large', `Request body is larger than the limit of ${text}`).saying('payload_too_large', { limit });
}

export function unsupportedMediaType(): AppError {
  return new AppError(415, 'unsupported_media_type', 'Request body must be JSON (Content-Type: application/json)').saying(
    'unsupported_media_type',
  );
}

export function databaseUnavailable(): AppError {
  return new AppError(503, 'database_unavailable', 'The database is unavailable; try again shortly').saying('database_unavailable');
}

/** 503 for an analysis refused because too many already wait (the route also sends Retry-After). */
export function serverBusy(retryAfterSeconds: number): AppError {
  return new AppError(503, 'server_busy', `The server is busy with other analyses; try again in ${retryAfterSeconds} s`).saying(
    'server_busy',
    { seconds: retryAfterSeconds },
  );
}

export function internalError(): AppError {
  return new AppError(500, 'internal_error', 'Internal error', undefined, false).saying('internal_error');
}

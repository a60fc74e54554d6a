/**
 * Presents every error in the one shape `{ error: { code, message, messageCode?, params?, details? } }`. Body-parser
 * errors become 400/413; unknown errors become a bare 500 whose message, which may quote Cypher
 * or stored data, reaches neither the response nor the log. A request whose client left before
 * the answer (body upload aborted, analysis dropped for nobody) is not a server fault: it is
 * logged at info and ended with 499 (nginx's "client closed request"), which nobody reads.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '../contracts/index.js';
import { AppError, internalError, notFound, payloadTooLarge, problem } from '../errors.js';
import type { AuditLog } from '../access/audit-log.js';
import type { Logger } from '../logger.js';

interface BodyParserError {
  type: string;
  limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && typeof (error as { type?: unknown }).type === 'string';
}

/** The client left: raw-body's aborted upload, or the ClientGoneError of routes/client-gone.ts (matched by name: nothing imports routes). */
function isClientGone(error: unknown): boolean {
  if (isBodyParserError(error) && error.type === 'request.aborted') return true;
  return error instanceof Error && error.name === 'ClientGoneError';
}

function toAppError(error: unknown, bodyLimit: string): AppError {
  if (error instanceof AppError) return error;
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') return payloadTooLarge(error.limit ?? bodyLimit);
    if (error.type === 'entity.parse.failed') {
      return new AppError(400, 'validation_failed', 'Request body is not valid JSON', [
        problem('body', 'not valid JSON', 'field.not_json'),
      ]).saying('validation.invalid_json');
    }
  }
  return internalError();
}

export function errorHandler(logger: Logger, bodyLimit: string, audit?: AuditLog): ErrorRequestHandler {
  return async (error: unknown, request, response, _next) => {
    if (isClientGone(error)) {
      // No path: it may name records; the request log line carries the route.
      logger.info({ msg: 'request aborted by client', requestId: response.locals.requestId as string | undefined, method: request.method });
      if (!response.headersSent) response.status(499).end();
      return;
    }
    const appError = toAppError(error, bodyLimit);
    if (appError.status === 403 && audit) {
      // Denied accesses are audited with the route, never the request's content.
      const viewer = response.locals.viewer as { userId?: string } | undefined;
      await audit
        .record({
          userId: viewer?.userId ?? null,
          action: 'access_denied',
          detail: `${request.method} ${request.route?.path ?? request.baseUrl}`,
        })
        .catch(() => undefined);
    }
    if (appError.status >= 500) {
      logger.error({
        msg: 'request failed',
        requestId: response.locals.requestId as string | undefined,
        errorName: error instanceof Error ? error.name : typeof error,
        errorCode: (error as { code?: unknown })?.code ?? null,
        stack: stackFrames(error),
      });
    }
    const body: ErrorBody = {
      error: {
        code: appError.code,
        message: appError.expose ? appError.message : 'Internal error',
        // The same as a code for the interface to translate (issue 17); an unexposed error says only "internal".
        ...(appError.expose && appError.messageCode ? { messageCode: appError.messageCode, params: appError.params ?? {} } : {}),
        ...(!appError.expose ? { messageCode: 'internal_error', params: {} } : {}),
        ...(appError.details ? { details: appError.details } : {}),
      },
    };
    response.status(appError.status).json(body);
  };
}

/**
 * Where a server error came from: the stack's frames, without its first line, which repeats the
 * message (a driver or Cypher message can quote stored data, and the log is not need-to-know).
 */
export function stackFrames(error: unknown): string[] | null {
  if (!(error instanceof Error) || !error.stack) return null;
  return error.stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
}

/** Unknown /api paths answer 404 in the error shape rather than Express's HTML page. */
export const apiNotFound: RequestHandler = (request) => {
  throw notFound('API route', `${request.method} ${request.path}`);
};

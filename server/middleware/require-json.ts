/** Refuses a request body that is not JSON with 415, before any parsing. */
import type { RequestHandler } from 'express';
import { unsupportedMediaType } from '../errors.js';

export const requireJsonBody: RequestHandler = (request, _response, next) => {
  // /api/imports takes the uploaded file (CSV, XLSX, zip) as its raw body; its route reads and size-checks it itself.
  if (request.path.startsWith('/imports')) return next();
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (hasBody && !request.is('application/json')) throw unsupportedMediaType();
  next();
};

/** Refuses a request body that is not JSON with 415, before any parsing; mounted only on routes that declare a JSON body. */
import type { RequestHandler } from 'express';
import { unsupportedMediaType } from '../errors.js';

export const requireJsonBody: RequestHandler = (request, _response, next) => {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (hasBody && !request.is('application/json')) throw unsupportedMediaType();
  next();
};

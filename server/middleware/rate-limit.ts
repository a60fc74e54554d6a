/**
 * A fixed-window request limit per user (or client address) for costly endpoints: search,
 * export, analyses. Counted in this process: with several instances each enforces its own window,
 * which bounds abuse without a shared store. (The sign-in throttle, which must hold across
 * instances, counts attempts in Neo4j on the leader and slows them rather than refusing them; see
 * access/sign-in.ts.)
 */
import type { RequestHandler } from 'express';
import { rateLimited } from '../errors.js';

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
}

export function rateLimit({ limit, windowMs }: RateLimitOptions): RequestHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return (request, response, next) => {
    const key = (response.locals.viewer as { userId?: string } | undefined)?.userId ?? request.ip ?? 'unknown';
    const now = Date.now();
    const window = windows.get(key);
    if (!window || now - window.start >= windowMs) {
      if (windows.size > 10_000) windows.clear();
      windows.set(key, { start: now, count: 1 });
      return next();
    }
    window.count += 1;
    if (window.count > limit) {
      const retryAfter = Math.ceil((window.start + windowMs - now) / 1000);
      response.setHeader('Retry-After', String(retryAfter));
      throw rateLimited(retryAfter);
    }
    next();
  };
}

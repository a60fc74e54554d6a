/**
 * Security headers on every response: a strict Content-Security-Policy (the client is built by
 * Vite into same-origin scripts and styles; no inline script, no plugins, no framing), nosniff,
 * no referrer, and HSTS when the request came over TLS (directly or through a proxy that says so).
 * A configured basemap (ACTOR_MAP_BASEMAP_URL) on another host widens `connect-src` and `img-src`
 * to that one origin, and only that: MapLibre fetches the style and tiles (from the page and from
 * its worker, which is served by us and so gets this header too), and decodes tiles as images.
 */
import type { RequestHandler } from 'express';
import { basemapLocation } from '../contracts/basemap.js';

const contentSecurityPolicy = (basemapOrigin: string | null) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${basemapOrigin ? ` ${basemapOrigin}` : ''}`,
    "font-src 'self'",
    `connect-src 'self'${basemapOrigin ? ` ${basemapOrigin}` : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');

/** The headers, with the basemap's origin allowed when it is on another host (a path on this server needs nothing). */
export function securityHeadersFor(basemapUrl?: string): RequestHandler {
  const location = basemapUrl ? basemapLocation(basemapUrl) : '';
  const origin = /^https?:\/\//.test(location) ? new URL(location.replace(/[{}]/g, '')).origin : null;
  const policy = contentSecurityPolicy(origin);
  return (request, response, next) => {
    response.setHeader('Content-Security-Policy', policy);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (request.secure) response.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}

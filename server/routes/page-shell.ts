/**
 * The page shell with what the server was configured with, as `<meta name="..." content="<json>">`
 * tags the client reads before it sends any request: the sign-in page's options
 * (`actor-map-sign-in`, client/auth/sign-on.ts) and the area map's basemap (`actor-map-basemap`,
 * client/map-view/basemap.ts). Mounted only when there is something to say; the shell is read once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestHandler } from 'express';

export function pageShellWithSettings(clientDir: string, settings: Readonly<Record<string, unknown>>): RequestHandler {
  let shell: string | undefined;
  const metas = Object.entries(settings)
    .map(([name, value]) => `  <meta name="${escapeAttribute(name)}" content="${escapeAttribute(JSON.stringify(value))}" />\n`)
    .join('');
  return (request, response, next) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || (request.path !== '/' && request.path !== '/index.html')) return next();
    shell ??= readFileSync(join(clientDir, 'index.html'), 'utf8').replace('</head>', `${metas}  </head>`);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache');
    response.send(shell);
  };
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

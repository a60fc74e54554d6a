/**
 * HTTP helpers for import/export tests: upload a file as the raw body of POST /api/imports, and
 * download an export as bytes with its headers.
 */
import { readFileSync } from 'node:fs';
import { authHeaders } from '../http.js';

export const SHARED = new URL('../../../../shared/', import.meta.url);
export const FIXTURES_DIR = new URL('data/import-fixtures/', SHARED);
export const THREE_W = new URL('data/3w/unhcr-3w.csv', SHARED);

export function readShared(url: URL): Uint8Array {
  return new Uint8Array(readFileSync(url));
}

export async function upload(
  baseUrl: string,
  filename: string,
  body: Uint8Array | string,
  options: { contentType?: string; query?: string } = {},
) {
  const response = await fetch(`${baseUrl}/api/imports?filename=${encodeURIComponent(filename)}${options.query ?? ''}`, {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'application/octet-stream', ...authHeaders(baseUrl) },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/**
 * Downloads an export. Format tests check fidelity, so they ask for the `full` profile unless the
 * query names another; the redaction tests name theirs.
 */
export async function download(baseUrl: string, format: string, query = '') {
  const withProfile = query.includes('profile=') ? query : `${query}${query ? '&' : '?'}profile=full`;
  const response = await fetch(`${baseUrl}/api/exports/${format}${withProfile}`, { headers: authHeaders(baseUrl) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, bytes, text: new TextDecoder().decode(bytes), headers: response.headers };
}

/**
 * ACTOR_MAP_BASEMAP_URL (issue 16): a style JSON URL, a raster tile template or a path on this
 * server is accepted and read as the client will read it; `pmtiles://` is refused with the reason
 * (the package is not installed), as is anything that is not http(s) or a path. The
 * Content-Security-Policy lets in the basemap's one origin, and nothing when it is unset or on
 * this server.
 */
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.js';
import { basemapKindOf } from '../../../server/contracts/index.js';
import { securityHeadersFor } from '../../../server/middleware/security-headers.js';

const withBasemap = (url: string) => () => loadConfig({ ACTOR_MAP_BASEMAP_URL: url });

function policyFor(url?: string): string {
  const headers: Record<string, string> = {};
  const response = { setHeader: (name: string, value: string) => void (headers[name] = value) } as unknown as Response;
  securityHeadersFor(url)({ secure: false } as Request, response, () => {});
  return headers['Content-Security-Policy'] ?? '';
}

describe('the basemap setting', () => {
  it.each([
    ['https://tiles.mission.example/styles/base/style.json', 'style'],
    ['https://tiles.mission.example/{z}/{x}/{y}.png', 'raster'],
    ['/basemap/style.json', 'style'],
  ] as const)('accepts %s as a %s basemap', (url, kind) => {
    expect(withBasemap(url)()).toMatchObject({ ACTOR_MAP_BASEMAP_URL: url });
    expect(basemapKindOf(url)).toBe(kind);
  });

  it('refuses pmtiles:// saying the package is not installed, and what is neither http(s) nor a path', () => {
    expect(withBasemap('pmtiles://https://tiles.example/veridia.pmtiles')).toThrow(/ACTOR_MAP_BASEMAP_URL: pmtiles:\/\/ is not supported/);
    expect(withBasemap('ftp://tiles.example/style.json')).toThrow(/ACTOR_MAP_BASEMAP_URL: must be an http\(s\):\/\/ URL/);
    expect(withBasemap('//tiles.example/style.json')).toThrow(/ACTOR_MAP_BASEMAP_URL/);
  });

  it('lets the basemap origin into connect-src and img-src, and nothing else', () => {
    const plain = policyFor();
    expect(plain).toContain("connect-src 'self';");
    expect(policyFor('/basemap/style.json')).toBe(plain);
    const widened = policyFor('https://tiles.mission.example:8443/{z}/{x}/{y}.png');
    expect(widened).toContain("connect-src 'self' https://tiles.mission.example:8443;");
    expect(widened).toContain("img-src 'self' data: blob: https://tiles.mission.example:8443;");
    expect(widened.replace(/ https:\/\/tiles\.mission\.example:8443/g, '')).toBe(plain);
  });
});

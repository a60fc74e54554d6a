/**
 * ACTOR_MAP_BASEMAP_URL (issue 16): a style JSON URL, a raster tile template, a PMTiles archive
 * (`pmtiles://` and its URL) or a path on this server is accepted and read as the client will
 * read it; anything that is not http(s) or a path is refused with the reason. The
 * Content-Security-Policy lets in the basemap's one origin (an archive's own), and nothing when it
 * is unset or on this server.
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
    ['pmtiles://https://tiles.mission.example/veridia.pmtiles', 'pmtiles'],
    ['pmtiles:///basemap/veridia.pmtiles', 'pmtiles'],
  ] as const)('accepts %s as a %s basemap', (url, kind) => {
    expect(withBasemap(url)()).toMatchObject({ ACTOR_MAP_BASEMAP_URL: url });
    expect(basemapKindOf(url)).toBe(kind);
  });

  it('refuses what is neither http(s) nor a path, after pmtiles:// too', () => {
    expect(withBasemap('pmtiles://ftp.example/veridia.pmtiles')).toThrow(/ACTOR_MAP_BASEMAP_URL: must be an http\(s\):\/\/ URL/);
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
    expect(policyFor('pmtiles://https://tiles.mission.example:8443/veridia.pmtiles')).toBe(widened);
    expect(policyFor('pmtiles:///basemap/veridia.pmtiles')).toBe(plain);
  });
});

/**
 * The area map over a basemap (ACTOR_MAP_BASEMAP_URL): the app started with a style JSON served by
 * a local tile server on another origin. The page learns the URL from its shell, the
 * Content-Security-Policy lets that one origin in, the style's raster source loads its tiles,
 * and the boundaries are drawn above it; every other request beyond the app and the tile server
 * is refused, and none is made. Screenshot to ACTOR_MAP_SHOTS when set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBasemapServer } from '../support/basemap-server.js';
import { useBrowserApp } from '../support/lifecycle.js';

const basemap = await startBasemapServer();
const app = useBrowserApp({ basemapUrl: basemap.styleUrl });
const SHOTS = process.env.ACTOR_MAP_SHOTS;
let page: Page;
const refused: string[] = [];
const blocked: string[] = [];

beforeAll(async () => {
  page = await app.signedInPage({ width: 1280, height: 800 });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  const allowed = new Set([new URL(app.server.baseUrl).origin, basemap.origin]);
  await page.route('**/*', (route) => {
    if (allowed.has(new URL(route.request().url()).origin)) return route.continue();
    refused.push(route.request().url());
    return route.abort();
  });
  await page.goto(`${app.server.baseUrl}/?mode=geo`);
  await page.waitForFunction(() => window.__actorMapGeo?.drawn() === 'actors', undefined, { timeout: 90_000 });
}, 240_000);

afterAll(() => basemap.close());

describe('the area map over a configured basemap', () => {
  it('loads the style and its tiles from the basemap server and draws the boundaries above them', async () => {
    expect(await page.evaluate(() => window.__actorMapGeo!.basemap)).toBe(true);
    await page.waitForFunction(() => window.__actorMapGeo!.map.isSourceLoaded('test-ground'), undefined, { timeout: 30_000 });
    const layers = await page.evaluate(() => window.__actorMapGeo!.map.getStyle().layers.map((layer) => layer.id));
    expect(layers.slice(0, 2)).toEqual(['ground-background', 'ground']);
    expect(layers.indexOf('area-fill')).toBeGreaterThan(layers.indexOf('ground'));
    expect(basemap.served).toContain('/style.json');
    expect(basemap.served.filter((path) => path.startsWith('/tiles/')).length).toBeGreaterThan(0);
    expect(await page.locator('[data-area-label]').count()).toBe(8);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/area-map-basemap.png` });
    expect(refused).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('allows the basemap origin in the Content-Security-Policy, and no other', async () => {
    const response = await fetch(`${app.server.baseUrl}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`connect-src 'self' ${basemap.origin}`);
    expect(policy).toContain(`img-src 'self' data: blob: ${basemap.origin}`);
    expect(await response.text()).toContain('name="actor-map-basemap"');
  });
});

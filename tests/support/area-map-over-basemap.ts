/**
 * The area map's page over a configured basemap, for the basemap browser tests: a local basemap
 * server (tests/support/basemap-server.ts), the app started with ACTOR_MAP_BASEMAP_URL set from it,
 * and a signed-in page on the area map that may reach only the app and that server. `refused`
 * collects any other request, `blocked` the Content-Security-Policy's console complaints.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startBasemapServer, type BasemapServer } from './basemap-server.js';
import type { BrowserApp } from './browser-app.js';
import { useBrowserApp } from './lifecycle.js';

export interface AreaMapOverBasemap {
  app: BrowserApp;
  basemap: BasemapServer;
  page(): Page;
  refused: string[];
  blocked: string[];
}

export async function useAreaMapOverBasemap(basemapUrlOf: (basemap: BasemapServer) => string): Promise<AreaMapOverBasemap> {
  const basemap = await startBasemapServer();
  const app = useBrowserApp({ basemapUrl: basemapUrlOf(basemap) });
  const refused: string[] = [];
  const blocked: string[] = [];
  let page: Page;
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
  return { app, basemap, page: () => page, refused, blocked };
}

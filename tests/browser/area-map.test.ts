/**
 * The area map on the demo data in Chromium, with every request beyond the app refused: the
 * boundaries draw with no tiles and no fonts from elsewhere, each layer draws and has a legend,
 * clicking an area filters the network to it (and clicking again brings every area back),
 * selecting an actor outlines its areas, and axe
 * finds no serious violation. Screenshots go to /work/notes/shots/geo/ for a person to look at.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawnCounts, eventually, searchAndOpen } from '../support/browser-app.js';
import { useBrowserApp } from '../support/lifecycle.js';

const app = useBrowserApp();
const SHOTS = process.env.GEO_SHOTS ?? '';
let page: Page;
const refused: string[] = [];

const drawn = () => page.evaluate(() => window.__actorMapGeo?.drawn() ?? null);
const shoot = async (name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

beforeAll(async () => {
  page = await app.signedInPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.error('[console]', message.text());
  });
  const origin = new URL(app.server.baseUrl).origin;
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    refused.push(route.request().url());
    return route.abort();
  });
  await page.goto(`${app.server.baseUrl}/?mode=geo`);
  await page.waitForFunction(() => window.__actorMapGeo?.drawn() === 'actors', undefined, { timeout: 90_000 });
}, 240_000);

describe('the area map', () => {
  it('draws the demo boundaries and every layer with its legend, fetching nothing beyond the app', async () => {
    expect(await page.locator('[data-area-label]').count()).toBe(8);
    for (const [layer, legendText] of [
      ['actors', 'Actors per area'],
      ['engagements', 'Engagements per area'],
      ['coordination', 'Coordination of'],
      ['ties', 'Ties between areas'],
    ] as const) {
      await page.selectOption('#geo-layer', layer);
      await eventually(drawn).toBe(layer);
      expect(await page.textContent('[data-testid="geo-legend"]')).toContain(legendText);
      expect(await page.locator('[data-testid="geo-legend"] li').count()).toBeGreaterThan(1);
      await shoot(`layer-${layer}`);
    }
    await page.selectOption('#geo-layer', 'coordination');
    await page.selectOption('#geo-output', 'return-reintegration');
    await eventually(() => page.textContent('[data-testid="geo-legend"]')).toContain('Gap: nobody leads');
    await shoot('coordination-return-reintegration');
    expect(refused).toEqual([]);
  });

  it('filters the network to the clicked area, and back', async () => {
    const point = await page.evaluate(() => {
      const geo = window.__actorMapGeo!;
      const at = geo.map.project(geo.anchors.get('north-highlands')!);
      const box = geo.map.getCanvas().getBoundingClientRect();
      return { x: box.x + at.x, y: box.y + at.y };
    });
    await page.mouse.click(point.x, point.y);
    await eventually(() => page.evaluate(() => window.location.search)).toContain('north-highlands');
    await shoot('area-chosen');
    await page.click('[data-mode="map"]');
    await page.waitForFunction(() => !document.body.dataset.layoutRunning);
    const filtered = await drawnCounts(page);
    await page.click('[data-mode="geo"]');
    await page.mouse.click(point.x, point.y);
    await eventually(() => page.evaluate(() => window.location.search)).not.toContain('north-highlands');
    await page.click('[data-mode="map"]');
    await page.waitForFunction(() => !document.body.dataset.layoutRunning);
    expect((await drawnCounts(page)).nodes).toBeGreaterThan(filtered.nodes);
    await page.click('[data-mode="geo"]');
  });

  it('outlines the areas of the selected actor', async () => {
    await searchAndOpen(page, 'Veridia Women', "Veridia Women's Network");
    await eventually(() => page.evaluate(() => JSON.stringify(window.__actorMapGeo!.map.getFilter('area-highlight')))).toContain(
      'veridia-capital',
    );
    await shoot('selected-actor');
  });

  it('has no serious accessibility violation', async () => {
    const results = await new AxeBuilder({ page })
      .include('#geo-view')
      .exclude('#geo-view canvas')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});

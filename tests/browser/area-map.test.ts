/**
 * The area map on the demo data in Chromium, with every request beyond the app refused: the
 * boundaries draw with no tiles and no fonts from elsewhere, each layer draws and has a legend,
 * clicking an area filters the network to it (and clicking again brings every area back),
 * selecting an actor outlines its areas, a past round on the timeline recounts every layer as of
 * that round under the read-only banner and draws the areas as they were then, "Export PNG"
 * downloads the map with its title and legend (a PNG of the map's width, taller by the title and
 * legend, not blank), and axe finds no serious violation. Screenshots go to /work/notes/shots/geo/
 * for a person to look at.
 */
import { readFileSync } from 'node:fs';
import { expectNoSeriousViolations } from '../support/axe.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawnCounts, eventually, searchAndOpen } from '../support/browser-app.js';
import { useBrowserApp } from '../support/lifecycle.js';
import { COVERAGE_COLORS } from '../../client/map-view/map-layers.js';
import { authHeaders, request } from '../support/http.js';
import { islandBoundaryFile } from '../support/island-boundary.js';

const app = useBrowserApp();
const SHOTS = process.env.ACTOR_MAP_SHOTS ?? '';
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

  it('gives way to the open actor panel: its controls stay clickable and the whole country in view', async () => {
    expect(await page.isVisible('[data-testid="actor-panel"]')).toBe(true);
    // The coordination layer has the widest controls (its output select), which ran under the panel at 1280 px.
    await page.selectOption('#geo-layer', 'coordination');
    await eventually(drawn).toBe('coordination');
    const panelStart = await page.$eval('[data-testid="actor-panel"]', (panel) => panel.getBoundingClientRect().left);
    for (const control of ['#geo-layer', '#geo-output', '[data-testid="geo-export"]']) {
      const hit = await page.$eval(control, (element) => {
        const box = element.getBoundingClientRect();
        return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === element;
      });
      expect(hit, control).toBe(true);
    }
    expect(await page.$eval('[data-testid="geo-canvas"]', (canvas) => canvas.getBoundingClientRect().right)).toBeLessThanOrEqual(
      panelStart,
    );
    await eventually(() =>
      page.evaluate(() => {
        const { map } = window.__actorMapGeo!;
        const view = map.getBounds();
        // Every corner of every boundary, as the map's source holds them.
        const data = (map.getSource('areas') as unknown as { serialize(): { data: GeoJSON.FeatureCollection } }).serialize().data;
        const corners: number[][] = [];
        const collect = (value: unknown): void => {
          if (Array.isArray(value) && typeof value[0] === 'number') corners.push(value as number[]);
          else if (Array.isArray(value)) value.forEach(collect);
        };
        for (const feature of data.features) collect((feature.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon).coordinates);
        return corners.length > 0 && corners.every(([lng = 0, lat = 0]) => view.contains([lng, lat]));
      }),
    ).toBe(true);
    await shoot('beside-actor-panel');
  });

  it('counts as of the round the timeline shows, under the read-only banner, and as of today again after', async () => {
    const pictures: string[] = [];
    page.on('request', (sent) => {
      if (sent.url().includes('/api/areas/picture')) pictures.push(sent.url());
    });
    const rounds = await page.evaluate(async () => (await (await fetch('/api/rounds')).json()).items as { id: string; name: string }[]);
    const first = rounds[rounds.length - 1]!;
    await page.selectOption('#geo-layer', 'engagements');
    await eventually(drawn).toBe('engagements');
    await page.click(`[data-round="${first.id}"]`);
    await page.waitForSelector('[data-testid="as-of-banner"]:not([hidden])');
    await page.waitForFunction((id) => window.__actorMapGeo?.drawnAsOf() === id, first.id);
    expect(pictures.at(-1)).toContain(`asOf=${first.id}`);
    expect(pictures.at(-1)).toContain('layer=engagements');
    expect(await page.textContent('[data-testid="geo-status"]')).toContain('read-only');
    // The demo moved six engagements out of the capital after its first round: the capital's count differs.
    const capital = (asOf: string) =>
      page.evaluate(async (query) => {
        const picture = await (await fetch(`/api/areas/picture?layer=engagements${query}`)).json();
        return picture.areas.find((area: { areaId: string }) => area.areaId === 'veridia-capital')?.engagements ?? 0;
      }, asOf);
    expect(await capital(`&asOf=${first.id}`)).not.toBe(await capital(''));
    await shoot('as-of-first-round');
    await page.selectOption('#geo-layer', 'ties');
    await page.waitForFunction((id) => window.__actorMapGeo?.drawn() === 'ties' && window.__actorMapGeo.drawnAsOf() === id, first.id);
    expect(pictures.at(-1)).toContain(`asOf=${first.id}`);
    await page.click('[data-testid="back-to-today"]');
    await page.waitForFunction(() => window.__actorMapGeo?.drawnAsOf() === null);
    expect(pictures.at(-1)).not.toContain('asOf=');
    expect(await page.textContent('[data-testid="geo-status"]')).not.toContain('read-only');
  });

  it('draws the areas as they were at the round: an area made since is left out, and drawn again today', async () => {
    const areaChoices = () =>
      page.$$eval('#geo-area option', (options) => options.filter((option) => (option as HTMLOptionElement).value !== '').length);
    const before = await areaChoices();
    // An island region imported today, with its boundary, after both demo rounds.
    const imported = await fetch(`${app.server.baseUrl}/api/areas/boundaries?filename=islands.geojson&createAreas=true`, {
      method: 'POST',
      headers: { ...authHeaders(app.server.baseUrl), 'content-type': 'application/geo+json' },
      body: islandBoundaryFile('VR90', 'Outer Islands'),
    });
    const report = (await imported.json()) as { created: Array<{ areaId: string }> };
    expect(imported.status, JSON.stringify(report)).toBe(201);
    expect(report.created, JSON.stringify(report)).toHaveLength(1);
    const islandId = report.created[0]!.areaId;
    try {
      const rounds = await page.evaluate(async () => (await (await fetch('/api/rounds')).json()).items as { id: string }[]);
      const first = rounds[rounds.length - 1]!;
      await page.click(`[data-round="${first.id}"]`);
      await page.waitForFunction((id) => window.__actorMapGeo?.drawnAsOf() === id, first.id);
      expect(await areaChoices()).toBe(before);
      expect(await page.locator(`[data-area-label="${islandId}"]`).count()).toBe(0);
      await page.click('[data-testid="back-to-today"]');
      await page.waitForFunction(() => window.__actorMapGeo?.drawnAsOf() === null);
      await eventually(areaChoices).toBe(before + 1);
      expect(await page.locator(`[data-area-label="${islandId}"]`).count()).toBe(1);
      await shoot('today-with-an-area-made-since');
    } finally {
      expect((await request(app.server.baseUrl, 'DELETE', `/api/areas/${islandId}`)).status).toBe(204);
    }
  });

  it('exports the map as a PNG with its title and legend', async () => {
    await page.selectOption('#geo-layer', 'coordination');
    await eventually(drawn).toBe('coordination');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="geo-export"]')]);
    expect(download.suggestedFilename()).toBe('actor-map-areas.png');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    const canvas = await page.evaluate(() => {
      const drawnCanvas = window.__actorMapGeo!.map.getCanvas();
      return {
        width: drawnCanvas.width,
        height: drawnCanvas.height,
        legendRows: document.querySelectorAll('[data-testid="geo-legend"] li').length,
      };
    });
    expect(width).toBe(canvas.width);
    // The title band (56 px) above the map, the legend's title and a line per row below it.
    expect(height).toBe(canvas.height + 56 + 24 + 20 * canvas.legendRows);
    // Not blank: decoded in the page, the picture has many colours, and the coverage fills on the map itself.
    const colours = await page.evaluate(
      async ({ base64, mapTop, mapBottom, coverage }: { base64: string; mapTop: number; mapBottom: number; coverage: string[] }) => {
        // From the bytes, not a data: URL (the page's connect-src does not allow fetching one).
        const png = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const image = await createImageBitmap(new Blob([png], { type: 'image/png' }));
        const scratch = new OffscreenCanvas(image.width, image.height);
        const g = scratch.getContext('2d')!;
        g.drawImage(image, 0, 0);
        const data = g.getImageData(0, 0, image.width, image.height).data;
        const seen = new Set<number>();
        // A coverage fill on the map itself: one of its colours at the fills' opacity (0.9) over the background.
        const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
        const background = rgb('#dfe7ec');
        const fills = coverage.map((hex) => rgb(hex).map((channel, i) => 0.9 * channel + 0.1 * background[i]!));
        let coverageOnMap = 0;
        for (let i = 0; i < data.length; i += 4 * 7) {
          const pixel = [data[i]!, data[i + 1]!, data[i + 2]!];
          seen.add((pixel[0]! << 16) | (pixel[1]! << 8) | pixel[2]!);
          const row = Math.floor(i / 4 / image.width);
          const filled = fills.some((fill) => fill.every((channel, c) => Math.abs(channel - pixel[c]!) < 8));
          if (filled && row >= mapTop && row < mapBottom) coverageOnMap += 1;
        }
        return { count: seen.size, coverageOnMap };
      },
      { base64: bytes.toString('base64'), mapTop: 56, mapBottom: 56 + canvas.height, coverage: Object.values(COVERAGE_COLORS) },
    );
    expect(colours.count).toBeGreaterThan(20);
    // The map's band holds the fills (copied from a frame as it renders), not only the legend's swatches below it.
    expect(colours.coverageOnMap).toBeGreaterThan(1000);
  }, 120_000);

  it('has no serious accessibility violation', async () => {
    await expectNoSeriousViolations(page, 'area map', { include: '#geo-view' });
  });
});

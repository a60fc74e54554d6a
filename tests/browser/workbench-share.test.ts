/**
 * Share and present: the URL carries the whole view (filters, focus, layout, selection, zoom), so
 * a copied link opened in a new page shows the same view; a named view saved in the database
 * reopens with its positions; PNG and SVG exports are produced, non-empty, and the SVG parses as
 * XML with a title and a legend.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { drawnCounts, eventually, searchAndOpen } from '../support/browser-app.js';
import { request } from '../support/http.js';

const app = useBrowserApp();
let page: Page;

beforeAll(async () => {
  page = await app.open();
});

const viewOf = (p: Page) =>
  p.evaluate(() => {
    const { cy } = (window as any).__actorMap;
    return {
      hidden: cy.elements('.is-hidden').length,
      faded: cy
        .elements('.is-faded')
        .map((e: any) => e.id())
        .sort(),
      selected: cy.elements('.is-selected').map((e: any) => e.id()),
      zoom: Number(cy.zoom().toFixed(3)),
      pan: { x: Math.round(cy.pan().x), y: Math.round(cy.pan().y) },
      layout: (document.querySelector('[data-testid="layout-select"]') as HTMLSelectElement).value,
      kindsTicked: [...document.querySelectorAll('input[data-group="kinds"]:checked')].map((b) => (b as HTMLInputElement).value),
      panel: document.querySelector('[data-testid="actor-name"]')?.textContent ?? null,
    };
  });

describe('share', () => {
  it('a copied link reopens the same view in a new page', async () => {
    await page.click('[data-filter="kinds"] summary');
    await page.check('#filter-kinds-civil_society');
    await page.check('#filter-kinds-government');
    await page.selectOption('[data-testid="layout-select"]', 'by_kind');
    await page.waitForFunction(() => !document.body.dataset.layoutRunning);
    await searchAndOpen(page, 'VCSP');
    await page.click('[data-focus-depth="2"]');
    // A new focus zooms to its neighbourhood (animated); the zoom below comes after it.
    await page.waitForFunction(() => !(window as any).__actorMap.cy.animated());
    await page.waitForTimeout(100);
    await page.evaluate(() => {
      (window as any).__actorMap.cy.zoom({ level: 1.3, renderedPosition: { x: 500, y: 300 } });
    });
    await eventually(() => page.url()).toContain('zoom=1.3');
    await page.click('[data-testid="share-menu"] summary');
    await page.click('[data-testid="copy-link"]');
    const link = await page.inputValue('[data-testid="share-link"]');
    expect(link).toContain('kinds=civil_society%2Cgovernment');
    expect(link).toContain('layout=by_kind');
    expect(link).toContain('focus=vr-cso-civil-platform%3A2');
    const before = await viewOf(page);
    expect(before.hidden).toBeGreaterThan(0);

    const second = await app.signedInPage();
    await second.goto(link);
    await second.waitForSelector('body[data-map-ready="true"]', { timeout: 60_000 });
    await eventually(() => second.textContent('[data-testid="actor-name"]')).toBe('Veridia Civil Society Platform');
    expect(await viewOf(second)).toEqual(before);
    expect(await drawnCounts(second)).toEqual(await drawnCounts(page));
    await second.close();
  });

  it('saves a named view in the database and reopens it with the same positions', async () => {
    // Move one actor by hand: it is pinned and must come back where it was put.
    await page.evaluate(() => {
      (window as any).__actorMap.cy.$id('vr-cso-vwn').position({ x: 4321, y: -1234 }).emit('dragfree');
    });
    await page.fill('[data-testid="view-name"]', 'Civil society and government, by kind');
    await page.click('[data-testid="save-view"]');
    await eventually(async () => (await request(app.server.baseUrl, 'GET', '/api/views')).body.length).toBe(1);
    const [summary] = (await request(app.server.baseUrl, 'GET', '/api/views')).body;
    const saved = (await request(app.server.baseUrl, 'GET', `/api/views/${summary.id}`)).body;
    expect(saved.name).toBe('Civil society and government, by kind');
    expect(saved.state).toMatchObject({ layout: 'by_kind', focus: { actorId: 'vr-cso-civil-platform', depth: 2 } });
    expect(saved.pinned).toContain('vr-cso-vwn');
    expect(saved.positions['vr-cso-vwn']).toEqual({ x: 4321, y: -1234 });

    const fresh = await app.open('/');
    await fresh.click('[data-testid="share-menu"] summary');
    await fresh.selectOption('[data-testid="saved-views"]', summary.id);
    await fresh.click('[data-testid="open-view"]');
    await eventually(() => fresh.evaluate(() => (window as any).__actorMap.cy.$id('vr-cso-vwn').position())).toEqual({ x: 4321, y: -1234 });
    await eventually(() => fresh.$$eval('input[data-group="kinds"]:checked', (b) => b.map((x) => (x as HTMLInputElement).value))).toEqual([
      'civil_society',
      'government',
    ]);
    expect(fresh.url()).toContain(`saved=${summary.id}`);
    await fresh.close();
  });

  it('exports the view as PNG (at the chosen scale) and SVG, with title and legend', async () => {
    await page.click('[data-testid="open-export"]');
    await page.fill('#export-title', 'Civil society in Veridia');
    await page.selectOption('#export-scale', '2');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
    const png = await readFile((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.byteLength).toBeGreaterThan(20_000);
    const pngWidth = png.readUInt32BE(16);

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-svg"]')]);
    const svgText = await readFile((await svgDownload.path())!, 'utf8');
    expect(svgText.length).toBeGreaterThan(5_000);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        width: Number(doc.documentElement.getAttribute('width')),
        title: doc.querySelector('title')?.textContent,
        legendKinds: [...doc.querySelectorAll('#legend [data-kind]')].map((t) => t.getAttribute('data-kind')),
        actors: doc.querySelectorAll('#actors path').length,
      };
    }, svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.title).toBe('Civil society in Veridia');
    expect(parsed.legendKinds).toEqual(['civil_society', 'government']);
    expect(parsed.actors).toBe((await drawnCounts(page)).nodes);
    // The picture is drawn at twice the SVG's width, give or take the rounding of a fractional width.
    expect(Math.abs(pngWidth - parsed.width * 2)).toBeLessThanOrEqual(1);
  });
});

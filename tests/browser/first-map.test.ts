/** The first map in Chromium on the demo data: drawn count matches the API, and a click shows the actor. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, clickActorOnMap, drawnCounts, eventually, startBrowserApp } from '../support/browser-app.js';
import { request } from '../support/http.js';

let app: BrowserApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserApp();
  page = await app.open();
});

afterAll(async () => {
  await app?.close();
});

describe('first map', () => {
  it('draws as many nodes and edges as the API returns', async () => {
    const graph = await request(app.server.baseUrl, 'GET', '/api/graph');
    const drawn = await drawnCounts(page);
    expect(drawn).toEqual({ nodes: graph.body.nodes.length, edges: graph.body.edges.length });
    expect(drawn.nodes).toBeGreaterThan(150);
  });

  it('shows an actor’s name and ties in the side panel when its node is clicked', async () => {
    const target = 'vr-cso-vwn';
    const expected = (await request(app.server.baseUrl, 'GET', `/api/actors/${target}`)).body;
    await clickActorOnMap(page, target);
    await page.waitForSelector('[data-testid="actor-panel"]:not([hidden])');
    await eventually(() => page.textContent('[data-testid="actor-name"]')).toBe(expected.name);
    await eventually(() => page.textContent('[data-testid="actor-panel"]')).toContain('Fictional');
    expect(await page.textContent('[data-testid="actor-panel"]')).toMatch(/Ties \(\d+\)/);
  });

  it('lists in the legend exactly the kinds drawn', async () => {
    const legend = await page.textContent('[data-testid="legend"]');
    for (const label of ['Civil society organization', 'Mission component', 'Party to the conflict', 'Donor or financial institution']) {
      expect(legend).toContain(label);
    }
  });

  it('renders at 1280x720 with every actor inside the viewport after Fit', async () => {
    await page.keyboard.press('Escape');
    await page.click('text=Fit');
    const outside = await page.evaluate(() => {
      const { cy } = (window as any).__actorMap;
      return cy.nodes().filter((n: any) => {
        const p = n.renderedPosition();
        return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
      }).length;
    });
    expect(outside).toBe(0);
    const png = await page.screenshot({ path: 'test-results/first-map.png' });
    expect(png.byteLength).toBeGreaterThan(50_000);
  });
});

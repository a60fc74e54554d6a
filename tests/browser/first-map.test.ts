/** The first map in Chromium on the demo data: drawn count matches the API, and a click shows the actor. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../server/seed/seed-database.js';
import { ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { request } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ensureClientBuilt();
  server = await startTestServer();
  await server.reset();
  await seedDatabase(server.db, 'demo');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(server.baseUrl);
  await page.waitForSelector('body[data-map-ready="true"]', { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('first map', () => {
  it('draws as many nodes and edges as the API returns', async () => {
    const graph = await request(server.baseUrl, 'GET', '/api/graph');
    const drawn = await page.evaluate(() => {
      const { cy } = (window as unknown as { __actorMap: { cy: { nodes(): { length: number }; edges(): { length: number } } } }).__actorMap;
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    });
    expect(drawn).toEqual({ nodes: graph.body.nodes.length, edges: graph.body.edges.length });
    expect(drawn.nodes).toBeGreaterThan(150);
  });

  it('shows an actor’s name and ties in the side panel when its node is clicked', async () => {
    const target = 'vr-cso-vwn';
    const expected = (await request(server.baseUrl, 'GET', `/api/actors/${target}`)).body;
    const position = await page.evaluate((id) => {
      const { cy } = (window as unknown as { __actorMap: { cy: any } }).__actorMap;
      const node = cy.$id(id);
      cy.center(node);
      const box = cy.container().getBoundingClientRect();
      const rendered = node.renderedPosition();
      return { x: box.left + rendered.x, y: box.top + rendered.y };
    }, target);
    await page.mouse.click(position.x, position.y);
    await page.waitForSelector('[data-testid="actor-panel"]:not([hidden])');
    await expect.poll(() => page.textContent('[data-testid="actor-name"]')).toBe(expected.name);
    const panelText = await page.textContent('[data-testid="actor-panel"]');
    expect(panelText).toContain('Fictional');
  });

  it('lists in the legend exactly the kinds drawn', async () => {
    const legend = await page.textContent('[data-testid="legend"]');
    for (const label of ['Civil society organization', 'Mission component', 'Party to the conflict', 'Donor or financial institution']) {
      expect(legend).toContain(label);
    }
  });

  it('renders readably at 1280x720 (screenshot kept for the README)', async () => {
    await page.keyboard.press('Escape');
    await page.evaluate(() => (window as unknown as { __actorMap: { cy: any } }).__actorMap.cy.fit(undefined, 30));
    const png = await page.screenshot({ path: 'test-results/first-map.png' });
    expect(png.byteLength).toBeGreaterThan(50_000);
  });
});

/**
 * The first map in Chromium on the demo data: drawn count matches the API, each start request is
 * sent once and the map laid out once (the page starts both before the workbench loads), opened on
 * the area map the page asks for its boundaries and counts first and the network after, and a
 * click shows the actor.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { clickActorOnMap, drawnCounts, eventually, waitForMap } from '../support/browser-app.js';
import { request } from '../support/http.js';

const app = useBrowserApp();
let page: Page;

beforeAll(async () => {
  page = await app.open();
});

describe('first map', () => {
  it('draws as many nodes and edges as the API returns', async () => {
    const graph = await request(app.server.baseUrl, 'GET', '/api/graph');
    const drawn = await drawnCounts(page);
    expect(drawn).toEqual({ nodes: graph.body.nodes.length, edges: graph.body.edges.length });
    expect(drawn.nodes).toBeGreaterThan(150);
  });

  it('asks the API once for each thing a start needs (some before the workbench loads), and for nothing else', async () => {
    const fresh = await app.signedInPage();
    const asked: string[] = [];
    fresh.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) asked.push(`${url.pathname}${url.search}`);
    });
    await fresh.goto(`${app.server.baseUrl}/`);
    await waitForMap(fresh);
    // The saved views and the demo-data check follow the first map.
    await eventually(() => asked.length).toBeGreaterThanOrEqual(8);
    await fresh.waitForTimeout(500);
    expect(asked.sort()).toEqual([
      '/api/actors?limit=1',
      '/api/areas',
      '/api/auth/me',
      '/api/graph',
      '/api/graph/overview?groupBy=area',
      '/api/outputs',
      // The timeline's mapping rounds (client/rounds/timeline.ts).
      '/api/rounds',
      '/api/views',
    ]);
    await fresh.context().close();
  });

  it('opened on the area map, asks early for its boundaries and first counts, and for the network only once the area map is drawn', async () => {
    const fresh = await app.signedInPage();
    const asked: string[] = [];
    fresh.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) asked.push(`${url.pathname}${url.search}`);
    });
    // Each fetch the page makes, and whether the area map was drawn when it was made.
    await fresh.addInitScript(() => {
      const fetched: [string, boolean][] = [];
      (window as unknown as { fetched: typeof fetched }).fetched = fetched;
      const original = window.fetch.bind(window);
      window.fetch = (input, init) => {
        fetched.push([input instanceof Request ? input.url : String(input), document.body?.dataset.geoDrawn === 'actors']);
        return original(input, init);
      };
    });
    await fresh.goto(`${app.server.baseUrl}/?mode=geo`);
    await fresh.waitForFunction(() => document.body.dataset.geoDrawn === 'actors', undefined, { timeout: 90_000 });
    for (const path of ['/api/areas/geometry', '/api/areas/picture?layer=actors', '/api/auth/me', '/api/areas', '/api/outputs'])
      expect(
        asked.filter((sent) => sent === path),
        path,
      ).toHaveLength(1);
    // Drawn, the area map lets the network load behind it, once.
    await eventually(() => asked.filter((sent) => sent === '/api/graph').length).toBe(1);
    const fetched = await fresh.evaluate(() => (window as unknown as { fetched: [string, boolean][] }).fetched);
    const pathOf = (url: string) => {
      const parsed = new URL(url, app.server.baseUrl);
      return `${parsed.pathname}${parsed.search}`;
    };
    const networkFetches = fetched.filter(([url]) => pathOf(url).startsWith('/api/graph'));
    expect(networkFetches.map(([url]) => pathOf(url)).sort()).toEqual(['/api/graph', '/api/graph/overview?groupBy=area']);
    expect(networkFetches.filter(([, drawn]) => !drawn)).toEqual([]);
    await fresh.context().close();
  });

  it('lays the first map out once: the layout the page starts as the data arrives is the one drawn', async () => {
    const fresh = await app.signedInPage();
    await fresh.addInitScript(() => {
      const counted = window as unknown as { layoutRequests: number };
      counted.layoutRequests = 0;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
        counted.layoutRequests += 1;
        return post.apply(this, args);
      } as Worker['postMessage'];
    });
    await fresh.goto(`${app.server.baseUrl}/`);
    await waitForMap(fresh);
    expect(await fresh.evaluate(() => (window as unknown as { layoutRequests: number }).layoutRequests)).toBe(1);
    await fresh.context().close();
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

/**
 * Helpers for the workbench browser tests: one seeded server and one Chromium per test file, a
 * page opened at 1280x720 that waits for the map to be laid out, and small readers of what is
 * drawn (through the `window.__actorMap` test hook) and shown.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SESSION_COOKIE } from '../../server/middleware/authenticate.js';
import { ensureClientBuilt, launchBrowser } from './browser.js';
import { seedDemo } from './demo-snapshot.js';
import { startTestServer, type TestServer } from './test-server.js';

export interface BrowserApp {
  server: TestServer;
  browser: Browser;
  /** A new page at `path` (default `/`), signed in as the test account, ready when the map is drawn. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** A new signed-in page (a session of its own) that has not navigated yet. */
  signedInPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Start the app on the demo data (or an empty database with `seed: false`) and a browser; `basemapUrl` as ACTOR_MAP_BASEMAP_URL. */
export async function startBrowserApp(options: { seed?: boolean; basemapUrl?: string } = {}): Promise<BrowserApp> {
  ensureClientBuilt();
  const server = await startTestServer({ basemapUrl: options.basemapUrl });
  await server.reset();
  if (options.seed !== false) await seedDemo(server);
  const browser = await launchBrowser();
  const signedInPage = async (viewport = { width: 1280, height: 720 }) => {
    // Signed in as the sign-in form leaves a browser: the session cookie as the server sets it
    // (server/routes/auth.ts) and the hint that this browser has a session (client/auth/session-hint.ts).
    const context = await browser.newContext({
      viewport,
      acceptDownloads: true,
      storageState: {
        cookies: [
          {
            name: SESSION_COOKIE,
            value: await server.openSession(),
            domain: '127.0.0.1',
            path: '/',
            expires: -1,
            httpOnly: true,
            secure: true,
            sameSite: 'Strict',
          },
        ],
        origins: [{ origin: server.baseUrl, localStorage: [{ name: 'actor-map:signed-in', value: '1' }] }],
      },
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[page error]', error));
    return page;
  };
  return {
    server,
    browser,
    signedInPage,
    async open(path = '/', viewport = { width: 1280, height: 720 }) {
      const page = await signedInPage(viewport);
      await page.goto(`${server.baseUrl}${path}`);
      await waitForMap(page);
      return page;
    },
    async close() {
      await browser?.close();
      await server?.close();
    },
  };
}

/**
 * A new browser context signed in through the sign-in form as `username` (another account than the
 * test one), ready when the map is drawn. Page errors go to the test log.
 */
export async function signInThroughForm(
  app: BrowserApp,
  username: string,
  password: string,
  viewport = { width: 1280, height: 720 },
): Promise<Page> {
  const page = await (await app.browser.newContext({ viewport })).newPage();
  page.on('pageerror', (error) => console.error('[page error]', error));
  await page.goto(app.server.baseUrl);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.press('input[name="password"]', 'Enter');
  await waitForMap(page);
  return page;
}

export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('body[data-map-ready="true"]', { timeout: 90_000 });
  await page.waitForFunction(() => !document.body.dataset.layoutRunning);
}

/** How many actors and ties are drawn (not hidden by a filter). */
export function drawnCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const { cy } = (window as any).__actorMap;
    return {
      nodes: cy.nodes().filter((n: any) => !n.hasClass('is-hidden')).length,
      edges: cy.edges().filter((e: any) => !e.hasClass('is-hidden')).length,
    };
  });
}

/** Ids of drawn elements that are at full strength (not faded, not hidden). */
export function emphasised(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const { cy } = (window as any).__actorMap;
    const strong = (ele: any) => !ele.hasClass('is-hidden') && !ele.hasClass('is-faded');
    return {
      nodes: cy
        .nodes()
        .filter(strong)
        .map((n: any) => n.id())
        .sort(),
      edges: cy
        .edges()
        .filter(strong)
        .map((e: any) => e.id())
        .sort(),
    };
  });
}

/** Find an actor with the search box and the keyboard; the panel opens on it. */
export async function searchAndOpen(page: Page, text: string, expectedName?: string): Promise<void> {
  await page.fill('[data-testid="search"]', text);
  await page.waitForSelector('#search-results [role="option"]');
  if (expectedName) {
    await page.waitForFunction(
      (name) => [...document.querySelectorAll('#search-results [role="option"]')].some((o) => o.textContent?.includes(name)),
      expectedName,
    );
    // Arrow down to the expected option.
    for (let i = 0; i < 20; i++) {
      const active = await page.textContent('#search-results [aria-selected="true"]');
      if (active?.includes(expectedName)) break;
      await page.keyboard.press('ArrowDown');
    }
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="actor-panel"]:not([hidden]) [data-testid="edit-actor"]');
}

/** Click the point where an actor is drawn. */
export async function clickActorOnMap(page: Page, id: string): Promise<void> {
  const position = await page.evaluate((actorId) => {
    const { cy } = (window as any).__actorMap;
    const node = cy.$id(actorId);
    cy.center(node);
    const box = cy.container().getBoundingClientRect();
    const rendered = node.renderedPosition();
    return { x: box.left + rendered.x, y: box.top + rendered.y };
  }, id);
  await page.mouse.click(position.x, position.y);
}

/** `expect.poll` with a budget that suits a real database and a busy 2-core machine. */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}

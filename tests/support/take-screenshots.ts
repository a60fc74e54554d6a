/**
 * Takes the README screenshots from the running product on the demo data, at 1280x720, in Debian
 * Chromium: the map, the focus view, the power/interest grid and the actors table. Uses the
 * product at SCREENSHOT_URL (default http://localhost:8080, as `npm start` serves it); start it
 * first. Writes docs/screenshots/{map,focus,grid,table}.png.
 *
 * It signs in as SCREENSHOT_USER (default admin) with SCREENSHOT_PASSWORD.
 *
 *   ACTOR_MAP_ADMIN_PASSWORD=... npm start &   # or PORT=8090 ACTOR_MAP_DATA_DIR=/tmp/demo ...
 *   SCREENSHOT_URL=http://localhost:8090 SCREENSHOT_PASSWORD=... npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.js';

const baseUrl = process.env.SCREENSHOT_URL ?? 'http://localhost:8080';
const outDir = 'docs/screenshots';

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('body[data-map-ready="true"]', { timeout: 120_000 });
  await page.waitForFunction(() => !document.body.dataset.layoutRunning);
  // Let the notice fade and the canvas settle.
  await page.waitForTimeout(500);
}

async function signIn(page: Page): Promise<void> {
  const password = process.env.SCREENSHOT_PASSWORD;
  if (!password) throw new Error('Set SCREENSHOT_PASSWORD (and SCREENSHOT_USER if not admin) to sign in');
  await page.goto(`${baseUrl}/`);
  await page.fill('input[name="username"]', process.env.SCREENSHOT_USER ?? 'admin');
  await page.fill('input[name="password"]', password);
  await page.press('input[name="password"]', 'Enter');
  // Signed in once the page has reloaded onto the map.
  await page.waitForSelector('body[data-map-ready="true"]', { timeout: 120_000 });
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page);
    await open(page, '/');
    await page.screenshot({ path: `${outDir}/map.png` });

    // Focus: the civil society platform and everyone within two steps, panel open.
    await open(page, '/?focus=vr-cso-civil-platform:2&select=actor:vr-cso-civil-platform');
    await page.waitForSelector('[data-testid="actor-panel"]:not([hidden]) [data-testid="edit-actor"]');
    await page.evaluate(() => {
      const { cy } = (window as unknown as { __actorMap: { cy: import('cytoscape').Core } }).__actorMap;
      cy.fit(cy.nodes('.is-focus-root').closedNeighborhood().closedNeighborhood(), 40);
      cy.panBy({ x: -150, y: 0 });
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/focus.png` });

    await open(page, '/?mode=grid');
    await page.screenshot({ path: `${outDir}/grid.png` });

    await open(page, '/?mode=actors&select=actor:vr-cso-vwn');
    await page.waitForSelector('[data-testid="actor-panel"]:not([hidden]) [data-testid="edit-actor"]');
    await page.screenshot({ path: `${outDir}/table.png` });
    console.log(`Screenshots written to ${outDir}/ from ${baseUrl}`);
  } finally {
    await browser.close();
  }
}

await main();

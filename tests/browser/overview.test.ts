/**
 * The overview of a large map, in Chromium on the demo data with the threshold lowered through the
 * page address (`?overviewAbove=10`): the map opens on groups by area, a group opens in place into
 * its actors and closes back without moving any other group, "Show every actor" leaves for the
 * network view; axe finds no serious violation. Screenshots go to /work/notes/shots/scale/ when
 * SHOTS_DIR is set.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { waitForMap } from '../support/browser-app.js';

const app = useBrowserApp();
const shots = process.env.SHOTS_DIR;
let page: Page;

type Positions = Record<string, { x: number; y: number }>;
const groupPositions = (target: Page) =>
  target.evaluate(() => {
    const cy = (window as any).__actorMapOverview.cy;
    return Object.fromEntries(cy.nodes('.group').map((n: any) => [n.id(), { ...n.position() }])) as Positions;
  });

beforeAll(async () => {
  page = await app.signedInPage();
  await page.goto(`${app.server.baseUrl}/?overviewAbove=10`);
  await page.waitForFunction(() => document.body.dataset.overviewReady === 'area' && (window as any).__actorMapOverview);
}, 120_000);

describe('overview of a large map', () => {
  it('opens on groups by area, with the counts in words', async () => {
    const summary = await page.locator('.overview-summary').textContent();
    expect(summary).toMatch(/^\d+ actors and \d+ ties in \d+ groups/);
    const groups = await page.evaluate(() => (window as any).__actorMapOverview.cy.nodes('.group').length);
    expect(groups).toBeGreaterThan(1);
    if (shots) await page.screenshot({ path: `${shots}/overview-areas.png` });
  });

  it('a group opens in place into its actors and closes back; no other group moves', async () => {
    const before = await groupPositions(page);
    // The largest group, tapped where it is drawn.
    const target = await page.evaluate(() => {
      const cy = (window as any).__actorMapOverview.cy;
      const node = cy.nodes('.group').max((n: any) => n.data('size')).ele;
      const box = cy.container().getBoundingClientRect();
      const at = node.renderedPosition();
      return { id: node.id(), size: node.data('size'), x: box.left + at.x, y: box.top + at.y };
    });
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction((size) => (window as any).__actorMapOverview.cy.nodes('.member').length === size, target.size);
    const opened = await groupPositions(page);
    expect(opened[target.id]).toBeUndefined();
    for (const [id, position] of Object.entries(before)) if (id !== target.id) expect(opened[id]).toEqual(position);
    expect(await page.locator('.overview-summary').textContent()).toContain('1 open');
    if (shots) await page.screenshot({ path: `${shots}/overview-group-open.png` });

    await page.getByRole('button', { name: 'Close group' }).click();
    expect(await page.evaluate(() => (window as any).__actorMapOverview.cy.nodes('.member').length)).toBe(0);
    expect(await groupPositions(page)).toEqual(before);
  });

  it('has no serious or critical axe violation', async () => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .exclude('.overview-map canvas')
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
    expect(serious).toEqual([]);
  });

  it('"Show every actor" leaves for the network view', async () => {
    await page.getByRole('button', { name: 'Show every actor' }).click();
    await waitForMap(page);
    expect(await page.locator('[data-testid="overview"]').count()).toBe(0);
  });
});

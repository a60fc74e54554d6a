/**
 * The past point in the page address (issue 14), on the demo's two rounds: choosing a round puts
 * `?asOf=<round id>` in the address; a reload and the same link opened in another browser show the
 * same past map under the same banner; a date-time link opens that date; "Back to today" takes
 * the parameter away; a link to a date before any record says why the map is empty, as the
 * timeline does; a link naming a round the map does not have shows a notice and today's map.
 * Screenshots with ACTOR_MAP_SHOTS.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { request } from '../support/http.js';
import { useBrowserApp } from '../support/lifecycle.js';
import { waitForMap } from '../support/browser-app.js';

const app = useBrowserApp();
const SHOTS = process.env.ACTOR_MAP_SHOTS;
let page: Page;
let first: { id: string; name: string; at: string };
/** A tie planted between the rounds: drawn today, not in the first round's map. */
let plantedTie: string;

const hasElement = (on: Page, id: string) => on.evaluate((key) => (window as any).__actorMap.cy.getElementById(key).nonempty(), id);
const bannerOf = (on: Page) => on.textContent('[data-testid="as-of-banner"]');
const asOfInAddress = (on: Page) => on.evaluate(() => new URLSearchParams(window.location.search).get('asOf'));
/** The address is written a moment after the state changes (workbench.ts). */
const waitForAddress = (on: Page, value: string | null) =>
  on.waitForFunction((expected) => new URLSearchParams(window.location.search).get('asOf') === expected, value);

beforeAll(async () => {
  const rounds = (await request(app.server.baseUrl, 'GET', '/api/rounds')).body.items as { id: string; name: string; at: string }[];
  const [latest, oldest] = [rounds[0]!, rounds[1]!];
  first = oldest;
  const diff = (await request(app.server.baseUrl, 'GET', `/api/diff?from=${first.id}&to=${latest.id}`)).body;
  plantedTie = diff.named.newConflictPartyTies[0].id;
  page = await app.open('/', { width: 1280, height: 800 });
}, 240_000);

describe('the past point in the page address', () => {
  it('carries the round shown, through a reload and to another browser, and leaves with "Back to today"', async () => {
    expect(await asOfInAddress(page)).toBeNull();
    await page.click(`[data-round="${first.id}"]`);
    await page.waitForFunction((id) => !(window as any).__actorMap.cy.getElementById(id).nonempty(), plantedTie);
    await waitForAddress(page, first.id);
    const banner = await bannerOf(page);
    expect(banner).toMatch(new RegExp(`^Showing the map as of ${first.name}, .+ — read-only`));

    await page.reload();
    await waitForMap(page);
    expect(await bannerOf(page)).toBe(banner);
    expect(await page.isVisible('[data-testid="as-of-banner"]')).toBe(true);
    expect(await hasElement(page, plantedTie)).toBe(false);
    expect(await page.getAttribute(`[data-round="${first.id}"]`, 'aria-pressed')).toBe('true');
    expect(await page.locator('[data-testid="new-actor"]').isVisible()).toBe(false);
    expect(await asOfInAddress(page)).toBe(first.id);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/past-round-after-reload.png` });

    // The same link in another browser context (a colleague): the same past map, the same banner.
    const link = page.url();
    const graphReads: string[] = [];
    const colleague = await app.signedInPage({ width: 1280, height: 800 });
    colleague.on('request', (sent) => {
      if (new URL(sent.url()).pathname === '/api/graph') graphReads.push(sent.url());
    });
    await colleague.goto(link);
    await waitForMap(colleague);
    expect(await bannerOf(colleague)).toBe(banner);
    expect(await hasElement(colleague, plantedTie)).toBe(false);
    // Its first map is the past one: today's map is not asked for by the page.
    expect(graphReads.length).toBeGreaterThan(0);
    expect(graphReads.every((url) => url.includes(`asOf=${first.id}`))).toBe(true);
    await colleague.context().close();

    await page.click('[data-testid="back-to-today"]');
    await page.waitForFunction((id) => (window as any).__actorMap.cy.getElementById(id).nonempty(), plantedTie);
    await waitForAddress(page, null);
    expect(await page.isVisible('[data-testid="as-of-banner"]')).toBe(false);
  }, 240_000);

  it('opens a date-time link on that date', async () => {
    // The day after the first round: its map, named by the date.
    const at = new Date(Date.parse(first.at) + 86_400_000).toISOString();
    const dated = await app.open(`/?asOf=${encodeURIComponent(at)}`, { width: 1280, height: 800 });
    expect(await dated.isVisible('[data-testid="as-of-banner"]')).toBe(true);
    const banner = await bannerOf(dated);
    expect(banner).toMatch(/^Showing the map as of .+ — read-only/);
    expect(banner).not.toContain(first.name);
    expect(await hasElement(dated, plantedTie)).toBe(false);
    expect(await asOfInAddress(dated)).toBe(at);
    await dated.context().close();
  }, 120_000);

  it('says why the map of a linked date before any record is empty, as the timeline does', async () => {
    const before = await app.open(`/?asOf=${encodeURIComponent('2001-01-15T23:59:59.999Z')}`, { width: 1280, height: 800 });
    await before.waitForSelector('[data-testid="as-of-note"]:visible');
    expect(await before.textContent('[data-testid="as-of-note"]')).toBe(
      'No record you may see existed on Jan 15, 2001: the map was empty then.',
    );
    expect(await before.evaluate(() => (window as any).__actorMap.cy.nodes().length)).toBe(0);
    if (SHOTS) await before.screenshot({ path: `${SHOTS}/empty-past-link.png` });
    // Back to today: the note goes with the banner.
    await before.click('[data-testid="back-to-today"]');
    await before.waitForSelector('[data-testid="as-of-banner"]', { state: 'hidden' });
    expect(await before.isVisible('[data-testid="as-of-note"]')).toBe(false);
    await before.context().close();
  }, 120_000);

  it("shows a notice and today's map for a round the map does not have, and drops the parameter", async () => {
    const lost = await app.open('/?asOf=no-such-round&mode=map', { width: 1280, height: 800 });
    await lost.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('no-such-round'));
    expect(await lost.textContent('[data-testid="notice"]')).toContain(
      'This link names a mapping round this map does not have (“no-such-round”): showing today’s map.',
    );
    expect(await lost.isVisible('[data-testid="as-of-banner"]')).toBe(false);
    expect(await hasElement(lost, plantedTie)).toBe(true);
    await waitForAddress(lost, null);
    if (SHOTS) await lost.screenshot({ path: `${SHOTS}/unknown-round-link.png` });
    await lost.context().close();
  }, 120_000);

  it("says a future date in a link is in the future, and shows today's map without the parameter", async () => {
    const future = new Date(Date.now() + 400 * 24 * 3600 * 1000).toISOString();
    const ahead = await app.open(`/?asOf=${encodeURIComponent(future)}&mode=map`, { width: 1280, height: 800 });
    await ahead.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('in the future'));
    expect(await ahead.textContent('[data-testid="notice"]')).toMatch(/ is in the future: showing today’s map\.$/);
    expect(await ahead.isVisible('[data-testid="as-of-banner"]')).toBe(false);
    await waitForAddress(ahead, null);
    await ahead.context().close();
  }, 120_000);
});

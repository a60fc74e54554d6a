/**
 * The import flow after the walkthrough (B1, S1, S2, S3, minor 10), in Chromium against the real
 * Neo4j: Upload only checks the real multi-country 3W table and shows the review, with the admin
 * areas the map lacks as warnings and "Create the N areas the map lacks" off; the matches table
 * filters new and uncertain rows; the separate Import writes without creating any area, says what
 * happened split into new and matched, lists the import among "Your recent imports", and "Undo this
 * import" removes it, or explains the 409 when something it created changed since. axe checks the
 * review and the written report; screenshots go to /work/notes/shots/walkfix/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seriousViolations } from '../support/axe.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/lifecycle.js';
import { THREE_W } from '../support/transfers/transfer-client.js';
import { chooseFromMore } from '../support/more-menu.js';
import { recordNotices } from '../support/notices.js';

const app = useBrowserApp();
let page: Page;
const SHOTS = '/work/notes/shots/walkfix';
const FINISHED = '[data-testid="import-report"]:not([data-status="validating"]):not([data-status="writing"])';
const areaCount = () => app.server.count('MATCH (a:AdminArea) RETURN count(a)');
const actorCount = () => app.server.count('MATCH (a:Actor) RETURN count(a)');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  page = await app.open();
  await page.setViewportSize({ width: 1280, height: 900 });
});

const dialogViolations = () => seriousViolations(page, { include: '[data-testid="import-dialog"]' });

async function check(file: string | { name: string; mimeType: string; buffer: Buffer }) {
  if ((await page.locator('[data-testid="import-dialog"]').count()) === 0) await chooseFromMore(page, 'open-import');
  await page.setInputFiles('[data-testid="import-file"]', file);
  await page.click('[data-testid="import-submit"]');
  await page.waitForSelector(FINISHED, { timeout: 90_000 });
}

async function write() {
  await page.click('[data-testid="import-write"]');
  await page.waitForSelector(`${FINISHED}:not([data-status="validated"])`, { timeout: 90_000 });
}

/** "Your recent imports" is folded until opened; each test opens it if an earlier one has not. */
async function openRecentImports() {
  if (!(await page.$eval('[data-testid="import-recent"]', (details) => (details as HTMLDetailsElement).open)))
    await page.click('[data-testid="import-recent"] summary');
}

const visibleStatuses = () =>
  page.$$eval('[data-testid="import-matches"] tbody tr', (trs) =>
    trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => `${tr.getAttribute('data-status')}/${tr.getAttribute('data-uncertain')}`),
  );

describe('import review, write and undo', () => {
  it('Upload only checks the 3W table: the review warns about the areas the map lacks and nothing is written', async () => {
    const [areas, actors] = [await areaCount(), await actorCount()];
    expect(await page.locator('[data-testid="import-dry-run"]').count()).toBe(0);
    await chooseFromMore(page, 'open-import');
    expect(await page.textContent('[data-testid="import-submit"]')).toBe('Check the file');
    await check(fileURLToPath(THREE_W));
    expect(await page.getAttribute('[data-testid="import-report"]', 'data-status')).toBe('validated');
    expect(await page.textContent('[data-testid="import-warnings"]')).toMatch(
      /the map has no admin area "Chad" \(country; named on lines? \d+/,
    );
    expect(await page.textContent('[data-testid="import-write-step"]')).toMatch(/Create the 74 admin areas the map lacks/);
    expect(await page.isChecked('[data-testid="import-create-areas"]')).toBe(false);
    expect(await page.textContent('[data-testid="import-write-step"]')).toMatch(
      /Import will write: \d+ new actors, \d+ actors of the map updated/,
    );
    expect(await page.locator('[data-testid="mapping-step"]').count()).toBe(1);
    expect(await areaCount()).toBe(areas);
    expect(await actorCount()).toBe(actors);
    expect(await dialogViolations()).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/1-review.png`, fullPage: true });
  }, 120_000);

  it('filters the matches: new only, uncertain only, all; the table is taller than six rows', async () => {
    const all = (await visibleStatuses()).length;
    await page.selectOption('[data-testid="import-matches-filter"]', 'created');
    const created = await visibleStatuses();
    expect(created.length).toBeGreaterThan(0);
    expect(created.every((s) => s.startsWith('created/'))).toBe(true);
    await page.selectOption('[data-testid="import-matches-filter"]', 'uncertain');
    const uncertain = await visibleStatuses();
    expect(uncertain.every((s) => s === 'matched/true')).toBe(true);
    await page.locator('[data-testid="import-matches"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/2-uncertain-only.png` });
    await page.selectOption('[data-testid="import-matches-filter"]', 'all');
    expect((await visibleStatuses()).length).toBe(all);
    const height = await page.$eval('.import-matches .transfer-table-wrap', (el) => el.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(300);
  });

  it('Import writes without creating areas, says what happened split into new and matched, and lists the import', async () => {
    const [areas, actors] = [await areaCount(), await actorCount()];
    const notices = await recordNotices(page);
    await write();
    expect(await page.getAttribute('[data-testid="import-report"]', 'data-status')).toBe('imported');
    const outcome = await page.textContent('[data-testid="import-outcome"]');
    const [, added, matched] =
      /^Imported: (\d+) new actors, (\d+) actors of the map updated; 0 new admin areas\./.exec(outcome ?? '') ?? [];
    expect(Number(added)).toBe((await actorCount()) - actors);
    expect(Number(matched)).toBeGreaterThanOrEqual(8);
    expect(await areaCount()).toBe(areas);
    expect((await notices()).join('\n')).toContain(`Imported unhcr-3w.csv: ${added} new actors, ${matched} actors of the map updated`);
    await openRecentImports();
    await page.waitForSelector('[data-testid="import-recent-list"] li[data-import-id]');
    expect(await page.textContent('[data-testid="import-recent-list"]')).toContain('unhcr-3w.csv');
    expect(await dialogViolations()).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/3-imported.png`, fullPage: true });
  }, 120_000);

  it('Undo this import removes what it created', async () => {
    const before = await actorCount();
    // The written 3W suggests merges among its own new actors; once undone, those records are gone and no merge is offered.
    expect(await page.locator('[data-testid="import-duplicates"] button').count()).toBeGreaterThan(0);
    await page.click('[data-testid="import-undo"]');
    await page.waitForSelector('[data-testid="import-undo-result"] >> text=/^Undone: removed/', { timeout: 60_000 });
    expect(await page.locator('[data-testid="import-duplicates"] button').count()).toBe(0);
    expect(await actorCount()).toBeLessThan(before);
    expect(await page.isDisabled('[data-testid="import-undo"]')).toBe(true);
    await openRecentImports();
    await page.waitForSelector('[data-testid="import-recent-list"] li[data-undone="true"]');
    await page.screenshot({ path: `${SHOTS}/4-undone.png`, fullPage: true });
  }, 120_000);

  it('reopens a recent import, and its Undo explains the 409 when a later import wrote what it created', async () => {
    const table = { name: 'undo-twice.csv', mimeType: 'text/csv', buffer: Buffer.from('#org,#sector\nUndo Test Relief,Protection\n') };
    const items = '[data-testid="import-recent-list"] li[data-import-id]:has-text("undo-twice.csv")';
    await check(table);
    await write();
    await openRecentImports();
    await page.waitForSelector(items);
    const firstId = await page.getAttribute(items, 'data-import-id');
    await check(table);
    await write();
    await expect.poll(() => page.locator(items).count(), { timeout: 30_000 }).toBe(2);
    await page.click(`[data-testid="import-recent-list"] li[data-import-id="${firstId}"] [data-testid="import-recent-open"]`);
    await page.waitForSelector('[data-testid="import-report"] >> text=Report for undo-twice.csv');
    await page.click('[data-testid="import-undo"]');
    await page.waitForSelector('[data-testid="import-undo-result"] [role="alert"]');
    expect(await page.textContent('[data-testid="import-undo-result"]')).toMatch(/cannot be undone: records it created have changed since/);
    expect(await app.server.count("MATCH (a:Actor {name: 'Undo Test Relief'}) RETURN count(a)")).toBe(1);
    await page.screenshot({ path: `${SHOTS}/5-undo-refused.png`, fullPage: true });
  }, 120_000);
});

/**
 * The import dialog's date (issue 14), in Chromium against the real Neo4j: a file checked and
 * imported "as of" a date writes versions that begin on that date, the review says the date before
 * anything is written, and a date before a later change of a record the file writes is refused
 * with the record named. axe checks the dialog; screenshots go to /work/notes/shots/rbrief/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { useBrowserApp } from '../support/lifecycle.js';
import { chooseFromMore } from '../support/more-menu.js';

const app = useBrowserApp();
let page: Page;
const SHOTS = '/work/notes/shots/rbrief';
const FINISHED = '[data-testid="import-report"]:not([data-status="validating"]):not([data-status="writing"])';
const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const file = { name: 'q3-3w.csv', mimeType: 'text/csv', buffer: Buffer.from('Organisation,Sector\nBrowser Dated Network,Protection\n') };

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  page = await app.open();
  await page.setViewportSize({ width: 1280, height: 900 });
});

async function check(asOf: string) {
  if ((await page.locator('[data-testid="import-dialog"]').count()) === 0) await chooseFromMore(page, 'open-import');
  await page.fill('[data-testid="import-as-of"]', asOf);
  await page.setInputFiles('[data-testid="import-file"]', file);
  await page.click('[data-testid="import-submit"]');
  await page.waitForSelector(FINISHED, { timeout: 90_000 });
}

describe('a dated import in the dialog', () => {
  it('checks, says the date, and writes versions that begin on it', async () => {
    const D = day(-10);
    await check(D);
    expect(await page.getAttribute('[data-testid="import-as-of"]', 'max')).toBe(day(0));
    // The date as the page's language writes it ("dated 23 November 2026"), the ISO date kept in <time>.
    expect(await page.textContent('[data-testid="import-write-step"]')).toMatch(/dated \S+ \S+,? \d{4}/);
    expect(await page.getAttribute('[data-testid="import-write-step"] time', 'datetime')).toBe(D);
    expect(await seriousViolations(page, { include: '[data-testid="import-dialog"]' })).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/dated-import-review.png`, fullPage: true });
    await page.click('[data-testid="import-write"]');
    await page.waitForSelector(`${FINISHED}:not([data-status="validated"])`, { timeout: 90_000 });
    expect(await page.getAttribute('[data-testid="import-report"]', 'data-status')).toBe('imported');
    const from = await app.server.count(
      "MATCH (v:Version {recordKind: 'actor'}) WHERE v.name = 'Browser Dated Network' RETURN min(v.versionFrom)",
    );
    expect(from).toBe(Date.parse(D));
  }, 180_000);

  it('refuses a date before a later version of a record it writes, naming the record', async () => {
    await check(day(-20));
    expect(await page.getAttribute('[data-testid="import-report"]', 'data-status')).toBe('refused');
    expect(await page.textContent('[data-testid="import-dialog"]')).toMatch(/before the newest version of actor "Browser Dated Network"/);
    expect(await seriousViolations(page, { include: '[data-testid="import-dialog"]' })).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/dated-import-refused.png`, fullPage: true });
  }, 120_000);
});
